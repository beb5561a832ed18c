// SPDX-License-Identifier: MIT
#pragma once

#include "cliplan.h"

#include <QStringList>

namespace PhoneDesk {

class CliArguments;

// The commands of phonedesk-cli that change the instance: create, update, delete, send-code,
// verify, disable-mfa, replace-phone and undo. Each checks its options (those it takes are
// `options`) once CliCommandTable has checked its positional arguments, and refuses before
// sending what cannot be sent.
struct CliEditCommands
{
    [[nodiscard]] static CliPlan create(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan update(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan remove(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan sendCode(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan verify(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan disableMfa(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan replacePhone(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan undo(const CliArguments &args, const QStringList &options);
};

} // namespace PhoneDesk

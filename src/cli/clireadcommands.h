// SPDX-License-Identifier: MIT
#pragma once

#include "cliplan.h"

#include <QStringList>

namespace PhoneDesk {

class CliArguments;

// The commands of phonedesk-cli that only read the instance: list, get and audit. Each checks its
// options (those it takes are `options`) once CliCommandTable has checked its positional
// arguments, and makes its plan.
struct CliReadCommands
{
    [[nodiscard]] static CliPlan list(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan get(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan audit(const CliArguments &args, const QStringList &options);
};

} // namespace PhoneDesk

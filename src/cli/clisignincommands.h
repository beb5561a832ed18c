// SPDX-License-Identifier: MIT
#pragma once

#include "cliplan.h"

#include <QStringList>

namespace PhoneDesk {

class CliArguments;

// The commands of phonedesk-cli about a user who cannot sign in: diagnose, the fixes (unlock, ban,
// unban, remove-totp, remove-backup-codes, revoke-sessions) and sms-blocklist. Each checks its
// options (those it takes are `options`) once CliCommandTable has checked its positional
// argument, and refuses before sending what must not be sent.
struct CliSignInCommands
{
    [[nodiscard]] static CliPlan diagnose(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan unlock(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan ban(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan unban(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan removeTotp(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan removeBackupCodes(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan revokeSessions(const CliArguments &args, const QStringList &options);
    [[nodiscard]] static CliPlan smsBlocklist(const CliArguments &args, const QStringList &options);
};

} // namespace PhoneDesk

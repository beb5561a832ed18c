// SPDX-License-Identifier: MIT
// Checking the arguments of phonedesk-cli's sign-in commands, before anything is sent.
#include "clisignincommands.h"

#include "cliarguments.h"
#include "clicommand.h"

namespace PhoneDesk {

namespace {
const QString kYes = QStringLiteral("yes");
const QString kFormat = QStringLiteral("format");

// A fix that goes ahead without --yes: undoable (unban, ban again) or only giving sign-in back.
CliPlan fix(const CliArguments &args, const QStringList &options, SignInFix::Action action)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    return CliPlan::running([id = args.argument(), action](CliCommand &cli) { cli.fixSignIn(id, action); });
}

// A fix that needs --yes: `what` says what it does that cannot be taken back.
CliPlan confirmedFix(const CliArguments &args, const QStringList &options, SignInFix::Action action, const QString &what)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    if (!args.isSet(kYes))
        return CliPlan::refuse(QStringLiteral("%1: add --yes to do it").arg(what.arg(args.argument())));
    return fix(args, options, action);
}
} // namespace

CliPlan CliSignInCommands::diagnose(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const QString target = args.argument();
    // A number is found by the exact-number search: it must be E.164, as everywhere else.
    if (target.startsWith(QLatin1Char('+'))) {
        if (const QString bad = CliCommand::phoneNumberProblem(target); !bad.isEmpty())
            return CliPlan::refuse(bad);
    }
    return CliPlan::running([target](CliCommand &cli) { cli.diagnose(target); });
}

CliPlan CliSignInCommands::unlock(const CliArguments &args, const QStringList &options)
{
    return fix(args, options, SignInFix::Action::Unlock);
}

CliPlan CliSignInCommands::ban(const CliArguments &args, const QStringList &options)
{
    return confirmedFix(args, options, SignInFix::Action::Ban,
                        QStringLiteral("banning %1 stops them from signing in and ends every session of theirs"));
}

CliPlan CliSignInCommands::unban(const CliArguments &args, const QStringList &options)
{
    return fix(args, options, SignInFix::Action::Unban);
}

CliPlan CliSignInCommands::removeTotp(const CliArguments &args, const QStringList &options)
{
    return confirmedFix(args, options, SignInFix::Action::RemoveTotp,
                        QStringLiteral("removing the authenticator app of %1 cannot be undone (they must set it up again)"));
}

CliPlan CliSignInCommands::removeBackupCodes(const CliArguments &args, const QStringList &options)
{
    return confirmedFix(args, options, SignInFix::Action::RemoveBackupCodes,
                        QStringLiteral("removing the backup codes of %1 cannot be undone (they must make new ones)"));
}

CliPlan CliSignInCommands::revokeSessions(const CliArguments &args, const QStringList &options)
{
    return confirmedFix(args, options, SignInFix::Action::RevokeSessions,
                        QStringLiteral("revoking the sessions of %1 signs them out on every device"));
}

CliPlan CliSignInCommands::smsBlocklist(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    // --format has list's default (jsonl) when not given: only a given one counts here.
    const QString format = args.isSet(kFormat) ? args.value(kFormat) : QStringLiteral("text");
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
        return CliPlan::refuse(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));
    const bool json = format == QLatin1StringView("json");
    return CliPlan::running([json](CliCommand &cli) { cli.smsBlocklist(json); });
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// Checking the arguments of phonedesk-cli's changing commands, before anything is sent.
#include "clieditcommands.h"

#include "cliarguments.h"
#include "clicommand.h"

#include <optional>
#include <utility>

namespace PhoneDesk {

namespace {
const QString kPhoneNumber = QStringLiteral("phone-number");
const QString kYes = QStringLiteral("yes");
} // namespace

CliPlan CliEditCommands::create(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    if (args.value(QStringLiteral("user-id")).isEmpty() || !args.isSet(kPhoneNumber))
        return CliPlan::refuse(QStringLiteral("create needs --user-id and --phone-number"));
    if (const QString bad = CliCommand::phoneNumberProblem(args.value(kPhoneNumber)); !bad.isEmpty())
        return CliPlan::refuse(bad);
    NewPhoneNumber phone;
    phone.userId = args.value(QStringLiteral("user-id"));
    phone.phoneNumber = args.value(kPhoneNumber);
    // Only the flags given are sent; Clerk decides the rest.
    if (args.isSet(QStringLiteral("verified")))
        phone.verified = true;
    if (args.isSet(QStringLiteral("primary")))
        phone.primary = true;
    if (args.isSet(QStringLiteral("reserved-for-second-factor")))
        phone.reservedForSecondFactor = true;
    return CliPlan::running([phone](CliCommand &cli) { cli.create(phone); });
}

CliPlan CliEditCommands::update(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    PhoneNumberChanges changes;
    const std::pair<const char *, std::optional<bool> *> fields[] = {
        {"verified", &changes.verified},
        {"primary", &changes.primary},
        {"reserved-for-second-factor", &changes.reservedForSecondFactor}};
    for (const auto &[name, field] : fields) {
        const QString option = QString::fromLatin1(name);
        if (!args.isSet(option))
            continue;
        *field = CliCommand::readBoolean(args.value(option));
        if (!*field)
            return CliPlan::refuse(QStringLiteral("--%1 must be true or false, not \"%2\"").arg(option, args.value(option)));
    }
    if (const QString problem = CliCommand::changesProblem(changes); !problem.isEmpty())
        return CliPlan::refuse(problem);
    return CliPlan::running([id = args.argument(), changes](CliCommand &cli) { cli.update(id, changes); });
}

CliPlan CliEditCommands::remove(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    if (!args.isSet(kYes))
        return CliPlan::refuse(QStringLiteral("deleting a phone number cannot be undone: add --yes to delete %1").arg(args.argument()));
    return CliPlan::running([id = args.argument()](CliCommand &cli) { cli.remove(id); });
}

CliPlan CliEditCommands::sendCode(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    return CliPlan::running([id = args.argument()](CliCommand &cli) { cli.sendCode(id); });
}

CliPlan CliEditCommands::verify(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const QString verificationId = args.value(QStringLiteral("verification-id"));
    const QString code = args.value(QStringLiteral("code"));
    if (verificationId.isEmpty() || code.isEmpty())
        return CliPlan::refuse(QStringLiteral("verify needs --verification-id (from send-code) and --code"));
    return CliPlan::running([id = args.argument(), verificationId, code](CliCommand &cli) { cli.verify(id, verificationId, code); });
}

CliPlan CliEditCommands::disableMfa(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    return CliPlan::running([id = args.argument()](CliCommand &cli) { cli.disableMfa(id); });
}

CliPlan CliEditCommands::replacePhone(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    if (!args.isSet(kPhoneNumber))
        return CliPlan::refuse(QStringLiteral("replace-phone needs --phone-number"));
    if (const QString bad = CliCommand::phoneNumberProblem(args.value(kPhoneNumber)); !bad.isEmpty())
        return CliPlan::refuse(bad);
    if (!args.isSet(kYes))
        return CliPlan::refuse(QStringLiteral("replace-phone removes all of the user's other numbers: add --yes to do it"));
    return CliPlan::running([id = args.argument(), number = args.value(kPhoneNumber)](CliCommand &cli) { cli.replacePhone(id, number); });
}

CliPlan CliEditCommands::undo(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    return CliPlan::running([id = args.argument()](CliCommand &cli) { cli.undo(id); });
}

} // namespace PhoneDesk

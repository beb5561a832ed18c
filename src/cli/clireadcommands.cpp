// SPDX-License-Identifier: MIT
// Checking the arguments of phonedesk-cli's reading commands: list, get, audit.
#include "clireadcommands.h"

#include "audit/auditrules.h"
#include "cliarguments.h"
#include "clicommand.h"
#include "cliexit.h"
#include "cmdline/numberoption.h"
#include "export/phonenumberexport.h"

namespace PhoneDesk {

namespace {
const QString kFormat = QStringLiteral("format");

QString formatProblem(const CliArguments &args)
{
    return QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(args.value(kFormat));
}
} // namespace

CliPlan CliReadCommands::list(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const std::optional<PhoneNumberExport::Format> format = PhoneNumberExport::formatNamed(args.value(kFormat));
    if (!format)
        return CliPlan::refuse(formatProblem(args));
    return CliPlan::running([query = args.value(QStringLiteral("query")), format = *format](CliCommand &cli) {
        cli.list(query, format);
    });
}

CliPlan CliReadCommands::get(const CliArguments &args, const QStringList &options)
{
    if (args.isSet(QStringLiteral("query")) || args.isSet(kFormat))
        return CliPlan::refuse(QStringLiteral("--query and --format apply to list only"));
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    return CliPlan::running([id = args.argument()](CliCommand &cli) { cli.get(id); });
}

CliPlan CliReadCommands::audit(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const std::optional<PhoneNumberExport::Format> format = PhoneNumberExport::formatNamed(args.value(kFormat));
    if (!format)
        return CliPlan::refuse(formatProblem(args));
    qint64 days = AuditRules::kDefaultPendingAgeDays;
    // readNumberOption says what is wrong on stderr itself.
    if (args.isSet(QStringLiteral("pending-age")) && !readNumberOption(args.parser(), QStringLiteral("pending-age"), 0, 36500, &days))
        return CliPlan::done(CliExit::Usage);
    return CliPlan::running([format = *format, days](CliCommand &cli) { cli.audit(format, static_cast<int>(days)); });
}

} // namespace PhoneDesk

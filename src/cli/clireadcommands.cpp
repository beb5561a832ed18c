// SPDX-License-Identifier: MIT
// Checking the arguments of phonedesk-cli's reading commands: list, get, audit, journal.
#include "clireadcommands.h"

#include "audit/auditrules.h"
#include "cliarguments.h"
#include "clicommand.h"
#include "cliconnection.h"
#include "cliexit.h"
#include "cmdline/numberoption.h"
#include "export/phonenumberexport.h"
#include "journal/journal.h"
#include "journal/journalfilter.h"
#include "journalprinter.h"
#include "settings/profilestore.h"

#include <QDate>
#include <QFile>

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

CliPlan CliReadCommands::journal(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const std::optional<JournalPrinter::Format> format = JournalPrinter::formatNamed(args.value(kFormat));
    if (!format)
        return CliPlan::refuse(formatProblem(args));
    JournalFilter filter;
    filter.operation = args.value(QStringLiteral("operation"));
    filter.userId = args.value(QStringLiteral("user-id"));
    filter.phoneNumber = args.value(QStringLiteral("phone-number"));
    for (const auto &[option, day] : {std::pair{QStringLiteral("since"), &filter.from}, std::pair{QStringLiteral("until"), &filter.to}}) {
        if (!args.isSet(option))
            continue;
        *day = QDate::fromString(args.value(option), Qt::ISODate);
        if (!day->isValid())
            return CliPlan::refuse(QStringLiteral("--%1 must be a day as YYYY-MM-DD, not \"%2\"").arg(option, args.value(option)));
    }
    // The journal is a local file: no key is needed to read it.
    QString path = Journal::pathForEnvironment();
    if (args.isSet(QStringLiteral("profile"))) {
        const QString name = args.value(QStringLiteral("profile"));
        if (!ProfileStore().profileNamed(name))
            return CliPlan::refuse(CliConnection::unknownProfile(name));
        path = Journal::pathForProfile(name);
    }
    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CliPlan::done(CliExit::OutputFailed);
    return CliPlan::done(JournalPrinter::print(JournalReader::readFile(path), filter, *format, &out, &err));
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// phonedesk-cli journal [purge --before YYYY-MM-DD | forget USER_ID]: checking the arguments and
// doing it at once, on the local file.
#include "clijournalcommands.h"

#include "cliarguments.h"
#include "cliconnection.h"
#include "cliexit.h"
#include "journalprinter.h"

#include "journal/journal.h"
#include "journal/journalfilter.h"
#include "settings/profilestore.h"

#include <QDate>
#include <QFile>

#include <optional>

namespace PhoneDesk {

namespace {
const QString kFormat = QStringLiteral("format");
const QString kBefore = QStringLiteral("before");
const QStringList kListOptions{kFormat, QStringLiteral("operation"), QStringLiteral("user-id"),
                               QStringLiteral("phone-number"), QStringLiteral("since"), QStringLiteral("until")};

// The file and retention of --profile NAME, or of the environment's key.
struct Target
{
    QString path;
    int retentionDays = Profile::kDefaultJournalRetentionDays;
};

std::optional<Target> targetOf(const CliArguments &args, QString *refusal)
{
    Target target;
    target.path = Journal::pathForEnvironment();
    if (!args.isSet(QStringLiteral("profile")))
        return target;
    const QString name = args.value(QStringLiteral("profile"));
    const std::optional<Profile> profile = ProfileStore().profileNamed(name);
    if (!profile) {
        *refusal = CliConnection::unknownProfile(name);
        return std::nullopt;
    }
    target.path = Journal::pathForProfile(name);
    target.retentionDays = profile->journalRetentionDays;
    return target;
}

class Output
{
public:
    bool open()
    {
        return m_out.open(stdout, QIODevice::WriteOnly) && m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    void say(const QString &text) { m_err.write(QByteArrayLiteral("phonedesk-cli: ") + text.toUtf8() + '\n'); }
    bool print(const QString &text)
    {
        const QByteArray bytes = text.toUtf8() + '\n';
        return m_out.write(bytes) == bytes.size() && m_out.flush();
    }
    QFile &out() { return m_out; }
    QFile &err() { return m_err; }

private:
    QFile m_out;
    QFile m_err;
};

// Opens the journal, tidies it and says what that did.
void openTidied(Journal &journal, const Target &target, Output &output)
{
    journal.open(target.path, {});
    for (const QString &line : CliJournalCommands::upkeepLines(journal.tidy(target.retentionDays)))
        output.say(line);
}

// The end of purge and forget: what was removed on stdout, unreadable lines kept on stderr.
int report(const JournalRewriteResult &result, const QString &what, const QString &path, Output &output)
{
    if (!result.ok()) {
        output.say(result.error);
        return CliExit::ApiFailed;
    }
    if (result.unreadableKept > 0)
        output.say(QStringLiteral("warning: %1 lines of the journal cannot be read and were kept").arg(result.unreadableKept));
    const bool printed = output.print(QStringLiteral("removed %1 %2 %3 from %4; %5 kept")
                                          .arg(result.removed)
                                          .arg(result.removed == 1 ? QStringLiteral("entry") : QStringLiteral("entries"), what, path)
                                          .arg(result.kept));
    return printed ? CliExit::Success : CliExit::OutputFailed;
}

CliPlan list(const CliArguments &args, const Target &target)
{
    if (const QString stray = args.strayOption(kListOptions); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const std::optional<JournalPrinter::Format> format = JournalPrinter::formatNamed(args.value(kFormat));
    if (!format)
        return CliPlan::refuse(QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(args.value(kFormat)));
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
    Output output;
    if (!output.open())
        return CliPlan::done(CliExit::OutputFailed);
    Journal journal;
    openTidied(journal, target, output);
    return CliPlan::done(JournalPrinter::print(journal.read(), filter, *format, &output.out(), &output.err()));
}

CliPlan purge(const CliArguments &args, const Target &target)
{
    if (const QString stray = args.strayOption({kBefore}); !stray.isEmpty())
        return CliPlan::refuse(QStringLiteral("%1 purge").arg(stray));
    if (!args.isSet(kBefore))
        return CliPlan::refuse(QStringLiteral("journal purge needs --before YYYY-MM-DD"));
    const QDate day = QDate::fromString(args.value(kBefore), Qt::ISODate);
    if (!day.isValid())
        return CliPlan::refuse(QStringLiteral("--before must be a day as YYYY-MM-DD, not \"%1\"").arg(args.value(kBefore)));
    Output output;
    if (!output.open())
        return CliPlan::done(CliExit::OutputFailed);
    Journal journal;
    openTidied(journal, target, output);
    return CliPlan::done(report(journal.removeBefore(day), QStringLiteral("before %1").arg(day.toString(Qt::ISODate)),
                                target.path, output));
}

CliPlan forget(const CliArguments &args, const Target &target)
{
    if (const QString stray = args.strayOption({}); !stray.isEmpty())
        return CliPlan::refuse(QStringLiteral("%1 forget").arg(stray));
    const QStringList positional = args.positional();
    if (positional.size() != 3 || positional.at(2).trimmed().isEmpty())
        return CliPlan::refuse(QStringLiteral("journal forget takes exactly one user id"));
    const QString userId = positional.at(2).trimmed();
    Output output;
    if (!output.open())
        return CliPlan::done(CliExit::OutputFailed);
    Journal journal;
    openTidied(journal, target, output);
    return CliPlan::done(report(journal.forgetUser(userId), QStringLiteral("of %1").arg(userId), target.path, output));
}
} // namespace

CliPlan CliJournalCommands::journal(const CliArguments &args, const QStringList &options)
{
    if (const QString stray = args.strayOption(options); !stray.isEmpty())
        return CliPlan::refuse(stray);
    const QStringList positional = args.positional();
    const QString subcommand = positional.value(1);
    if (!subcommand.isEmpty() && subcommand != QLatin1StringView("purge") && subcommand != QLatin1StringView("forget"))
        return CliPlan::refuse(QStringLiteral("journal takes purge --before YYYY-MM-DD, forget USER_ID, or nothing, not \"%1\"")
                                   .arg(subcommand));
    if (subcommand == QLatin1StringView("purge") && positional.size() > 2)
        return CliPlan::refuse(QStringLiteral("journal purge takes no arguments, only --before"));
    if (subcommand.isEmpty() && args.isSet(kBefore))
        return CliPlan::refuse(QStringLiteral("--before applies to journal purge only"));
    QString refusal;
    const std::optional<Target> target = targetOf(args, &refusal);
    if (!target)
        return CliPlan::refuse(refusal);
    if (subcommand == QLatin1StringView("purge"))
        return purge(args, *target);
    if (subcommand == QLatin1StringView("forget"))
        return forget(args, *target);
    return list(args, *target);
}

QStringList CliJournalCommands::upkeepLines(const JournalUpkeep &upkeep)
{
    QStringList lines;
    if (!upkeep.madePrivate.isEmpty())
        lines.append(QStringLiteral("other accounts on this computer could read %1; made private (files 0600, folders 0700)")
                         .arg(upkeep.madePrivate.join(QStringLiteral(", "))));
    if (upkeep.expired > 0)
        lines.append(QStringLiteral("removed %1 journal %2 older than %3 days (the journal's retention)")
                         .arg(upkeep.expired)
                         .arg(upkeep.expired == 1 ? QStringLiteral("entry") : QStringLiteral("entries"))
                         .arg(upkeep.retentionDays));
    if (!upkeep.error.isEmpty())
        lines.append(QStringLiteral("warning: %1").arg(upkeep.error));
    return lines;
}

} // namespace PhoneDesk

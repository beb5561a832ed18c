// SPDX-License-Identifier: MIT
// phonedesk-cli: the phone numbers of a Clerk instance on the command line, for scripts and
// exports. main() only dispatches: the commands, their arguments and --help are in
// CliCommandTable, the connection in CliConnection, the work in CliCommand (phonedesk_cli).
#include "api/clerkclient.h"
#include "cli/cliarguments.h"
#include "cli/clicommand.h"
#include "cli/clicommandtable.h"
#include "cli/cliconnection.h"
#include "cli/clijournalcommands.h"
#include "cli/cliexit.h"
#include "journal/journal.h"
#include "phonedesk_version.h"
#include "storage/privatefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace PhoneDesk;

int main(int argc, char *argv[])
{
    // Whatever umask it was started with, what it writes is this account's only.
    PrivateFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    const CliArguments args(QCoreApplication::arguments(), CliCommandTable::names(QStringLiteral(" or ")));
    if (!args.ok())
        return CliArguments::usageError(args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        std::fputs(CliCommandTable::helpText(args.optionsHelp()).constData(), stdout);
        return CliExit::Success;
    }
    if (args.isSet(QStringLiteral("version"))) {
        std::printf("phonedesk-cli %s\n", PHONEDESK_VERSION);
        return CliExit::Success;
    }
    const CliPlan plan = CliCommandTable::plan(args);
    if (plan.exitCode)
        return *plan.exitCode;
    CliConnection connection;
    if (const std::optional<int> refused = connection.resolve(args))
        return *refused;

    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CliExit::OutputFailed;
    ClerkClient client;
    connection.configure(&client);
    // Every change is recorded in the journal of the profile, or of the environment's key.
    Journal journal;
    for (const QString &line : CliJournalCommands::upkeepLines(connection.openJournal(&journal)))
        err.write(QByteArrayLiteral("phonedesk-cli: ") + line.toUtf8() + '\n');
    CliCommand cli(&client, &out, &err);
    cli.setJournal(&journal);
    cli.setForce(args.isSet(QStringLiteral("force")));
    QObject::connect(&cli, &CliCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    // Started from the event loop, so that finished() always finds it running.
    QTimer::singleShot(0, &cli, [&] { plan.run(cli); });
    return app.exec();
}

// SPDX-License-Identifier: MIT
// phonedesk-cli: the phone numbers of a Clerk instance on the command line, for scripts and
// exports. Argument handling and the exit code only; the commands live in phonedesk_core.
#include "api/clerkclient.h"
#include "cli/clicommand.h"
#include "cli/cliexit.h"
#include "cli/phonenumberexport.h"
#include "phonedesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace PhoneDesk;

namespace {
const char *const kUsage =
    "Usage:\n"
    "  phonedesk-cli [--api-url URL] [--verbose] list [--query TEXT] [--format jsonl|csv]\n"
    "  phonedesk-cli [--api-url URL] [--verbose] get ID\n"
    "\n"
    "Lists and shows the phone numbers of a Clerk instance through its Backend API.\n"
    "\n";

const char *const kCommands =
    "Commands:\n"
    "  list    every phone number of the instance, one line each, written page by page.\n"
    "          jsonl (default): the phone number object as the API sent it, plus \"user_id\".\n"
    "          csv: RFC 4180 (UTF-8, CRLF line ends) with a header and the columns user_id,\n"
    "          phone_number_id, phone_number, e164_valid, region, type, verification_status,\n"
    "          verification_strategy, verification_attempts, verification_expire_at, reserved,\n"
    "          reserved_for_second_factor, default_second_factor, primary,\n"
    "          linked_to (type:id;…), created_at, updated_at; times in ISO 8601 UTC,\n"
    "          unknown values empty.\n"
    "          A user or number that cannot be read is skipped with a warning on stderr.\n"
    "  get ID  one phone number's object as the API sent it, as indented JSON.\n"
    "\n"
    "Environment:\n"
    "  CLERK_SECRET_KEY  the instance's secret key (required; never taken from the command line)\n"
    "  CLERK_API_URL     the API's base URL when --api-url is not given (default https://api.clerk.com/v1)\n"
    "\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "phonedesk-cli: %s\nTry 'phonedesk-cli --help'.\n", qUtf8Printable(message));
    return CliExit::Usage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Shows the version."));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    QStringLiteral("The Backend API's base URL (default: $CLERK_API_URL, else %1).")
                                        .arg(ClerkClient::defaultBaseUrl().toString()),
                                    QStringLiteral("URL"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Logs each request to stderr (never the key)."));
    const QCommandLineOption query(QStringLiteral("query"), QStringLiteral("list: only users matching TEXT (Clerk's query)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("list: jsonl (default) or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    parser.addOptions({help, version, apiUrl, verbose, query, format});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("list, or get ID"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // QCommandLineParser's own usage line knows nothing of commands: keep only its options.
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QLatin1StringView("Options:")));
        options.truncate(options.indexOf(QLatin1StringView("Arguments:")));
        std::printf("%s%s%s%s", kUsage, qUtf8Printable(options), kCommands, qUtf8Printable(CliExit::helpText()));
        return CliExit::Success;
    }
    if (parser.isSet(version)) {
        std::printf("phonedesk-cli %s\n", PHONEDESK_VERSION);
        return CliExit::Success;
    }

    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.value(0);
    std::optional<PhoneNumberExport::Format> listFormat;
    if (command == QLatin1StringView("list")) {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("list takes no arguments, only --query and --format"));
        listFormat = PhoneNumberExport::formatNamed(parser.value(format));
        if (!listFormat)
            return usageError(QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(parser.value(format)));
    } else if (command == QLatin1StringView("get")) {
        if (arguments.size() != 2 || arguments.at(1).isEmpty())
            return usageError(QStringLiteral("get takes exactly one phone number id"));
        if (parser.isSet(query) || parser.isSet(format))
            return usageError(QStringLiteral("--query and --format apply to list only"));
    } else if (command.isEmpty()) {
        return usageError(QStringLiteral("no command given (list or get)"));
    } else {
        return usageError(QStringLiteral("unknown command \"%1\" (list or get)").arg(command));
    }

    const QString secretKey = qEnvironmentVariable("CLERK_SECRET_KEY").trimmed();
    if (secretKey.isEmpty())
        return usageError(QStringLiteral("CLERK_SECRET_KEY is not set: export the instance's secret key (sk_…) in it"));
    QString baseUrl = parser.isSet(apiUrl) ? parser.value(apiUrl) : qEnvironmentVariable("CLERK_API_URL");
    if (baseUrl.isEmpty())
        baseUrl = ClerkClient::defaultBaseUrl().toString();
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (const QString problem = CliCommand::apiUrlProblem(url); !problem.isEmpty())
        return usageError(problem);

    if (parser.isSet(verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.api.debug=true\nphonedesk.cli.debug=true"));
        qSetMessagePattern(QStringLiteral("phonedesk-cli: %{category}: %{message}"));
    }

    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CliExit::OutputFailed;
    ClerkClient client;
    client.setBaseUrl(url);
    client.setSecretKey(secretKey);
    CliCommand cli(&client, &out, &err);
    QObject::connect(&cli, &CliCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    // Started from the event loop, so that finished() always finds it running.
    QTimer::singleShot(0, &cli, [&] {
        if (listFormat)
            cli.list(parser.value(query), *listFormat);
        else
            cli.get(arguments.at(1));
    });
    return app.exec();
}

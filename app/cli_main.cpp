// SPDX-License-Identifier: MIT
// phonedesk-cli: the phone numbers of a Clerk instance on the command line, for scripts and
// exports. Argument handling and the exit code only; the commands live in phonedesk_core.
#include "api/clerkclient.h"
#include "api/retrypolicy.h"
#include "api/transportpolicy.h"
#include "audit/auditrules.h"
#include "cmdline/numberoption.h"
#include "cli/clicommand.h"
#include "cli/cliexit.h"
#include "cli/journalprinter.h"
#include "export/phonenumberexport.h"
#include "journal/journal.h"
#include "journal/journalfilter.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"
#include "phonedesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace PhoneDesk;

namespace {
const char *const kUsage =
    "Usage:\n"
    "  phonedesk-cli [--profile NAME | --api-url URL] [--verbose] [--rate-limit N] [--give-up-after S] list [--query TEXT] [--format jsonl|csv]\n"
    "  phonedesk-cli [--api-url URL] [--verbose] get ID\n"
    "  phonedesk-cli [...] create --user-id U --phone-number N [--verified] [--primary] [--reserved-for-second-factor]\n"
    "  phonedesk-cli [...] update ID [--verified true|false] [--primary true|false] [--reserved-for-second-factor true|false]\n"
    "  phonedesk-cli [...] delete ID --yes\n"
    "  phonedesk-cli [...] send-code ID\n"
    "  phonedesk-cli [...] verify ID --verification-id V --code C\n"
    "  phonedesk-cli [...] disable-mfa USER_ID\n"
    "  phonedesk-cli [...] replace-phone USER_ID --phone-number N --yes\n"
    "  phonedesk-cli [...] audit [--format jsonl|csv] [--pending-age DAYS]\n"
    "  phonedesk-cli [--profile NAME] journal [--format jsonl|csv] [--operation OP] [--user-id U] [--phone-number N]\n"
    "                [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
    "  phonedesk-cli [...] undo ENTRY_ID\n"
    "\n"
    "Lists, shows and fixes the phone numbers of a Clerk instance through its Backend API.\n"
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
    "  Every command below prints the server's answer as sent, as indented JSON.\n"
    "  A number must be valid E.164 (+4915123456789); other spellings are refused before sending.\n"
    "  create         adds a number to a user (Clerk makes a user's first number primary).\n"
    "  update ID      changes only the given flags (at least one); values are exactly true or false.\n"
    "                 It reads the number and its owner first and sends only what differs; when nothing\n"
    "                 differs it sends nothing and prints the number as it is. A change that cannot\n"
    "                 succeed is refused before sending with exit 2: reserving an unverified number for\n"
    "                 second factor, or --primary false on the primary number (make another one primary).\n"
    "                 A number changed on the server between the read and the write is not overwritten (exit 3).\n"
    "  delete ID      deletes a number; needs --yes.\n"
    "  send-code ID   sends a verification code (prepare_verification); prints the verification with its id.\n"
    "  verify ID      checks a code (attempt_verification). A code Clerk does not accept still exits 0\n"
    "                 with its answer, and says \"code not accepted: status …, attempts …\" on stderr.\n"
    "  disable-mfa USER_ID    turns off the user's second factors.\n"
    "  replace-phone USER_ID  replaces all of the user's numbers by one (PUT /users/{id}/phone_number); needs --yes.\n"
    "  update, delete, disable-mfa and replace-phone read the owner first and refuse (exit 5, the reason on\n"
    "  stderr) a change that would leave them no phone number or no way at all to sign in, or turn their\n"
    "  2FA off; --force sends it anyway, with the reason as a warning.\n"
    "  audit   walks every user and writes what looks wrong, grouped by kind, one finding per line: numbers\n"
    "          not in E.164 form or not valid for their country, the same number on different users,\n"
    "          2FA on without a usable second factor, second factors on banned or locked users, codes\n"
    "          pending or expired for more than --pending-age days (default 7), a primary number id that\n"
    "          names no number. jsonl (default): {kind, user_id, user_name, phone_number_id, phone_number,\n"
    "          explanation}; csv: those columns. The count of each kind goes to stderr.\n"
    "  Every change above is recorded in the profile's journal (the key's, without --profile) with the\n"
    "  owner as the server had them before and after, before the command reports it.\n"
    "  journal        the journal's entries, oldest first: jsonl (each entry as stored) or csv. Lines of the file\n"
    "                 that cannot be read are skipped, each reported on stderr with its line number.\n"
    "                 Needs no key. --operation update|create|delete|send_code|verify|reset_mfa|replace_numbers|undo.\n"
    "  undo ENTRY_ID  reverts an entry (verified, primary, reserved for second factor; a deleted number is added\n"
    "                 again with its flags; a created one is deleted) when the account is still as the entry left\n"
    "                 it; otherwise it is refused with exit 2, saying what changed since. The undo is journaled.\n"
    "\n"
    "Environment:\n"
    "  CLERK_SECRET_KEY  the instance's secret key (required without --profile; never taken from the command line)\n"
    "  CLERK_API_URL     the API's base URL when neither --api-url nor --profile is given\n"
    "                    (default https://api.clerk.com/v1)\n"
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

    // The flags of create take no value, those of update take true or false: the command decides.
    const auto parse = [](QCommandLineParser &parser, bool flagsTakeValues) {
        const auto flag = [flagsTakeValues](const char *name, const char *description) {
            return flagsTakeValues ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                                        QStringLiteral("true|false"))
                                   : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description));
        };
        parser.addOptions({
            {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help.")},
            {QStringLiteral("version"), QStringLiteral("Shows the version.")},
            {QStringLiteral("api-url"),
             QStringLiteral("The Backend API's base URL (default: $CLERK_API_URL, else %1).")
                 .arg(ClerkClient::defaultBaseUrl().toString()),
             QStringLiteral("URL")},
            {QStringLiteral("profile"),
             QStringLiteral("Uses a profile of PhoneDesk's connection dialog: its API URL and its key from the system "
                            "keychain (instead of CLERK_SECRET_KEY)."),
             QStringLiteral("NAME")},
            {QStringLiteral("verbose"), QStringLiteral("Logs each request to stderr (never the key).")},
            {QStringLiteral("rate-limit"),
             QStringLiteral("Requests per 10 s to stay under (default: Clerk's limit for the key, 1000 for sk_live_, "
                            "100 otherwise); 0 sends unpaced."),
             QStringLiteral("N")},
            {QStringLiteral("give-up-after"),
             QStringLiteral("Seconds one request may spend on retries before the command gives up (default %1).")
                 .arg(RetryPolicy::kDefaultBudgetMs / 1000),
             QStringLiteral("S")},
            {QStringLiteral("query"), QStringLiteral("list: only users matching TEXT (Clerk's query)."), QStringLiteral("TEXT")},
            {QStringLiteral("format"), QStringLiteral("list: jsonl (default) or csv."), QStringLiteral("FORMAT"),
             QStringLiteral("jsonl")},
            {QStringLiteral("user-id"), QStringLiteral("create: the user to add the number to."), QStringLiteral("ID")},
            {QStringLiteral("phone-number"), QStringLiteral("create, replace-phone: the number, in E.164."),
             QStringLiteral("E164")},
            flag("verified", "create: mark it verified; update: true or false."),
            flag("primary", "create: make it the user's primary number; update: true or false."),
            flag("reserved-for-second-factor", "create: use it as second factor; update: true or false."),
            {QStringLiteral("yes"), QStringLiteral("delete, replace-phone: really do it.")},
            {QStringLiteral("force"),
             QStringLiteral("update, delete, disable-mfa, replace-phone: send a change that would lock the user out "
                            "or turn their 2FA off.")},
            {QStringLiteral("pending-age"),
             QStringLiteral("audit: codes pending or expired for more than DAYS are findings (default 7)."),
             QStringLiteral("DAYS")},
            {QStringLiteral("verification-id"), QStringLiteral("verify: the id printed by send-code."), QStringLiteral("ID")},
            {QStringLiteral("code"), QStringLiteral("verify: the code the customer received."), QStringLiteral("CODE")},
            {QStringLiteral("operation"), QStringLiteral("journal: only entries of this operation."), QStringLiteral("OP")},
            {QStringLiteral("since"), QStringLiteral("journal: only entries from this day on (local time)."), QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("until"), QStringLiteral("journal: only entries up to this day (local time)."), QStringLiteral("YYYY-MM-DD")},
        });
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QStringLiteral("list, get, create, update, delete, send-code, verify, disable-mfa, replace-phone, audit, journal or undo"));
        return parser.parse(QCoreApplication::arguments());
    };
    QCommandLineParser flagParser;
    const bool flagsParsed = parse(flagParser, false);
    QCommandLineParser valueParser;
    const bool valuesParsed = parse(valueParser, true);
    const bool isUpdate = (valuesParsed ? valueParser : flagParser).positionalArguments().value(0) == QLatin1StringView("update");
    QCommandLineParser &parser = isUpdate ? valueParser : flagParser;
    if (!(isUpdate ? valuesParsed : flagsParsed))
        return usageError(parser.errorText());
    const QString help = QStringLiteral("help"), version = QStringLiteral("version"), apiUrl = QStringLiteral("api-url"),
                  verbose = QStringLiteral("verbose"), query = QStringLiteral("query"), format = QStringLiteral("format");

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
    const QStringList listOptions = {query, format, QStringLiteral("pending-age")};
    const QStringList editOptions = {QStringLiteral("user-id"), QStringLiteral("phone-number"), QStringLiteral("verified"),
                                     QStringLiteral("primary"), QStringLiteral("reserved-for-second-factor"),
                                     QStringLiteral("yes"), QStringLiteral("verification-id"), QStringLiteral("code"),
                                     QStringLiteral("force")};
    const QStringList journalOptions = {QStringLiteral("operation"), QStringLiteral("since"), QStringLiteral("until")};
    // Options that `command` does not take are refused rather than ignored.
    const auto strayOption = [&](const QStringList &allowed) -> QString {
        for (const QString &name : listOptions + editOptions + journalOptions)
            if (parser.isSet(name) && !allowed.contains(name))
                return QStringLiteral("--%1 does not apply to %2").arg(name, command);
        return {};
    };
    const auto idArgument = [&](const QString &what) -> QString {
        if (arguments.size() != 2 || arguments.at(1).isEmpty())
            return QStringLiteral("%1 takes exactly one %2").arg(command, what);
        return {};
    };
    std::optional<PhoneNumberExport::Format> listFormat;
    std::function<void(CliCommand &)> run;
    QString problem;
    if (command == QLatin1StringView("list")) {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("list takes no arguments, only --query and --format"));
        if (const QString stray = strayOption({query, format}); !stray.isEmpty())
            return usageError(stray);
        listFormat = PhoneNumberExport::formatNamed(parser.value(format));
        if (!listFormat)
            return usageError(QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(parser.value(format)));
        run = [&](CliCommand &cli) { cli.list(parser.value(query), *listFormat); };
    } else if (command == QLatin1StringView("get")) {
        if (arguments.size() != 2 || arguments.at(1).isEmpty())
            return usageError(QStringLiteral("get takes exactly one phone number id"));
        if (parser.isSet(query) || parser.isSet(format))
            return usageError(QStringLiteral("--query and --format apply to list only"));
        if (const QString stray = strayOption({}); !stray.isEmpty())
            return usageError(stray);
        run = [&](CliCommand &cli) { cli.get(arguments.at(1)); };
    } else if (command == QLatin1StringView("create")) {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("create takes no arguments, only options"));
        if (const QString stray = strayOption({QStringLiteral("user-id"), QStringLiteral("phone-number"), QStringLiteral("verified"),
                                               QStringLiteral("primary"), QStringLiteral("reserved-for-second-factor")});
            !stray.isEmpty())
            return usageError(stray);
        if (parser.value(QStringLiteral("user-id")).isEmpty() || !parser.isSet(QStringLiteral("phone-number")))
            return usageError(QStringLiteral("create needs --user-id and --phone-number"));
        if (const QString bad = CliCommand::phoneNumberProblem(parser.value(QStringLiteral("phone-number"))); !bad.isEmpty())
            return usageError(bad);
        run = [&](CliCommand &cli) {
            NewPhoneNumber phone;
            phone.userId = parser.value(QStringLiteral("user-id"));
            phone.phoneNumber = parser.value(QStringLiteral("phone-number"));
            // Only the flags given are sent; Clerk decides the rest.
            if (parser.isSet(QStringLiteral("verified")))
                phone.verified = true;
            if (parser.isSet(QStringLiteral("primary")))
                phone.primary = true;
            if (parser.isSet(QStringLiteral("reserved-for-second-factor")))
                phone.reservedForSecondFactor = true;
            cli.create(phone);
        };
    } else if (command == QLatin1StringView("update")) {
        if (problem = idArgument(QStringLiteral("phone number id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({QStringLiteral("verified"), QStringLiteral("primary"),
                                               QStringLiteral("reserved-for-second-factor"), QStringLiteral("force")});
            !stray.isEmpty())
            return usageError(stray);
        PhoneNumberChanges changes;
        const std::pair<const char *, std::optional<bool> *> fields[] = {
            {"verified", &changes.verified},
            {"primary", &changes.primary},
            {"reserved-for-second-factor", &changes.reservedForSecondFactor}};
        for (const auto &[name, field] : fields) {
            const QString option = QString::fromLatin1(name);
            if (!parser.isSet(option))
                continue;
            *field = CliCommand::readBoolean(parser.value(option));
            if (!*field)
                return usageError(QStringLiteral("--%1 must be true or false, not \"%2\"").arg(option, parser.value(option)));
        }
        if (problem = CliCommand::changesProblem(changes); !problem.isEmpty())
            return usageError(problem);
        run = [&arguments, changes](CliCommand &cli) { cli.update(arguments.at(1), changes); };
    } else if (command == QLatin1StringView("delete")) {
        if (problem = idArgument(QStringLiteral("phone number id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({QStringLiteral("yes"), QStringLiteral("force")}); !stray.isEmpty())
            return usageError(stray);
        if (!parser.isSet(QStringLiteral("yes")))
            return usageError(QStringLiteral("deleting a phone number cannot be undone: add --yes to delete %1").arg(arguments.at(1)));
        run = [&](CliCommand &cli) { cli.remove(arguments.at(1)); };
    } else if (command == QLatin1StringView("send-code")) {
        if (problem = idArgument(QStringLiteral("phone number id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({}); !stray.isEmpty())
            return usageError(stray);
        run = [&](CliCommand &cli) { cli.sendCode(arguments.at(1)); };
    } else if (command == QLatin1StringView("verify")) {
        if (problem = idArgument(QStringLiteral("phone number id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({QStringLiteral("verification-id"), QStringLiteral("code")}); !stray.isEmpty())
            return usageError(stray);
        if (parser.value(QStringLiteral("verification-id")).isEmpty() || parser.value(QStringLiteral("code")).isEmpty())
            return usageError(QStringLiteral("verify needs --verification-id (from send-code) and --code"));
        run = [&](CliCommand &cli) {
            cli.verify(arguments.at(1), parser.value(QStringLiteral("verification-id")), parser.value(QStringLiteral("code")));
        };
    } else if (command == QLatin1StringView("disable-mfa")) {
        if (problem = idArgument(QStringLiteral("user id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({QStringLiteral("force")}); !stray.isEmpty())
            return usageError(stray);
        run = [&](CliCommand &cli) { cli.disableMfa(arguments.at(1)); };
    } else if (command == QLatin1StringView("replace-phone")) {
        if (problem = idArgument(QStringLiteral("user id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({QStringLiteral("phone-number"), QStringLiteral("yes"), QStringLiteral("force")});
            !stray.isEmpty())
            return usageError(stray);
        if (!parser.isSet(QStringLiteral("phone-number")))
            return usageError(QStringLiteral("replace-phone needs --phone-number"));
        if (const QString bad = CliCommand::phoneNumberProblem(parser.value(QStringLiteral("phone-number"))); !bad.isEmpty())
            return usageError(bad);
        if (!parser.isSet(QStringLiteral("yes")))
            return usageError(QStringLiteral("replace-phone removes all of the user's other numbers: add --yes to do it"));
        run = [&](CliCommand &cli) { cli.replacePhone(arguments.at(1), parser.value(QStringLiteral("phone-number"))); };
    } else if (command == QLatin1StringView("audit")) {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("audit takes no arguments, only --format and --pending-age"));
        if (const QString stray = strayOption({format, QStringLiteral("pending-age")}); !stray.isEmpty())
            return usageError(stray);
        listFormat = PhoneNumberExport::formatNamed(parser.value(format));
        if (!listFormat)
            return usageError(QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(parser.value(format)));
        qint64 days = AuditRules::kDefaultPendingAgeDays;
        if (parser.isSet(QStringLiteral("pending-age")) && !readNumberOption(parser, QStringLiteral("pending-age"), 0, 36500, &days))
            return CliExit::Usage;
        run = [&listFormat, days](CliCommand &cli) { cli.audit(*listFormat, static_cast<int>(days)); };
    } else if (command == QLatin1StringView("journal")) {
        if (arguments.size() != 1)
            return usageError(QStringLiteral("journal takes no arguments, only options"));
        if (const QString stray = strayOption({format, QStringLiteral("operation"), QStringLiteral("user-id"),
                                               QStringLiteral("phone-number"), QStringLiteral("since"), QStringLiteral("until")});
            !stray.isEmpty())
            return usageError(stray);
        const std::optional<JournalPrinter::Format> journalFormat = JournalPrinter::formatNamed(parser.value(format));
        if (!journalFormat)
            return usageError(QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(parser.value(format)));
        JournalFilter filter;
        filter.operation = parser.value(QStringLiteral("operation"));
        filter.userId = parser.value(QStringLiteral("user-id"));
        filter.phoneNumber = parser.value(QStringLiteral("phone-number"));
        for (const auto &[option, day] : {std::pair{QStringLiteral("since"), &filter.from}, std::pair{QStringLiteral("until"), &filter.to}}) {
            if (!parser.isSet(option))
                continue;
            *day = QDate::fromString(parser.value(option), Qt::ISODate);
            if (!day->isValid())
                return usageError(QStringLiteral("--%1 must be a day as YYYY-MM-DD, not \"%2\"").arg(option, parser.value(option)));
        }
        // The journal is a local file: no key is needed to read it.
        QString path = Journal::pathForEnvironment();
        if (parser.isSet(QStringLiteral("profile"))) {
            const QString name = parser.value(QStringLiteral("profile"));
            if (!ProfileStore().profileNamed(name))
                return usageError(QStringLiteral("there is no profile named \"%1\" (File > Connections… in PhoneDesk adds one)").arg(name));
            path = Journal::pathForProfile(name);
        }
        QFile out, err;
        if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return CliExit::OutputFailed;
        return JournalPrinter::print(JournalReader::readFile(path), filter, *journalFormat, &out, &err);
    } else if (command == QLatin1StringView("undo")) {
        if (problem = idArgument(QStringLiteral("journal entry id")); !problem.isEmpty())
            return usageError(problem);
        if (const QString stray = strayOption({}); !stray.isEmpty())
            return usageError(stray);
        run = [&](CliCommand &cli) { cli.undo(arguments.at(1)); };
    } else if (command.isEmpty()) {
        return usageError(QStringLiteral("no command given (list, get, create, update, delete, send-code, verify, disable-mfa, replace-phone, audit, journal, undo)"));
    } else {
        return usageError(QStringLiteral("unknown command \"%1\" (list, get, create, update, delete, send-code, verify, disable-mfa, replace-phone, audit, journal, undo)").arg(command));
    }

    // The key and the URL: a saved profile's (key from the keychain), or the environment's.
    QString secretKey, connectionName, baseUrl;
    bool readOnly = false;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const ProfileStore profiles;
        const std::optional<Profile> profile = profiles.profileNamed(name);
        if (!profile)
            return usageError(QStringLiteral("there is no profile named \"%1\" (File > Connections… in PhoneDesk adds one)").arg(name));
        KeychainSecretStore keychain;
        const SecretResult key = keychain.readNow(profile->id);
        if (!key.ok())
            return usageError(QStringLiteral("the key of profile \"%1\" cannot be read: %2 Set CLERK_SECRET_KEY instead.")
                                  .arg(profile->name, key.message));
        secretKey = key.secret.trimmed();
        connectionName = profile->name;
        readOnly = profile->readOnly;
        baseUrl = profile->apiUrl.toString();
    } else {
        secretKey = qEnvironmentVariable("CLERK_SECRET_KEY").trimmed();
        if (secretKey.isEmpty())
            return usageError(QStringLiteral("CLERK_SECRET_KEY is not set: export the instance's secret key (sk_…) in it, "
                                             "or use --profile NAME"));
        baseUrl = qEnvironmentVariable("CLERK_API_URL");
    }
    if (parser.isSet(apiUrl))
        baseUrl = parser.value(apiUrl);
    if (baseUrl.isEmpty())
        baseUrl = ClerkClient::defaultBaseUrl().toString();
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (problem = TransportPolicy::problemWith(url); !problem.isEmpty())
        return usageError(problem);

    if (parser.isSet(verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.api.debug=true\nphonedesk.cli.debug=true"));
        qSetMessagePattern(QStringLiteral("phonedesk-cli: %{category}: %{message}"));
    }

    std::optional<int> rateLimit;
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        rateLimit = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || *rateLimit < 0)
            return usageError(QStringLiteral("--rate-limit takes a number of requests per 10 s (0: unpaced)"));
    }
    int giveUpAfterS = RetryPolicy::kDefaultBudgetMs / 1000;
    if (parser.isSet(QStringLiteral("give-up-after"))) {
        bool ok = false;
        giveUpAfterS = parser.value(QStringLiteral("give-up-after")).toInt(&ok);
        if (!ok || giveUpAfterS < 1 || giveUpAfterS > 3600)
            return usageError(QStringLiteral("--give-up-after takes a number of seconds from 1 to 3600"));
    }

    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CliExit::OutputFailed;
    ClerkClient client;
    client.setBaseUrl(url);
    client.setSecretKey(secretKey);
    client.setConnectionName(connectionName);
    client.setReadOnly(readOnly);
    if (rateLimit)
        client.setRateLimit(*rateLimit);
    client.setRetryBudget(giveUpAfterS * 1000);
    // No attempt may outlast the whole budget.
    client.setTransferTimeout(std::min(client.transferTimeout(), giveUpAfterS * 1000));
    // Every change is recorded in the journal of the profile, or of the environment's key.
    Journal journal;
    journal.openFor(connectionName, false, url, secretKey);
    CliCommand cli(&client, &out, &err);
    cli.setJournal(&journal);
    cli.setForce(parser.isSet(QStringLiteral("force")));
    QObject::connect(&cli, &CliCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    // Started from the event loop, so that finished() always finds it running.
    QTimer::singleShot(0, &cli, [&] { run(cli); });
    return app.exec();
}

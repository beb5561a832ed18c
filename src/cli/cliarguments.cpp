// SPDX-License-Identifier: MIT
// The options of phonedesk-cli and the parsing of its command line.
#include "cliarguments.h"

#include "api/clerkclient.h"
#include "api/retrypolicy.h"
#include "cliexit.h"

#include <cstdio>

namespace PhoneDesk {

namespace {
// The options that belong to commands rather than to the connection, in the order a stray one
// is looked for.
const QStringList &commandOptions()
{
    static const QStringList options{
        // list, audit
        QStringLiteral("query"), QStringLiteral("format"), QStringLiteral("pending-age"),
        // the editing commands
        QStringLiteral("user-id"), QStringLiteral("phone-number"), QStringLiteral("verified"), QStringLiteral("primary"),
        QStringLiteral("reserved-for-second-factor"), QStringLiteral("yes"), QStringLiteral("verification-id"),
        QStringLiteral("code"), QStringLiteral("force"),
        // journal
        QStringLiteral("operation"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("before")};
    return options;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &commandNames, bool flagsTakeValues)
{
    const auto flag = [flagsTakeValues](const char *name, const char *description) {
        return flagsTakeValues ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                                    QStringLiteral("true|false"))
                               : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description));
    };
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help.")},
        {QStringLiteral("version"), QStringLiteral("Shows the version.")},
        {QStringLiteral("api-url"),
         QStringLiteral("The Backend API's base URL (default: $CLERK_API_URL, else %1).").arg(ClerkClient::defaultBaseUrl().toString()),
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
        {QStringLiteral("format"),
         QStringLiteral("list, audit, journal: jsonl (default) or csv; sms-blocklist: text (default) or json."),
         QStringLiteral("FORMAT"), QStringLiteral("jsonl")},
        {QStringLiteral("user-id"), QStringLiteral("create: the user to add the number to."), QStringLiteral("ID")},
        {QStringLiteral("phone-number"), QStringLiteral("create, replace-phone: the number, in E.164."), QStringLiteral("E164")},
        flag("verified", "create: mark it verified; update: true or false."),
        flag("primary", "create: make it the user's primary number; update: true or false."),
        flag("reserved-for-second-factor", "create: use it as second factor; update: true or false."),
        {QStringLiteral("yes"),
         QStringLiteral("delete, replace-phone, ban, remove-totp, remove-backup-codes, revoke-sessions: really do it.")},
        {QStringLiteral("force"),
         QStringLiteral("update, delete, disable-mfa, replace-phone, remove-totp: send a change that would lock the "
                        "user out or turn their 2FA off.")},
        {QStringLiteral("pending-age"),
         QStringLiteral("audit: codes pending or expired for more than DAYS are findings (default 7)."), QStringLiteral("DAYS")},
        {QStringLiteral("verification-id"), QStringLiteral("verify: the id printed by send-code."), QStringLiteral("ID")},
        {QStringLiteral("code"), QStringLiteral("verify: the code the customer received."), QStringLiteral("CODE")},
        {QStringLiteral("operation"), QStringLiteral("journal: only entries of this operation."), QStringLiteral("OP")},
        {QStringLiteral("since"), QStringLiteral("journal: only entries from this day on (local time)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("until"), QStringLiteral("journal: only entries up to this day (local time)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("before"), QStringLiteral("journal purge: removes the entries before this day (local time)."),
         QStringLiteral("YYYY-MM-DD")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), commandNames);
    return parser.parse(arguments);
}
} // namespace

CliArguments::CliArguments(const QStringList &arguments, const QString &commandNames)
{
    const bool flagsParsed = parse(m_flagParser, arguments, commandNames, false);
    const bool valuesParsed = parse(m_valueParser, arguments, commandNames, true);
    m_isUpdate = (valuesParsed ? m_valueParser : m_flagParser).positionalArguments().value(0) == QLatin1StringView("update");
    m_ok = m_isUpdate ? valuesParsed : flagsParsed;
}

QString CliArguments::strayOption(const QStringList &allowed) const
{
    for (const QString &name : commandOptions()) {
        if (isSet(name) && !allowed.contains(name))
            return QStringLiteral("--%1 does not apply to %2").arg(name, command());
    }
    return {};
}

QString CliArguments::optionsHelp() const
{
    QString options = parser().helpText();
    options = options.mid(options.indexOf(QLatin1StringView("Options:")));
    options.truncate(options.indexOf(QLatin1StringView("Arguments:")));
    return options;
}

int CliArguments::usageError(const QString &message)
{
    std::fprintf(stderr, "phonedesk-cli: %s\nTry 'phonedesk-cli --help'.\n", qUtf8Printable(message));
    return CliExit::Usage;
}

} // namespace PhoneDesk

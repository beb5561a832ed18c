// SPDX-License-Identifier: MIT
// phonedesk-cli's connection: profile or environment, key, API URL, pacing and retries.
#include "cliconnection.h"

#include "api/clerkclient.h"
#include "api/retrypolicy.h"
#include "api/transportpolicy.h"
#include "cliarguments.h"
#include "journal/journal.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"

#include <QLoggingCategory>

#include <algorithm>

namespace PhoneDesk {

QString CliConnection::unknownProfile(const QString &name)
{
    return QStringLiteral("there is no profile named \"%1\" (File > Connections… in PhoneDesk adds one)").arg(name);
}

std::optional<int> CliConnection::resolve(const CliArguments &args)
{
    if (const std::optional<int> refused = readCredentials(args))
        return refused;
    if (const std::optional<int> refused = readUrl(args))
        return refused;
    if (args.isSet(QStringLiteral("verbose")))
        logRequests();
    return readPacing(args);
}

std::optional<int> CliConnection::readCredentials(const CliArguments &args)
{
    if (args.isSet(QStringLiteral("profile"))) {
        const QString name = args.value(QStringLiteral("profile"));
        const ProfileStore profiles;
        const std::optional<Profile> profile = profiles.profileNamed(name);
        if (!profile)
            return CliArguments::usageError(unknownProfile(name));
        KeychainSecretStore keychain;
        const SecretResult key = keychain.readNow(profile->id);
        if (!key.ok())
            return CliArguments::usageError(QStringLiteral("the key of profile \"%1\" cannot be read: %2 Set CLERK_SECRET_KEY instead.")
                                                .arg(profile->name, key.message));
        m_secretKey = key.secret.trimmed();
        m_connectionName = profile->name;
        m_readOnly = profile->readOnly;
        m_journalRetentionDays = profile->journalRetentionDays;
        m_baseUrl = profile->apiUrl.toString();
        return std::nullopt;
    }
    m_secretKey = qEnvironmentVariable("CLERK_SECRET_KEY").trimmed();
    if (m_secretKey.isEmpty())
        return CliArguments::usageError(QStringLiteral("CLERK_SECRET_KEY is not set: export the instance's secret key (sk_…) in it, "
                                                       "or use --profile NAME"));
    m_baseUrl = qEnvironmentVariable("CLERK_API_URL");
    return std::nullopt;
}

std::optional<int> CliConnection::readUrl(const CliArguments &args)
{
    if (args.isSet(QStringLiteral("api-url")))
        m_baseUrl = args.value(QStringLiteral("api-url"));
    if (m_baseUrl.isEmpty())
        m_baseUrl = ClerkClient::defaultBaseUrl().toString();
    m_url = QUrl(m_baseUrl, QUrl::StrictMode);
    if (const QString problem = TransportPolicy::problemWith(m_url); !problem.isEmpty())
        return CliArguments::usageError(problem);
    return std::nullopt;
}

void CliConnection::logRequests()
{
    QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.api.debug=true\nphonedesk.cli.debug=true"));
    qSetMessagePattern(QStringLiteral("phonedesk-cli: %{category}: %{message}"));
}

std::optional<int> CliConnection::readPacing(const CliArguments &args)
{
    if (args.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        m_rateLimit = args.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || *m_rateLimit < 0)
            return CliArguments::usageError(QStringLiteral("--rate-limit takes a number of requests per 10 s (0: unpaced)"));
    }
    m_giveUpAfterS = RetryPolicy::kDefaultBudgetMs / 1000;
    if (args.isSet(QStringLiteral("give-up-after"))) {
        bool ok = false;
        m_giveUpAfterS = args.value(QStringLiteral("give-up-after")).toInt(&ok);
        if (!ok || m_giveUpAfterS < 1 || m_giveUpAfterS > 3600)
            return CliArguments::usageError(QStringLiteral("--give-up-after takes a number of seconds from 1 to 3600"));
    }
    return std::nullopt;
}

void CliConnection::configure(ClerkClient *client) const
{
    client->setBaseUrl(m_url);
    client->setSecretKey(m_secretKey);
    client->setConnectionName(m_connectionName);
    client->setReadOnly(m_readOnly);
    if (m_rateLimit)
        client->setRateLimit(*m_rateLimit);
    client->setRetryBudget(m_giveUpAfterS * 1000);
    // No attempt may outlast the whole budget.
    client->setTransferTimeout(std::min(client->transferTimeout(), m_giveUpAfterS * 1000));
}

JournalUpkeep CliConnection::openJournal(Journal *journal) const
{
    journal->openFor(m_connectionName, false, m_url, m_secretKey);
    return journal->tidy(m_journalRetentionDays);
}

} // namespace PhoneDesk

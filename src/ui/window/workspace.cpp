// SPDX-License-Identifier: MIT
#include "workspace.h"

#include "api/clerkclient.h"
#include "settings/profile.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace PhoneDesk {

namespace {
Workspace *s_instance = nullptr;
} // namespace

Workspace::Workspace(const QUrl &apiUrl, const QString &secretKey, QObject *parent)
    : QObject(parent)
    , m_client(new ClerkClient(this))
{
    m_client->setBaseUrl(apiUrl);
    m_client->setSecretKey(secretKey);
    m_environment = environmentOfKey(secretKey);
    m_phoneNumbers.setClient(m_client);
    m_phoneNumbers.setJournal(&m_journal);
    Connection keyConnection;
    keyConnection.apiUrl = apiUrl;
    keyConnection.secretKey = secretKey;
    openJournal(keyConnection, false);
    m_filtered.setSourceModel(&m_phoneNumbers);
    // The rows' "SMS blocked" follows the blocklist as read.
    m_smsBlocklist.setClient(m_client);
    connect(&m_smsBlocklist, &SmsBlocklistReader::blocklistChanged, this,
            [this] { m_phoneNumbers.setSmsBlocklist(m_smsBlocklist.blocklist()); });
    m_smsBlocklist.read();
    m_network.watch(m_client);
    connect(&m_network, &NetworkStatus::textChanged, this, &Workspace::networkStatusChanged);
}

Workspace::Workspace(std::unique_ptr<DemoServer> demo, QObject *parent)
    : Workspace(demo->baseUrl(), demo->secretKey(), parent)
{
    m_demo = std::move(demo);
    m_demoActive = true;
    // The sandbox in process has no rate limit: pacing would only slow the demo down.
    m_client->setRateLimit(0);
    Connection sandbox;
    sandbox.apiUrl = m_demo->baseUrl();
    sandbox.secretKey = m_demo->secretKey();
    openJournal(sandbox, true);
}

void Workspace::openJournal(const Connection &connection, bool demo)
{
    m_journal.openFor(connection.profileName, demo, connection.apiUrl, connection.secretKey);
    const JournalUpkeep upkeep = m_journal.tidy(connection.journalRetentionDays);
    for (const QString &path : upkeep.madePrivate) {
        if (!m_madePrivate.contains(path))
            m_madePrivate.append(path);
    }
    // What the retention did to the journal in use now.
    m_expiredEntries = upkeep.expired;
    m_upkeepError = upkeep.error;
    Q_EMIT dataNoticeChanged();
}

void Workspace::noteMadePrivate(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!m_madePrivate.contains(path))
            m_madePrivate.append(path);
    }
    Q_EMIT dataNoticeChanged();
}

void Workspace::dismissDataNotice()
{
    m_madePrivate.clear();
    m_expiredEntries = 0;
    m_upkeepError.clear();
    Q_EMIT dataNoticeChanged();
}

void Workspace::apply(const Connection &connection, bool demo)
{
    m_client->setBaseUrl(connection.apiUrl);
    m_client->setSecretKey(connection.secretKey);
    m_client->setConnectionName(connection.profileName);
    // Blocked in the client, so no path around the hidden buttons can send a change.
    m_client->setReadOnly(connection.readOnly);
    // The demo sandbox has no rate limit; a Clerk instance has its key's.
    if (demo)
        m_client->setRateLimit(0);
    else
        m_client->clearRateLimit();
    m_demoActive = demo;
    m_profileName = connection.profileName;
    m_environment = environmentOfKey(connection.secretKey);
    m_readOnly = connection.readOnly;
    openJournal(connection, demo);
    Q_EMIT connectionChanged();
    m_smsBlocklist.restart();
    m_phoneNumbers.restart();
}

void Workspace::connectTo(const Connection &connection)
{
    apply(connection, false);
}

bool Workspace::connectToDemo(QString *error)
{
    // Already there: the rows stay as they are, nothing is reloaded.
    if (m_demoActive)
        return true;
    if (!m_demo) {
        if (!m_startDemo) {
            if (error)
                *error = tr("this program has no demo sandbox");
            return false;
        }
        std::unique_ptr<DemoServer> started = m_startDemo(m_demoOptions, error);
        if (!started)
            return false;
        m_demo = std::move(started);
    }
    Connection demo;
    demo.apiUrl = m_demo->baseUrl();
    demo.secretKey = m_demo->secretKey();
    apply(demo, true);
    return true;
}

void Workspace::setDemoStarter(DemoServer::Starter starter, const DemoServer::Options &options)
{
    m_startDemo = std::move(starter);
    m_demoOptions = options;
}

Workspace::~Workspace()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

Workspace *Workspace::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    Q_ASSERT_X(s_instance, "Workspace::create", "main() sets the workspace before QML loads");
    // main() owns it; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Workspace::instanceLabel() const
{
    if (m_demoActive)
        return tr("Demo sandbox");
    return m_client->baseUrl().host();
}

QString Workspace::apiUrl() const
{
    return m_client->baseUrl().toString();
}

void Workspace::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

int Workspace::codeAttemptLimit() const
{
    return m_demoActive && m_demo ? m_demo->codeAttemptLimit() : 0;
}

QString Workspace::demoCustomerCode(const QString &verificationId) const
{
    if (!m_demoActive || !m_demo || verificationId.isEmpty())
        return {};
    return m_demo->sentCode(verificationId);
}

} // namespace PhoneDesk

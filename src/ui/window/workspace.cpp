// SPDX-License-Identifier: MIT
#include "workspace.h"

#include "api/clerkclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
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
    m_journal.openFor({}, false, apiUrl, secretKey);
    m_filtered.setSourceModel(&m_phoneNumbers);
    m_network.watch(m_client);
    connect(&m_network, &NetworkStatus::textChanged, this, &Workspace::networkStatusChanged);
}

Workspace::Workspace(std::unique_ptr<Sandbox> sandbox, QObject *parent)
    : Workspace(sandbox->baseUrl(), sandbox->secretKey(), parent)
{
    m_sandbox = std::move(sandbox);
    m_demoActive = true;
    // The sandbox in process has no rate limit: pacing would only slow the demo down.
    m_client->setRateLimit(0);
    m_journal.openFor({}, true, m_sandbox->baseUrl(), m_sandbox->secretKey());
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
    m_journal.openFor(connection.profileName, demo, connection.apiUrl, connection.secretKey);
    Q_EMIT connectionChanged();
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
    if (!m_sandbox) {
        auto sandbox = std::make_unique<Sandbox>();
        Sandbox::Options options;
        options.users = m_demoUsers;
        options.seed = m_demoSeed;
        if (!sandbox->start(options, error))
            return false;
        m_sandbox = std::move(sandbox);
    }
    Connection demo;
    demo.apiUrl = m_sandbox->baseUrl();
    demo.secretKey = m_sandbox->secretKey();
    apply(demo, true);
    return true;
}

void Workspace::setDemoOptions(int users, quint64 seed)
{
    m_demoUsers = users;
    m_demoSeed = seed;
}

std::unique_ptr<Workspace> Workspace::demoWorkspace(int users, quint64 seed, QString *error, bool plantAuditCases)
{
    auto sandbox = std::make_unique<Sandbox>();
    Sandbox::Options options;
    options.users = users;
    options.seed = seed;
    options.plantAuditCases = plantAuditCases;
    if (!sandbox->start(options, error))
        return nullptr;
    auto workspace = std::unique_ptr<Workspace>(new Workspace(std::move(sandbox), nullptr));
    workspace->setDemoOptions(users, seed);
    return workspace;
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
        return QStringLiteral("Demo sandbox");
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
    return m_demoActive ? SandboxStore::kMaxCodeAttempts : 0;
}

QString Workspace::demoCustomerCode(const QString &verificationId) const
{
    if (!m_demoActive || !m_sandbox || verificationId.isEmpty())
        return {};
    // The store serves requests on the sandbox's thread; its calls lock its mutex, so reading
    // from the GUI thread is safe.
    return m_sandbox->store().sentCode(verificationId);
}

} // namespace PhoneDesk

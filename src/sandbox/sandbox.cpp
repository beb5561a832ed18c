// SPDX-License-Identifier: MIT
#include "sandbox.h"

#include "sandboxcommunication.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

namespace PhoneDesk {

Sandbox::Sandbox()
{
    m_thread.setObjectName(QStringLiteral("PhoneDesk sandbox"));
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(const Options &options, QString *error)
{
    stop();
    if (const std::optional<QString> problem = SandboxCommunication::checkCountries(options.smsBlockedCountries)) {
        if (error)
            *error = QStringLiteral("SMS blocklist: %1").arg(*problem);
        return false;
    }
    m_store = std::make_shared<SandboxStore>(SandboxStore::Options{options.users, options.seed, options.nowMs, options.plantAuditCases,
                                                                   options.sameCreatedAt, options.smsBlockedCountries,
                                                                   options.plantSignInCases});
    m_secretKey = options.secretKey.isEmpty() ? QString::fromLatin1(SandboxServer::kDefaultSecretKey) : options.secretKey;
    m_host = options.host;
    m_server = new SandboxServer(m_store, m_secretKey);
    m_server->setFaults(options.faults);
    m_server->moveToThread(&m_thread);
    // Objects of a thread are deleted by it when it finishes, as QThread documents.
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_server, [this, &options] { m_port = m_server->listen(options.host, options.port); },
                              Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("could not listen on %1:%2").arg(options.host.toString()).arg(options.port);
        stop();
        return false;
    }
    return true;
}

void Sandbox::stop()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_server = nullptr;
    m_port = 0;
}

// The server's fault injector guards itself with a mutex, so these calls need not hop threads.
void Sandbox::setFaults(const SandboxFaults &faults)
{
    if (m_server)
        m_server->setFaults(faults);
}

void Sandbox::dropNextAnswers(int count)
{
    if (m_server)
        m_server->dropNextAnswers(count);
}

SandboxStats Sandbox::stats() const
{
    return m_server ? m_server->stats() : SandboxStats{};
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxfaults.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

namespace PhoneDesk {

class SandboxServer;
class SandboxStore;

// The sandbox running in this process on its own thread, for demo mode and tests: serving a
// page never waits on the thread that asked for it.
class Sandbox
{
public:
    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0: any free port
        int users = 250;
        quint64 seed = 1;
        QString secretKey; // empty: SandboxServer::kDefaultSecretKey
        qint64 nowMs = 0;  // 0: the real clock
        SandboxFaults faults;
        bool plantAuditCases = false; // SandboxStore::plantAuditCases()
        int sameCreatedAt = 0;        // SandboxStore::Options::sameCreatedAt
        // The SMS country blocklist at start ("BR", "IN"); start() refuses a code that is no
        // country (SandboxCommunication::checkCountries).
        QStringList smsBlockedCountries = {};
        bool plantSignInCases = false; // SandboxStore::plantSignInCases()
    };

    Sandbox();
    ~Sandbox();
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    // Builds the data and starts listening; false with a message when the port is taken or an
    // option is refused.
    bool start(const Options &options, QString *error = nullptr);
    void stop();

    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    [[nodiscard]] QString secretKey() const { return m_secretKey; }
    [[nodiscard]] SandboxStore &store() { return *m_store; }

    // Fault injection while running, from any thread (see SandboxFaults).
    void setFaults(const SandboxFaults &faults);
    // The next `count` API requests are handled (a change is applied) and their answer is lost.
    void dropNextAnswers(int count);
    [[nodiscard]] SandboxStats stats() const;

private:
    QThread m_thread;
    std::shared_ptr<SandboxStore> m_store;
    SandboxServer *m_server = nullptr; // lives on m_thread
    QString m_secretKey;
    QHostAddress m_host;
    quint16 m_port = 0;
};

} // namespace PhoneDesk

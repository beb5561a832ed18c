// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxfaults.h"
#include "sandboxreply.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace PhoneDesk {

class SandboxStore;

// The sandbox on the wire: a QHttpServer that answers Clerk's Backend API under /v1 from a
// SandboxStore. Every request goes through one handler, so that the key check and the error
// shape are the same for every path, known or not.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultSecretKey = "sk_test_phonedesk_demo";

    SandboxServer(std::shared_ptr<SandboxStore> store, QString secretKey, QObject *parent = nullptr);
    ~SandboxServer() override;

    // The port listened on, or 0 when the address could not be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const { return m_port; }

    // Faults can change while serving; they apply to /v1 requests only.
    void setFaults(const SandboxFaults &faults);
    void dropNextAnswers(int count);
    [[nodiscard]] SandboxStats stats() const;

    // Form-decodes a raw query string: '+' is a space, %XX is a byte, repeated keys are kept.
    [[nodiscard]] static QueryItems decodeQuery(const QByteArray &encodedQuery);

private:
    [[nodiscard]] SandboxReply answerWithFaults(const QHttpServerRequest &request, const SandboxFaultInjector::Plan &plan);
    // How long the answer waits: the planned latency and the cost of the rows an offset skipped.
    [[nodiscard]] static int answerDelayMs(const SandboxFaultInjector::Plan &plan, const SandboxReply &reply);
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);
    // The answer to a request without a valid key or outside /v1, if it is one.
    [[nodiscard]] std::optional<SandboxReply> refusal(const QHttpServerRequest &request);
    [[nodiscard]] SandboxReply route(const QHttpServerRequest &request, const QStringList &path);
    [[nodiscard]] SandboxReply methodNotAllowed();

    std::shared_ptr<SandboxStore> m_store;
    QString m_secretKey;
    SandboxFaultInjector m_faults;
    QHttpServer *m_http; // a child, so that it moves to the thread the server is moved to
    quint16 m_port = 0;
};

} // namespace PhoneDesk

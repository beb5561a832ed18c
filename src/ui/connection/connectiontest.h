// SPDX-License-Identifier: MIT
#pragma once

#include "api/clerkclient.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

struct ApiError;

// "Test connection" of the connection dialog: one GET /users/count with a URL and key that are
// not in use yet, and its outcome in words: the number of users, a rejected key (naming the
// profile), no network, host not found, timeout, a TLS problem, or plain http refused before
// any connection. The workspace's own connection is not touched.
class ConnectionTest : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // What the last test found, one or two sentences; empty before the first.
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    // "ok", "key" (rejected key), "network", "tls", "refused" (not sent), "answer" (the server
    // answered, but with an error or not as Clerk does), or "" before the first test.
    Q_PROPERTY(QString kind READ kind NOTIFY outcomeChanged)
    // Users of the instance when the test succeeded; -1 otherwise.
    Q_PROPERTY(qint64 userCount READ userCount NOTIFY outcomeChanged)

public:
    static constexpr int kTimeoutMs = 15000;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] qint64 userCount() const { return m_userCount; }

    // Asks `apiUrl` for its user count with `secretKey`; `profileName` is named when the key is
    // rejected. Refused while a test runs.
    Q_INVOKABLE void testConnection(const QString &apiUrl, const QString &secretKey, const QString &profileName = {});
    // Forgets the outcome, e.g. when the URL or key changed since.
    Q_INVOKABLE void clear();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void runningChanged();
    void outcomeChanged();
    void finished();

private:
    void finish(const QString &kind, const QString &outcome, qint64 users = -1);
    [[nodiscard]] static QString describe(const ApiError &error, const QString &host, const QString &profileName,
                                          QString *kind);

    ClerkClient m_client;
    PendingCall m_pending;
    bool m_running = false; // from the call until its answer
    QString m_outcome;
    QString m_kind;
    qint64 m_userCount = -1;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "connectiontest.h"

#include "api/apierror.h"
#include "api/transportpolicy.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace PhoneDesk {

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_client.setTransferTimeout(kTimeoutMs);
    // The agent waits on the answer: a failure that may pass is tried again only briefly.
    m_client.setRetryBudget(kTimeoutMs);
}

ConnectionTest::~ConnectionTest()
{
    m_pending.abort();
}

void ConnectionTest::testConnection(const QString &apiUrl, const QString &secretKey, const QString &profileName)
{
    if (running())
        return;
    const QUrl url(apiUrl.trimmed(), QUrl::StrictMode);
    // Decided here as well as in the client, so that the outcome says why nothing was sent.
    if (const QString problem = TransportPolicy::problemWith(url); !problem.isEmpty()) {
        finish(QStringLiteral("refused"), tr("Not sent: %1.").arg(problem));
        return;
    }
    if (secretKey.trimmed().isEmpty()) {
        finish(QStringLiteral("refused"), tr("Not sent: paste the instance's secret key first."));
        return;
    }
    m_client.setBaseUrl(url);
    m_client.setSecretKey(secretKey);
    m_client.setConnectionName(profileName);
    m_running = true;
    const QString host = url.host();
    m_pending = m_client.countUsers(UserListQuery(), this, [this, host, profileName](const ApiResult<qint64> &result) {
        m_pending = PendingCall();
        // The key is not kept once the test is over.
        m_client.setSecretKey(QString());
        if (result.ok()) {
            const qint64 users = result.value();
            //: %1 is the instance's host; the count is its users
            finish(QStringLiteral("ok"), tr("Connected to %1: %Ln user(s).", nullptr, int(std::min<qint64>(users, INT_MAX))).arg(host),
                   users);
            return;
        }
        if (result.error().transport == ApiError::Transport::Cancelled) {
            finish(QString(), QString());
            return;
        }
        QString kind;
        const QString text = describe(result.error(), host, profileName, &kind);
        finish(kind, text);
    });
    Q_EMIT runningChanged();
}

QString ConnectionTest::describe(const ApiError &error, const QString &host, const QString &profileName, QString *kind)
{
    *kind = QStringLiteral("network");
    switch (error.transport) {
    case ApiError::Transport::None:
        break;
    case ApiError::Transport::HostNotFound:
        return tr("Host not found: %1 could not be resolved. Check the API URL and the network.").arg(host);
    case ApiError::Transport::ConnectionRefused:
        return tr("No connection: %1 refused it. Check the API URL and that the server runs.").arg(host);
    case ApiError::Transport::Timeout:
        return tr("Timeout: %1 did not answer within %Ln second(s).", nullptr, kTimeoutMs / 1000).arg(host);
    case ApiError::Transport::Network:
        return tr("No network connection to %1 (%2).").arg(host, error.detail);
    case ApiError::Transport::Tls:
        *kind = QStringLiteral("tls");
        return tr("TLS problem: the secure connection to %1 could not be established (%2). "
                  "PhoneDesk does not connect to a server it cannot verify.")
            .arg(host, error.detail);
    case ApiError::Transport::Refused:
        *kind = QStringLiteral("refused");
        return tr("Not sent: %1.").arg(error.detail);
    case ApiError::Transport::UnreadableAnswer:
    case ApiError::Transport::Cancelled:
        *kind = QStringLiteral("answer");
        return tr("%1 answered, but not as Clerk's Backend API does (%2). Check the API URL.")
            .arg(host, error.detail);
    }
    if (error.httpStatus == 401 || error.httpStatus == 403) {
        *kind = QStringLiteral("key");
        const QString status = QString::number(error.httpStatus);
        if (profileName.isEmpty())
            return tr("Wrong key: Clerk did not accept this key (HTTP %1). It may be mistyped, revoked, or the key of "
                      "another instance.")
                .arg(status);
        //: %1 is the profile's name, %2 the HTTP status
        return tr("Wrong key: Clerk did not accept the key of “%1” (HTTP %2). It may be mistyped, revoked, or the key "
                  "of another instance.")
            .arg(profileName, status);
    }
    *kind = QStringLiteral("answer");
    QString text = tr("%1 answered with an error: %2").arg(host, error.message());
    if (!error.traceId.isEmpty())
        text += QLatin1Char(' ') + tr("(trace id %1)").arg(error.traceId);
    return text;
}

void ConnectionTest::finish(const QString &kind, const QString &outcome, qint64 users)
{
    const bool wasRunning = m_running;
    m_running = false;
    m_kind = kind;
    m_outcome = outcome;
    m_userCount = users;
    Q_EMIT outcomeChanged();
    if (wasRunning)
        Q_EMIT runningChanged();
    Q_EMIT finished();
}

void ConnectionTest::clear()
{
    if (running() || m_outcome.isEmpty())
        return;
    finish(QString(), QString());
}

void ConnectionTest::cancel()
{
    m_pending.abort();
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// ClerkClient's machinery: its settings, how a request is sent and how a call runs through its
// attempts. The requests are defined in clerkclientrequests.cpp, the calls in clerkclientcalls.cpp.
#include "clerkclient.h"

#include "oneshotbody.h"
#include "transportpolicy.h"

#include "phonedesk_version.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

// Debug output is off unless QT_LOGGING_RULES asks for it; it never holds the key.
Q_LOGGING_CATEGORY(lcApi, "phonedesk.api", QtInfoMsg)

namespace PhoneDesk {

void PendingCall::abort()
{
    if (m_call)
        m_call->abort();
}

bool PendingCall::isRunning() const
{
    return m_call && m_call->isRunning();
}

ClerkClient::ClerkClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_pacer(new RequestPacer(this))
    , m_baseUrl(defaultBaseUrl())
{
    // Redirects are not part of the Backend API; following one could leak the key elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ClerkClient::~ClerkClient() = default;

QUrl ClerkClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clerk.com/v1"));
}

void ClerkClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ClerkClient::setSecretKey(const QString &key)
{
    m_secretKey = key.trimmed();
    if (!m_rateLimitOverride)
        m_pacer->setLimit(RequestPacer::limitForKey(m_secretKey));
}

void ClerkClient::setRateLimit(int requestsPer10s)
{
    m_rateLimitOverride = std::max(0, requestsPer10s);
    m_pacer->setLimit(*m_rateLimitOverride);
}

void ClerkClient::clearRateLimit()
{
    m_rateLimitOverride.reset();
    m_pacer->setLimit(RequestPacer::limitForKey(m_secretKey));
}

void ClerkClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

QByteArray ClerkClient::userAgent()
{
    return QByteArrayLiteral("PhoneDesk/") + PHONEDESK_VERSION;
}

QUrl ClerkClient::urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    // Encoded by hand: QUrlQuery would leave '+' bare, and a server reads a bare '+' as a space.
    QStringList pairs;
    pairs.reserve(query.size());
    for (const auto &[key, value] : query)
        pairs.append(encodeSegment(key) + QLatin1Char('=') + encodeSegment(value));
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QString ClerkClient::readOnlyRefusal(ApiError::Words words) const
{
    if (m_connectionName.isEmpty())
        return ApiError::inWords("ClerkClient",
                                 QT_TRANSLATE_NOOP("ClerkClient", "This connection is read-only: changes are switched off"), words);
    return ApiError::inWords(
               "ClerkClient",
               QT_TRANSLATE_NOOP("ClerkClient", "This connection is read-only: changes are switched off for profile “%1”"), words)
        .arg(m_connectionName);
}

QNetworkReply *ClerkClient::send(const Request &request, int transferTimeoutMs)
{
    const QUrl url = urlFor(request.path, request.query);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    r.setRawHeader("Clerk-API-Version", kApiVersion);
    r.setRawHeader("User-Agent", userAgent());
    r.setRawHeader("Accept", "application/json");
    r.setTransferTimeout(transferTimeoutMs);
    // The URL holds no key, by construction (the key travels in a header only).
    qCDebug(lcApi).noquote() << "request" << QString::fromLatin1(request.verb) << url.toDisplayString(QUrl::RemoveUserInfo);
    if (RetryPolicy::isRead(request.verb))
        return m_network->sendCustomRequest(r, request.verb);
    // A write goes out exactly once per attempt: it always travels with a body device that cannot
    // be rewound (OneShotBody), so Qt cannot send it again by itself after a dropped connection,
    // whether the connection was new or kept alive. The body is exactly what the operation
    // declares: its JSON, or nothing at all (no Content-Type, "Content-Length: 0") for the
    // operations without a request body (DELETE /phone_numbers/{id}, POST .../prepare_verification,
    // DELETE /users/{id}/mfa, POST /users/{id}/unlock, POST /sessions/{id}/revoke, …).
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(request.body);
    QNetworkReply *reply = m_network->sendCustomRequest(r, request.verb, device);
    device->setParent(reply);
    return reply;
}

PendingCall ClerkClient::start(const Request &request, QObject *context, std::function<QString(const QByteArray &)> take,
                               std::function<void(const ApiError *)> deliver)
{
    const QString label = request.label();
    // A refusal is answered later, like any other call, so callers never see a re-entrant callback.
    // Its reason is kept in English (journals, the command line) and in the window's language.
    const auto refuse = [&](const QString &problem, const QString &translated) {
        QMetaObject::invokeMethod(context, [label, deliver, problem, translated] {
            ApiError error = ApiError::fromTransport(label, ApiError::Transport::Refused, problem);
            error.translatedDetail = translated;
            deliver(&error);
        }, Qt::QueuedConnection);
        return PendingCall();
    };
    using Words = ApiError::Words;
    if (m_secretKey.isEmpty()) {
        const char *noKey = QT_TRANSLATE_NOOP("ClerkClient", "no secret key is configured");
        return refuse(ApiError::inWords("ClerkClient", noKey, Words::English),
                      ApiError::inWords("ClerkClient", noKey, Words::Translated));
    }
    // The one place every request passes: a read-only connection cannot change anything, even
    // through a dialog or command that forgot to check.
    if (m_readOnly && request.verb != "GET")
        return refuse(readOnlyRefusal(Words::English), readOnlyRefusal(Words::Translated));
    // Checked on every call, so that no caller can send the key over plain http to another host.
    if (const QString problem = TransportPolicy::problemWith(m_baseUrl); !problem.isEmpty())
        return refuse(problem, TransportPolicy::problemWith(m_baseUrl, Words::Translated));
    QPointer<QObject> guard(context);
    QPointer<ClerkClient> self(this);
    auto finish = [guard, self, label, name = m_connectionName, deliver = std::move(deliver)](const ApiError *error) {
        if (!guard)
            return; // the asker is gone: nobody to answer
        if (!error) {
            if (self)
                Q_EMIT self->answered();
            deliver(nullptr);
            return;
        }
        ApiError failure = *error;
        failure.connectionName = name;
        qCDebug(lcApi) << "failed" << label << failure.httpStatus << failure.code();
        deliver(&failure);
    };
    auto *run = new RetryingCall(label, RetryPolicy::isRead(request.verb), m_pacer,
                                 [this, request](int timeoutMs) { return send(request, timeoutMs); }, std::move(take),
                                 std::move(finish), this);
    run->setBudget(m_retryBudgetMs);
    run->setTransferTimeout(m_transferTimeoutMs);
    connect(run, &RetryingCall::retrying, this, &ClerkClient::retrying);
    // An asker that goes away takes its call with it, whatever step the call is in.
    connect(context, &QObject::destroyed, run, [run] { delete run; });
    run->start();
    return PendingCall(run);
}

} // namespace PhoneDesk

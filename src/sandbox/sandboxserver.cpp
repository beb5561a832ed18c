// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "sandboxstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <limits>
#include <mutex>

namespace PhoneDesk {

namespace {
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

// QHttpServer's debug output prints each request with its headers, the Authorization header
// and its secret key among them: that output stays off, whatever QT_LOGGING_RULES asks for.
void keepRequestHeadersOutOfLogs(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

void muteRequestLogging()
{
    static std::once_flag once;
    std::call_once(once, [] { s_previousFilter = QLoggingCategory::installFilter(keepRequestHeadersOutOfLogs); });
}

using Method = QHttpServerRequest::Method;

// Outside /v1, so that no Clerk path can collide with it.
constexpr const char *kStatsPath = "/_sandbox/stats";
} // namespace

SandboxServer::SandboxServer(std::shared_ptr<SandboxStore> store, QString secretKey, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secretKey(std::move(secretKey))
    , m_http(new QHttpServer(this))
{
    muteRequestLogging();
    // No routes are registered: the missing-route handler is the single entry point.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.url().path() == QLatin1StringView(kStatsPath)) {
            write(responder, request.method() == Method::Get ? SandboxReply::json(m_faults.stats().toJson()) : methodNotAllowed());
            return;
        }
        // A refused key or a path outside the API is answered plainly: faults model a loaded
        // server, and Clerk checks the key before anything else.
        if (std::optional<SandboxReply> refused = refusal(request)) {
            write(responder, *refused);
            return;
        }
        const SandboxFaultInjector::Plan plan = m_faults.plan(request.value(QByteArrayLiteral("Authorization")));
        SandboxReply reply = answerWithFaults(request, plan);
        const int delayMs = answerDelayMs(plan, reply);
        if (delayMs <= 0 && !plan.dropAnswer) {
            write(responder, reply);
            return;
        }
        // Delayed or dropped answers leave the handler at once, so that other requests are served
        // meanwhile, as a real server's would be. The reply is already computed: a change is applied
        // before its answer is held back or lost, which is what makes a lost answer dangerous.
        // A precise timer: a coarse one may fire early, and a delay is a promised minimum.
        QPointer<QTcpSocket> socket = responder.socket();
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [socket, held, reply = std::move(reply), drop = plan.dropAnswer] {
            if (!socket || !socket->isOpen())
                return; // the client gave up waiting
            if (drop)
                socket->disconnectFromHost();
            else
                write(*held, reply);
        });
    });
}

SandboxReply SandboxServer::answerWithFaults(const QHttpServerRequest &request, const SandboxFaultInjector::Plan &plan)
{
    if (plan.rateLimitedRetryAfter) {
        SandboxReply reply = m_store->error(429, QStringLiteral("too_many_requests"), QStringLiteral("Too many requests"),
                                            QStringLiteral("You have exceeded the rate limit for this key. Try again in %1 s.")
                                                .arg(*plan.rateLimitedRetryAfter));
        reply.retryAfterSeconds = plan.rateLimitedRetryAfter;
        return reply;
    }
    if (plan.serverErrorStatus == 503)
        return m_store->error(503, QStringLiteral("service_unavailable"), QStringLiteral("Service unavailable"),
                              QStringLiteral("The service is temporarily unavailable. Please try again."));
    if (plan.serverErrorStatus != 0)
        return m_store->error(plan.serverErrorStatus, QStringLiteral("internal_clerk_error"),
                              QStringLiteral("Oops, an unexpected error occurred"),
                              QStringLiteral("There was an internal error on our servers. We've been notified and are working on fixing it."));
    QStringList path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    path.removeFirst(); // "v1", checked by refusal()
    SandboxReply reply = route(request, path);
    if (reply.skippedRows > 0)
        m_faults.countOffsetPage(reply.skippedRows);
    if (plan.malformAnswer && reply.status == 200)
        reply.body = m_faults.malformed(reply.body);
    return reply;
}

int SandboxServer::answerDelayMs(const SandboxFaultInjector::Plan &plan, const SandboxReply &reply)
{
    // Microseconds summed, then rounded up to the timer's milliseconds, so that the wait is never
    // shorter than the cost.
    const qint64 delayUs = qint64(std::max(0, plan.latencyMs)) * 1000 + reply.skippedRows * std::max(0, plan.offsetCostUs);
    return static_cast<int>(std::min<qint64>((delayUs + 999) / 1000, std::numeric_limits<int>::max()));
}

void SandboxServer::write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    if (!reply.traceId.isEmpty())
        response.addHeader(QByteArrayLiteral("X-Clerk-Trace-Id"), reply.traceId.toLatin1());
    if (reply.retryAfterSeconds)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*reply.retryAfterSeconds));
    response.write(std::move(responder));
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_faults.setFaults(faults);
}

void SandboxServer::dropNextAnswers(int count)
{
    m_faults.dropNextAnswers(count);
}

SandboxStats SandboxServer::stats() const
{
    return m_faults.stats();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    return m_port;
}

QueryItems SandboxServer::decodeQuery(const QByteArray &encodedQuery)
{
    QueryItems items;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

std::optional<SandboxReply> SandboxServer::refusal(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return m_store->error(401, QStringLiteral("authentication_invalid"), QStringLiteral("Invalid authentication"),
                              QStringLiteral("Unable to authenticate the request, you need to supply an active API key"));
    if (QString::fromUtf8(authorization.mid(7)) != m_secretKey)
        return m_store->error(401, QStringLiteral("clerk_key_invalid"),
                              QStringLiteral("The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct."),
                              QStringLiteral("The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct."));
    if (!request.url().path().startsWith(QLatin1StringView("/v1/")))
        return m_store->error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                              QStringLiteral("There is no API at this path; the Backend API lives under /v1"));
    return std::nullopt;
}

SandboxReply SandboxServer::methodNotAllowed()
{
    return m_store->error(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed"),
                          QStringLiteral("This method is not supported on this path"));
}

SandboxReply SandboxServer::route(const QHttpServerRequest &request, const QStringList &path)
{
    const Method method = request.method();
    SandboxStore &store = *m_store;
    const qsizetype depth = path.size();
    const QString resource = depth > 0 ? path.at(0) : QString();
    const QString id = depth > 1 ? path.at(1) : QString();
    const QString action = depth > 2 ? path.at(2) : QString();

    if (resource == QLatin1StringView("users")) {
        if (depth == 1)
            return method == Method::Get ? store.listUsers(decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1()))
                                         : methodNotAllowed();
        if (depth == 2 && id == QLatin1StringView("count"))
            return method == Method::Get ? store.countUsers(decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1()))
                                         : methodNotAllowed();
        if (depth == 2)
            return method == Method::Get ? store.getUser(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("phone_number"))
            return method == Method::Put ? store.replaceUserPhoneNumber(id, request.body()) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("mfa"))
            return method == Method::Delete ? store.disableMfa(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("totp"))
            return method == Method::Delete ? store.deleteTotp(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("backup_code"))
            return method == Method::Delete ? store.deleteBackupCodes(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("lock"))
            return method == Method::Post ? store.lockUser(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("unlock"))
            return method == Method::Post ? store.unlockUser(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("ban"))
            return method == Method::Post ? store.banUser(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("unban"))
            return method == Method::Post ? store.unbanUser(id) : methodNotAllowed();
    } else if (resource == QLatin1StringView("sessions")) {
        if (depth == 1)
            return method == Method::Get ? store.listSessions(decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1()))
                                         : methodNotAllowed();
        if (depth == 2)
            return method == Method::Get ? store.getSession(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("revoke"))
            return method == Method::Post ? store.revokeSession(id) : methodNotAllowed();
    } else if (resource == QLatin1StringView("instance")) {
        if (depth == 2 && id == QLatin1StringView("communication")) {
            switch (method) {
            case Method::Get: return store.getCommunication();
            case Method::Patch: return store.updateCommunication(request.body());
            default: return methodNotAllowed();
            }
        }
    } else if (resource == QLatin1StringView("phone_numbers")) {
        if (depth == 1)
            return method == Method::Post ? store.createPhoneNumber(request.body()) : methodNotAllowed();
        if (depth == 2) {
            switch (method) {
            case Method::Get: return store.getPhoneNumber(id);
            case Method::Patch: return store.updatePhoneNumber(id, request.body());
            case Method::Delete: return store.deletePhoneNumber(id);
            default: return methodNotAllowed();
            }
        }
        if (depth == 3 && action == QLatin1StringView("prepare_verification"))
            return method == Method::Post ? store.prepareVerification(id) : methodNotAllowed();
        if (depth == 3 && action == QLatin1StringView("attempt_verification"))
            return method == Method::Post ? store.attemptVerification(id, request.body()) : methodNotAllowed();
    }
    return store.error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                       QStringLiteral("The sandbox does not serve %1").arg(request.url().path()));
}

} // namespace PhoneDesk

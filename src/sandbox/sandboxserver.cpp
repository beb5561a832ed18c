// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "sandboxstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QUrl>

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
        const SandboxReply reply = handle(request);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                     static_cast<QHttpServerResponse::StatusCode>(reply.status));
        if (!reply.traceId.isEmpty())
            response.addHeader(QByteArrayLiteral("X-Clerk-Trace-Id"), reply.traceId.toLatin1());
        if (reply.retryAfterSeconds)
            response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*reply.retryAfterSeconds));
        response.write(std::move(responder));
    });
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

SandboxReply SandboxServer::handle(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return m_store->error(401, QStringLiteral("authentication_invalid"), QStringLiteral("Invalid authentication"),
                              QStringLiteral("Unable to authenticate the request, you need to supply an active API key"));
    if (QString::fromUtf8(authorization.mid(7)) != m_secretKey)
        return m_store->error(401, QStringLiteral("clerk_key_invalid"),
                              QStringLiteral("The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct."),
                              QStringLiteral("The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct."));

    QStringList path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path.isEmpty() || path.takeFirst() != QLatin1StringView("v1"))
        return m_store->error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                              QStringLiteral("There is no API at this path; the Backend API lives under /v1"));
    return route(request, path);
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

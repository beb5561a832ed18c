// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace PhoneDesk {

namespace {
// Retry-After is either delta-seconds or an HTTP date (RFC 9110).
std::optional<int> parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds < 0 ? 0 : seconds;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).remove(QLatin1StringView(" GMT")),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    // A date more than 68 years away is more seconds than an int holds: wait as long as an int says, no
    // less (a plain cast would wrap it to a negative wait).
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return static_cast<int>(std::clamp<qint64>(delta, 0, std::numeric_limits<int>::max()));
}

QString statusPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("the request was not accepted");
    case 401: return QStringLiteral("the secret key was not accepted");
    case 403: return QStringLiteral("the secret key may not do this");
    case 404: return QStringLiteral("not found");
    case 422: return QStringLiteral("invalid parameters");
    case 429: return QStringLiteral("too many requests");
    default: break;
    }
    if (status >= 500)
        return QStringLiteral("the server failed");
    return QStringLiteral("unexpected answer");
}
} // namespace

ApiError ApiError::fromHttp(QString request, int status, const QByteArray &body, const QByteArray &traceHeader,
                            const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.request = std::move(request);
    e.httpStatus = status;
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
    e.traceId = QString::fromLatin1(traceHeader);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("clerk_trace_id")).isString())
        e.traceId = root.value(QLatin1StringView("clerk_trace_id")).toString();
    for (const QJsonValue &item : root.value(QLatin1StringView("errors")).toArray()) {
        const QJsonObject o = item.toObject();
        ClerkErrorEntry entry;
        entry.code = o.value(QLatin1StringView("code")).toString();
        entry.message = o.value(QLatin1StringView("message")).toString();
        entry.longMessage = o.value(QLatin1StringView("long_message")).toString();
        entry.meta = o.value(QLatin1StringView("meta")).toObject();
        entry.paramName = entry.meta.value(QLatin1StringView("param_name")).toString();
        e.errors.append(entry);
    }
    if (e.errors.isEmpty() && !body.isEmpty())
        e.detail = QString::fromUtf8(body.left(200)).simplified();
    return e;
}

ApiError ApiError::fromTransport(QString request, Transport transport, QString detail)
{
    ApiError e;
    e.request = std::move(request);
    e.transport = transport;
    e.detail = std::move(detail);
    return e;
}

ApiError::Transport ApiError::transportFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return Transport::Timeout;
    case QNetworkReply::ConnectionRefusedError:
        return Transport::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Transport::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return Transport::Tls;
    case QNetworkReply::OperationCanceledError:
        return Transport::Cancelled;
    default:
        return Transport::Network;
    }
}

QString ApiError::paramName() const
{
    for (const ClerkErrorEntry &entry : errors) {
        if (!entry.paramName.isEmpty())
            return entry.paramName;
    }
    return {};
}

QString ApiError::message() const
{
    QString text = firstAttemptMessage();
    if (gaveUp)
        text = QStringLiteral("%1 (gave up after %2 attempts in %3 s)")
                   .arg(text)
                   .arg(attempts)
                   .arg(QString::number(double(spentMs) / 1000.0, 'f', 1));
    if (!outcome.isEmpty())
        text += QStringLiteral("; ") + outcome;
    return text;
}

QString ApiError::firstAttemptMessage() const
{
    if (isTransport()) {
        // The client's own account of an unreadable answer already reads as a sentence.
        if (transport == Transport::UnreadableAnswer && detail.startsWith(QLatin1StringView("answered with ")))
            return QStringLiteral("%1 %2").arg(request, detail);
        const QString what = transportName(transport);
        return detail.isEmpty() ? QStringLiteral("%1: %2").arg(request, what)
                                : QStringLiteral("%1: %2 (%3)").arg(request, what, detail);
    }
    QStringList parts;
    for (const ClerkErrorEntry &entry : errors)
        parts.append(entry.longMessage.isEmpty() ? entry.message : entry.longMessage);
    parts.removeAll(QString());
    const QString text = parts.isEmpty() ? (detail.isEmpty() ? statusPhrase(httpStatus) : detail)
                                         : parts.join(QLatin1Char(' '));
    const QString answer = QStringLiteral("%1 failed with HTTP %2: %3").arg(request).arg(httpStatus).arg(text);
    if (isKeyRejected() && !connectionName.isEmpty())
        return QStringLiteral("Clerk did not accept the secret key of \u201c%1\u201d (wrong or revoked key); %2")
            .arg(connectionName, answer);
    return answer;
}

QString ApiError::transportName(Transport transport)
{
    switch (transport) {
    case Transport::None: return QString();
    case Transport::Timeout: return QStringLiteral("no answer in time");
    case Transport::ConnectionRefused: return QStringLiteral("the server refused the connection");
    case Transport::HostNotFound: return QStringLiteral("the server's name could not be resolved");
    case Transport::Tls: return QStringLiteral("the secure connection could not be established");
    case Transport::Network: return QStringLiteral("network failure");
    case Transport::Cancelled: return QStringLiteral("cancelled");
    case Transport::UnreadableAnswer: return QStringLiteral("the answer could not be read");
    case Transport::Refused: return QStringLiteral("not sent");
    }
    return QString();
}

QString ApiError::describe() const
{
    QString text = message();
    // Clerk's error code, for scripts and for searching Clerk's documentation.
    if (!isTransport() && !code().isEmpty())
        text += QStringLiteral(" [%1]").arg(code());
    if (!traceId.isEmpty())
        text += QStringLiteral(" (clerk trace id %1)").arg(traceId);
    return text;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
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

using Words = ApiError::Words;

QString say(const char *phrase, Words words)
{
    return ApiError::inWords("ApiError", phrase, words);
}

QString statusPhrase(int status, Words words)
{
    switch (status) {
    case 400: return say(QT_TRANSLATE_NOOP("ApiError", "the request was not accepted"), words);
    case 401: return say(QT_TRANSLATE_NOOP("ApiError", "the secret key was not accepted"), words);
    case 403: return say(QT_TRANSLATE_NOOP("ApiError", "the secret key may not do this"), words);
    case 404: return say(QT_TRANSLATE_NOOP("ApiError", "not found"), words);
    case 422: return say(QT_TRANSLATE_NOOP("ApiError", "invalid parameters"), words);
    case 429: return say(QT_TRANSLATE_NOOP("ApiError", "too many requests"), words);
    default: break;
    }
    if (status >= 500)
        return say(QT_TRANSLATE_NOOP("ApiError", "the server failed"), words);
    return say(QT_TRANSLATE_NOOP("ApiError", "unexpected answer"), words);
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

QString ApiError::inWords(const char *context, const char *phrase, Words words)
{
    return words == Words::Translated ? QCoreApplication::translate(context, phrase) : QString::fromUtf8(phrase);
}

ApiError ApiError::fromOwnWords(QString request, Transport transport, const char *phrase, const QString &value)
{
    QString english = inWords("ApiError", phrase, Words::English);
    QString translated = inWords("ApiError", phrase, Words::Translated);
    if (!value.isNull()) {
        english = english.arg(value);
        translated = translated.arg(value);
    }
    ApiError e = fromTransport(std::move(request), transport, std::move(english));
    e.translatedDetail = std::move(translated);
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

QString ApiError::message(Words words) const
{
    QString text = firstAttemptMessage(words);
    const double seconds = double(spentMs) / 1000.0;
    if (gaveUp && words == Words::English)
        text = QStringLiteral("%1 (gave up after %2 attempts in %3 s)")
                   .arg(text)
                   .arg(attempts)
                   .arg(QString::number(seconds, 'f', 1));
    else if (gaveUp)
        text = QCoreApplication::translate("ApiError", "%1 (gave up after %n attempt(s) in %2 s)", nullptr, attempts)
                   .arg(text, QLocale().toString(seconds, 'f', 1));
    // What a read found out afterwards is the operation's account, in English.
    if (!outcome.isEmpty())
        text += QStringLiteral("; ") + outcome;
    return text;
}

QString ApiError::firstAttemptMessage(Words words) const
{
    if (isTransport()) {
        // The client's own account of an unreadable answer already reads as a sentence.
        if (transport == Transport::UnreadableAnswer && detail.startsWith(QLatin1StringView("answered with ")))
            return QStringLiteral("%1 %2").arg(request, detail);
        const QString what = transportName(transport, words);
        const QString shownDetail = words == Words::Translated && !translatedDetail.isEmpty() ? translatedDetail : detail;
        return shownDetail.isEmpty() ? QStringLiteral("%1: %2").arg(request, what)
                                     : QStringLiteral("%1: %2 (%3)").arg(request, what, shownDetail);
    }
    QStringList parts;
    for (const ClerkErrorEntry &entry : errors)
        parts.append(entry.longMessage.isEmpty() ? entry.message : entry.longMessage);
    parts.removeAll(QString());
    const QString text = parts.isEmpty() ? (detail.isEmpty() ? statusPhrase(httpStatus, words) : detail)
                                         : parts.join(QLatin1Char(' '));
    if (words == Words::English) {
        const QString answer = QStringLiteral("%1 failed with HTTP %2: %3").arg(request).arg(httpStatus).arg(text);
        if (isKeyRejected() && !connectionName.isEmpty())
            return QStringLiteral("Clerk did not accept the secret key of \u201c%1\u201d (wrong or revoked key); %2")
                .arg(connectionName, answer);
        return answer;
    }
    const QString answer = QCoreApplication::translate("ApiError", "%1 failed with HTTP %2: %3")
                               .arg(request, QString::number(httpStatus), text);
    if (isKeyRejected() && !connectionName.isEmpty())
        return QCoreApplication::translate("ApiError",
                                           "Clerk did not accept the secret key of “%1” (wrong or revoked key); %2")
            .arg(connectionName, answer);
    return answer;
}

QString ApiError::transportName(Transport transport, Words words)
{
    switch (transport) {
    case Transport::None: return QString();
    case Transport::Timeout: return say(QT_TRANSLATE_NOOP("ApiError", "no answer in time"), words);
    case Transport::ConnectionRefused: return say(QT_TRANSLATE_NOOP("ApiError", "the server refused the connection"), words);
    case Transport::HostNotFound: return say(QT_TRANSLATE_NOOP("ApiError", "the server's name could not be resolved"), words);
    case Transport::Tls: return say(QT_TRANSLATE_NOOP("ApiError", "the secure connection could not be established"), words);
    case Transport::Network: return say(QT_TRANSLATE_NOOP("ApiError", "network failure"), words);
    case Transport::Cancelled: return say(QT_TRANSLATE_NOOP("ApiError", "cancelled"), words);
    case Transport::UnreadableAnswer: return say(QT_TRANSLATE_NOOP("ApiError", "the answer could not be read"), words);
    case Transport::Refused: return say(QT_TRANSLATE_NOOP("ApiError", "not sent"), words);
    }
    return QString();
}

QString ApiError::describe(Words words) const
{
    QString text = message(words);
    // Clerk's error code, for scripts and for searching Clerk's documentation.
    if (!isTransport() && !code().isEmpty())
        text += QStringLiteral(" [%1]").arg(code());
    if (!traceId.isEmpty())
        text += say(QT_TRANSLATE_NOOP("ApiError", " (clerk trace id %1)"), words).arg(traceId);
    return text;
}

} // namespace PhoneDesk

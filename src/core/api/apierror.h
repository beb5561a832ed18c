// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace PhoneDesk {

// One entry of Clerk's `errors` array.
struct ClerkErrorEntry
{
    QString code;        // e.g. "form_identifier_exists"
    QString message;     // short, for a person
    QString longMessage; // the full sentence
    QString paramName;   // meta.param_name: the form field it concerns, if any
    QJsonObject meta;
};

// Every way a call to the Backend API can fail, in one value: an HTTP error answer in
// Clerk's ClerkErrors shape, or a transport failure (no answer, or an unreadable one).
struct ApiError
{
    enum class Transport {
        None,             // the server answered with an HTTP error status
        Timeout,          // no progress within the transfer timeout
        ConnectionRefused,
        HostNotFound,
        Tls,              // certificate or handshake problem; never ignored
        Network,          // any other network failure, including a dropped connection
        Cancelled,        // abandoned by PhoneDesk itself
        UnreadableAnswer, // a 2xx whose body is not what the API documents
        Refused,          // not sent at all, e.g. no secret key configured
    };

    // The words of a text for a person: English, as journals and the command line keep them, or
    // the window's language (the installed translation; English where there is none).
    enum class Words { English, Translated };

    QString request; // "GET /users", to name what failed
    int httpStatus = 0;
    QList<ClerkErrorEntry> errors;
    QString traceId;
    std::optional<int> retryAfterSeconds;
    Transport transport = Transport::None;
    QString detail; // transport or parse details, in English
    // detail in the window's language, when it is PhoneDesk's own sentence (fromOwnWords); empty: as detail.
    QString translatedDetail;
    // The connection (profile) whose key was sent: a rejected key is then named, not a bare 401.
    QString connectionName;
    // Attempts made; the client gave up after retrying a failure that may pass (5xx, 429, a
    // dropped or refused connection, no answer in time, an unreadable answer) for spentMs.
    int attempts = 1;
    bool gaveUp = false;
    qint64 spentMs = 0;
    // For a write whose outcome was unknown: what a read found afterwards, in words.
    QString outcome;

    // From an HTTP error answer; a body that is not ClerkErrors still yields a usable error.
    [[nodiscard]] static ApiError fromHttp(QString request, int status, const QByteArray &body,
                                           const QByteArray &traceHeader, const QByteArray &retryAfterHeader);
    [[nodiscard]] static ApiError fromTransport(QString request, Transport transport, QString detail);
    // A transport failure that PhoneDesk words itself: `phrase` is marked with
    // QT_TRANSLATE_NOOP("ApiError", …), its %1 filled with `value` when there is one. The detail
    // stays English; the window shows it translated.
    [[nodiscard]] static ApiError fromOwnWords(QString request, Transport transport, const char *phrase,
                                               const QString &value = QString());
    [[nodiscard]] static Transport transportFor(QNetworkReply::NetworkError error);

    [[nodiscard]] bool isTransport() const { return transport != Transport::None; }
    [[nodiscard]] QString code() const { return errors.isEmpty() ? QString() : errors.first().code; }
    [[nodiscard]] QString paramName() const;
    // Clerk did not accept the secret key: wrong, revoked, or of another instance.
    [[nodiscard]] bool isKeyRejected() const { return !isTransport() && httpStatus == 401; }
    // One sentence for a person: Clerk's long message when there is one. Clerk's own words stay
    // as Clerk sent them in either language.
    [[nodiscard]] QString message(Words words = Words::English) const;
    // The error for a person, on one line: message(), Clerk's error code and trace id when there are.
    [[nodiscard]] QString describe(Words words = Words::English) const;
    // message() without the count of attempts.
    [[nodiscard]] QString firstAttemptMessage(Words words = Words::English) const;
    [[nodiscard]] static QString transportName(Transport transport, Words words = Words::English);
    // A phrase of PhoneDesk's own, marked with QT_TRANSLATE_NOOP(context, …), in `words`.
    [[nodiscard]] static QString inWords(const char *context, const char *phrase, Words words);
};

} // namespace PhoneDesk

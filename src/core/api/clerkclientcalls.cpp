// SPDX-License-Identifier: MIT
// The calls of ClerkClient: each sends its request (clerkclientrequests.cpp) and reads the answer
// into a domain value, or keeps it as sent for its ...Object twin.
#include "clerkclient.h"

#include "domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <type_traits>

namespace PhoneDesk {

namespace {
// Reads a JSON answer that must be of one shape (object or array), kept as sent.
template<typename J>
Parsed<J> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<J>::failure(QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if constexpr (std::is_same_v<J, QJsonArray>) {
        if (!doc.isArray())
            return Parsed<J>::failure(QStringLiteral("not a JSON array"));
        return Parsed<J>::success(doc.array());
    } else {
        if (!doc.isObject())
            return Parsed<J>::failure(QStringLiteral("not a JSON object"));
        return Parsed<J>::success(doc.object());
    }
}

// Reads a JSON object answer into T through T::fromJson.
template<typename T>
Parsed<T> parseObject(const QByteArray &body)
{
    Parsed<QJsonObject> object = parseJson<QJsonObject>(body);
    if (!object.ok())
        return Parsed<T>::failure(object.error());
    return T::fromJson(object.value());
}

Parsed<qint64> parseTotalCount(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    // Read as the domain reads every count: a whole number, never a fraction or a string.
    const QJsonValue value = o.value(QLatin1StringView("total_count"));
    const std::optional<qint64> count = QtJsonModel::isNumber(value) ? QtJsonModel::toInteger(value) : std::nullopt;
    if (!count || *count < 0)
        return Parsed<qint64>::failure(QStringLiteral("no total_count in the answer"));
    return Parsed<qint64>::success(*count);
}

Parsed<QString> parseUserIdAnswer(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue id = o.value(QLatin1StringView("user_id"));
    if (!id.isString())
        return Parsed<QString>::failure(QStringLiteral("no user_id in the answer"));
    return Parsed<QString>::success(id.toString());
}
} // namespace

template<typename T>
PendingCall ClerkClient::call(const Request &request, QObject *context, std::function<Parsed<T>(const QByteArray &)> parse,
                              Callback<T> done)
{
    // The parsed answer waits here between take (which reads it) and deliver (which hands it on).
    auto answer = std::make_shared<std::optional<T>>();
    auto take = [parse = std::move(parse), answer](const QByteArray &body) {
        Parsed<T> parsed = parse(body);
        if (!parsed.ok())
            return parsed.error();
        answer->emplace(parsed.takeValue());
        return QString();
    };
    auto deliver = [answer, done = std::move(done)](const ApiError *error) {
        if (error)
            done(*error);
        else
            done(std::move(**answer));
    };
    return start(request, context, std::move(take), std::move(deliver));
}

PendingCall ClerkClient::listUsers(const UserListQuery &query, QObject *context, Callback<UserPage> done)
{
    return call<UserPage>(listUsersRequest(query), context, &UserPage::fromJson, std::move(done));
}

PendingCall ClerkClient::listUserObjects(const UserListQuery &query, QObject *context, Callback<QJsonArray> done)
{
    return call<QJsonArray>(listUsersRequest(query), context, &parseJson<QJsonArray>, std::move(done));
}

PendingCall ClerkClient::listUserNumbers(const UserListQuery &query, QObject *context, Callback<UserNumbersPage> done)
{
    return call<UserNumbersPage>(listUsersRequest(query), context, &UserNumbersPage::fromJson, std::move(done));
}

PendingCall ClerkClient::countUsers(const UserListQuery &query, QObject *context, Callback<qint64> done)
{
    return call<qint64>({"GET", QStringLiteral("/users/count"), query.toQueryItems(UserListQuery::Use::Count), {}},
                        context, &parseTotalCount, std::move(done));
}

PendingCall ClerkClient::getUser(const QString &userId, QObject *context, Callback<UserSummary> done)
{
    return call<UserSummary>({"GET", QStringLiteral("/users/") + encodeSegment(userId), {}, {}}, context,
                             &parseObject<UserSummary>, std::move(done));
}

PendingCall ClerkClient::getPhoneNumber(const QString &phoneNumberId, QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(getPhoneNumberRequest(phoneNumberId), context, &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::getPhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(getPhoneNumberRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::createPhoneNumber(const NewPhoneNumber &phone, QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(createPhoneNumberRequest(phone), context, &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::createPhoneNumberObject(const NewPhoneNumber &phone, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(createPhoneNumberRequest(phone), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::updatePhoneNumber(const QString &phoneNumberId, const PhoneNumberChanges &changes,
                                           QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(updatePhoneNumberRequest(phoneNumberId, changes), context, &parseObject<PhoneNumber>,
                             std::move(done));
}

PendingCall ClerkClient::updatePhoneNumberObject(const QString &phoneNumberId, const PhoneNumberChanges &changes,
                                                 QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(updatePhoneNumberRequest(phoneNumberId, changes), context, &parseJson<QJsonObject>,
                             std::move(done));
}

PendingCall ClerkClient::deletePhoneNumber(const QString &phoneNumberId, QObject *context, Callback<DeletedObject> done)
{
    return call<DeletedObject>(deletePhoneNumberRequest(phoneNumberId), context, &parseObject<DeletedObject>,
                               std::move(done));
}

PendingCall ClerkClient::deletePhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(deletePhoneNumberRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::prepareVerification(const QString &phoneNumberId, QObject *context, Callback<Verification> done)
{
    return call<Verification>(prepareVerificationRequest(phoneNumberId), context, &parseObject<Verification>,
                              std::move(done));
}

PendingCall ClerkClient::prepareVerificationObject(const QString &phoneNumberId, QObject *context,
                                                   Callback<QJsonObject> done)
{
    return call<QJsonObject>(prepareVerificationRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::attemptVerification(const QString &phoneNumberId, const QString &verificationId,
                                             const QString &code, QObject *context, Callback<Verification> done)
{
    return call<Verification>(attemptVerificationRequest(phoneNumberId, verificationId, code), context,
                              &parseObject<Verification>, std::move(done));
}

PendingCall ClerkClient::attemptVerificationObject(const QString &phoneNumberId, const QString &verificationId,
                                                   const QString &code, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(attemptVerificationRequest(phoneNumberId, verificationId, code), context,
                             &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::replaceUserPhoneNumber(const QString &userId, const QString &phoneNumber,
                                                std::optional<IdentificationStatus> identificationStatus, QObject *context,
                                                Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(replaceUserPhoneNumberRequest(userId, phoneNumber, identificationStatus), context,
                             &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::replaceUserPhoneNumberObject(const QString &userId, const QString &phoneNumber,
                                                      std::optional<IdentificationStatus> identificationStatus,
                                                      QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(replaceUserPhoneNumberRequest(userId, phoneNumber, identificationStatus), context,
                             &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::disableMfa(const QString &userId, QObject *context, Callback<QString> done)
{
    return call<QString>(disableMfaRequest(userId), context, &parseUserIdAnswer, std::move(done));
}

PendingCall ClerkClient::disableMfaObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(disableMfaRequest(userId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::unlockUser(const QString &userId, QObject *context, Callback<UserSummary> done)
{
    return call<UserSummary>(userActionRequest(userId, "unlock"), context, &parseObject<UserSummary>, std::move(done));
}

PendingCall ClerkClient::unlockUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(userActionRequest(userId, "unlock"), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::banUser(const QString &userId, QObject *context, Callback<UserSummary> done)
{
    return call<UserSummary>(userActionRequest(userId, "ban"), context, &parseObject<UserSummary>, std::move(done));
}

PendingCall ClerkClient::banUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(userActionRequest(userId, "ban"), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::unbanUser(const QString &userId, QObject *context, Callback<UserSummary> done)
{
    return call<UserSummary>(userActionRequest(userId, "unban"), context, &parseObject<UserSummary>, std::move(done));
}

PendingCall ClerkClient::unbanUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(userActionRequest(userId, "unban"), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::deleteUserTotp(const QString &userId, QObject *context, Callback<QString> done)
{
    return call<QString>(deleteUserFactorRequest(userId, "totp"), context, &parseUserIdAnswer, std::move(done));
}

PendingCall ClerkClient::deleteUserTotpObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(deleteUserFactorRequest(userId, "totp"), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::deleteUserBackupCodes(const QString &userId, QObject *context, Callback<QString> done)
{
    return call<QString>(deleteUserFactorRequest(userId, "backup_code"), context, &parseUserIdAnswer, std::move(done));
}

PendingCall ClerkClient::deleteUserBackupCodesObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(deleteUserFactorRequest(userId, "backup_code"), context, &parseJson<QJsonObject>,
                             std::move(done));
}

PendingCall ClerkClient::listSessions(const QString &userId, const QString &status, int limit, int offset,
                                      QObject *context, Callback<QList<Session>> done)
{
    return call<QList<Session>>(listSessionsRequest(userId, status, limit, offset), context, &Session::listFromJson,
                                std::move(done));
}

PendingCall ClerkClient::revokeSession(const QString &sessionId, QObject *context, Callback<Session> done)
{
    return call<Session>(revokeSessionRequest(sessionId), context, &parseObject<Session>, std::move(done));
}

PendingCall ClerkClient::revokeSessionObject(const QString &sessionId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(revokeSessionRequest(sessionId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::getInstanceCommunication(QObject *context, Callback<InstanceCommunication> done)
{
    return call<InstanceCommunication>(getInstanceCommunicationRequest(), context, &parseObject<InstanceCommunication>,
                                       std::move(done));
}

PendingCall ClerkClient::getInstanceCommunicationObject(QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(getInstanceCommunicationRequest(), context, &parseJson<QJsonObject>, std::move(done));
}

} // namespace PhoneDesk

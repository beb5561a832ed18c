// SPDX-License-Identifier: MIT
// The requests of ClerkClient, each defined once: verb, path, query and body as the spec declares
// them, for the typed call and its raw (...Object) twin alike.
#include "clerkclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace PhoneDesk {

namespace {
QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void insertIfSet(QJsonObject &json, const char *key, const std::optional<bool> &value)
{
    if (value)
        json.insert(QLatin1StringView(key), *value);
}
} // namespace

QString ClerkClient::encodeSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ClerkClient::Request ClerkClient::listUsersRequest(const UserListQuery &query)
{
    return {"GET", QStringLiteral("/users"), query.toQueryItems(), {}};
}

ClerkClient::Request ClerkClient::getPhoneNumberRequest(const QString &phoneNumberId)
{
    return {"GET", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, {}};
}

ClerkClient::Request ClerkClient::createPhoneNumberRequest(const NewPhoneNumber &phone)
{
    QJsonObject body{{QStringLiteral("user_id"), phone.userId}, {QStringLiteral("phone_number"), phone.phoneNumber}};
    insertIfSet(body, "verified", phone.verified);
    insertIfSet(body, "primary", phone.primary);
    insertIfSet(body, "reserved_for_second_factor", phone.reservedForSecondFactor);
    return {"POST", QStringLiteral("/phone_numbers"), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::updatePhoneNumberRequest(const QString &phoneNumberId, const PhoneNumberChanges &changes)
{
    QJsonObject body;
    insertIfSet(body, "verified", changes.verified);
    insertIfSet(body, "primary", changes.primary);
    insertIfSet(body, "reserved_for_second_factor", changes.reservedForSecondFactor);
    return {"PATCH", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::deletePhoneNumberRequest(const QString &phoneNumberId)
{
    return {"DELETE", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, {}};
}

ClerkClient::Request ClerkClient::prepareVerificationRequest(const QString &phoneNumberId)
{
    return {"POST", QStringLiteral("/phone_numbers/%1/prepare_verification").arg(encodeSegment(phoneNumberId)), {}, {}};
}

ClerkClient::Request ClerkClient::attemptVerificationRequest(const QString &phoneNumberId, const QString &verificationId,
                                                             const QString &code)
{
    const QJsonObject body{{QStringLiteral("verification_id"), verificationId}, {QStringLiteral("code"), code}};
    return {"POST", QStringLiteral("/phone_numbers/%1/attempt_verification").arg(encodeSegment(phoneNumberId)), {},
            jsonBody(body)};
}

ClerkClient::Request ClerkClient::replaceUserPhoneNumberRequest(const QString &userId, const QString &phoneNumber,
                                                                std::optional<IdentificationStatus> identificationStatus)
{
    QJsonObject body{{QStringLiteral("phone_number"), phoneNumber}};
    if (identificationStatus)
        body.insert(QStringLiteral("identification_status"), Identification::toApi(*identificationStatus));
    return {"PUT", QStringLiteral("/users/%1/phone_number").arg(encodeSegment(userId)), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::disableMfaRequest(const QString &userId)
{
    return {"DELETE", QStringLiteral("/users/%1/mfa").arg(encodeSegment(userId)), {}, {}};
}

ClerkClient::Request ClerkClient::userActionRequest(const QString &userId, const char *action)
{
    return {"POST", QStringLiteral("/users/%1/%2").arg(encodeSegment(userId), QLatin1StringView(action)), {}, {}};
}

ClerkClient::Request ClerkClient::deleteUserFactorRequest(const QString &userId, const char *factor)
{
    return {"DELETE", QStringLiteral("/users/%1/%2").arg(encodeSegment(userId), QLatin1StringView(factor)), {}, {}};
}

ClerkClient::Request ClerkClient::listSessionsRequest(const QString &userId, const QString &status, int limit, int offset)
{
    // paginated is never sent: without it Clerk answers the plain array this reads.
    QList<QPair<QString, QString>> query{{QStringLiteral("user_id"), userId}};
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    query.append({QStringLiteral("limit"), QString::number(std::clamp(limit, 1, kMaxSessionPage))});
    query.append({QStringLiteral("offset"), QString::number(std::max(offset, 0))});
    return {"GET", QStringLiteral("/sessions"), query, {}};
}

ClerkClient::Request ClerkClient::revokeSessionRequest(const QString &sessionId)
{
    return {"POST", QStringLiteral("/sessions/%1/revoke").arg(encodeSegment(sessionId)), {}, {}};
}

ClerkClient::Request ClerkClient::getInstanceCommunicationRequest()
{
    return {"GET", QStringLiteral("/instance/communication"), {}, {}};
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "usersummary.h"

#include "jsonreader.h"
#include "simdjsonmodel.h"

#include <QJsonArray>

namespace PhoneDesk {

namespace {
void insertIfKnown(QJsonObject &json, const QString &key, const std::optional<QString> &value)
{
    json.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}
void insertIfKnown(QJsonObject &json, const QString &key, const std::optional<bool> &value)
{
    if (value)
        json.insert(key, *value);
}
void insertIfKnown(QJsonObject &json, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        json.insert(key, static_cast<double>(*value));
}
// A field the spec makes nullable: null says "none" (a lockout that never ends, lockout off).
void insertOrNull(QJsonObject &json, const QString &key, const std::optional<qint64> &value)
{
    json.insert(key, value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null));
}

// The address whose id is primary_email_address_id; a broken entry is skipped, not fatal.
template<typename Model>
std::optional<QString> findPrimaryEmail(const typename Model::Array &emails, const QString &primaryId)
{
    for (const typename Model::Value item : emails) {
        if (!Model::isObject(item))
            continue;
        const typename Model::Object email = Model::toObject(item);
        const typename Model::Value id = Model::field(email, QLatin1StringView("id"));
        if (Model::isString(id) && Model::toString(id) == primaryId) {
            const typename Model::Value address = Model::field(email, QLatin1StringView("email_address"));
            if (Model::isString(address))
                return Model::toString(address);
        }
    }
    return std::nullopt;
}

template<typename Model>
Parsed<UserSummary> readUser(const typename Model::Object &json)
{
    UserSummary u;
    const typename Model::Value idValue = Model::field(json, QLatin1StringView("id"));
    BasicJsonReader<Model> r(json, Model::isString(idValue) ? QStringLiteral("user %1").arg(Model::toString(idValue)) : QStringLiteral("user"));
    u.id = r.requiredString(QLatin1StringView("id"));
    u.firstName = r.string(QLatin1StringView("first_name"));
    u.lastName = r.string(QLatin1StringView("last_name"));
    u.username = r.string(QLatin1StringView("username"));
    u.primaryEmailAddressId = r.string(QLatin1StringView("primary_email_address_id"));
    u.primaryPhoneNumberId = r.string(QLatin1StringView("primary_phone_number_id"));
    u.twoFactorEnabled = r.boolean(QLatin1StringView("two_factor_enabled"));
    u.totpEnabled = r.boolean(QLatin1StringView("totp_enabled"));
    u.backupCodeEnabled = r.boolean(QLatin1StringView("backup_code_enabled"));
    u.banned = r.boolean(QLatin1StringView("banned"));
    u.locked = r.boolean(QLatin1StringView("locked"));
    u.createdAt = r.integer(QLatin1StringView("created_at"));
    u.updatedAt = r.integer(QLatin1StringView("updated_at"));
    u.lastSignInAt = r.integer(QLatin1StringView("last_sign_in_at"));
    u.lockoutExpiresInSeconds = r.integer(QLatin1StringView("lockout_expires_in_seconds"));
    u.verificationAttemptsRemaining = r.integer(QLatin1StringView("verification_attempts_remaining"));
    u.mfaEnabledAt = r.integer(QLatin1StringView("mfa_enabled_at"));
    u.mfaDisabledAt = r.integer(QLatin1StringView("mfa_disabled_at"));
    const std::optional<typename Model::Array> emails = r.array(QLatin1StringView("email_addresses"));
    const std::optional<typename Model::Array> phones = r.array(QLatin1StringView("phone_numbers"));
    if (!r.ok())
        return Parsed<UserSummary>::failure(r.error());

    if (emails && u.primaryEmailAddressId)
        u.primaryEmailAddress = findPrimaryEmail<Model>(*emails, *u.primaryEmailAddressId);
    u.signIn = SignInMethods::fromUserJson(json);

    // One unreadable number must not hide the user's other numbers.
    if (phones) {
        u.phoneNumbers.reserve(qsizetype(phones->size()));
        qsizetype position = 0;
        for (const typename Model::Value item : *phones) {
            ++position;
            if (!Model::isObject(item)) {
                u.problems.append(QStringLiteral("user %1: phone number #%2 is %3, not an object")
                                      .arg(u.id).arg(position).arg(Model::typeName(item)));
                continue;
            }
            Parsed<PhoneNumber> phone = PhoneNumber::fromJson(Model::toObject(item));
            if (phone.ok())
                u.phoneNumbers.append(phone.takeValue());
            else
                u.problems.append(QStringLiteral("user %1: %2").arg(u.id, phone.error()));
        }
    }
    return Parsed<UserSummary>::success(std::move(u));
}
} // namespace

Parsed<UserSummary> UserSummary::fromJson(const QJsonObject &json)
{
    return readUser<QtJsonModel>(json);
}

Parsed<UserSummary> UserSummary::fromJson(const simdjson::dom::object &json)
{
    return readUser<SimdJsonModel>(json);
}

QJsonObject UserSummary::toJson() const
{
    QJsonArray phones;
    for (const PhoneNumber &phone : phoneNumbers)
        phones.append(phone.toJson());
    QJsonObject json{{QStringLiteral("object"), QStringLiteral("user")}, {QStringLiteral("id"), id}};
    insertIfKnown(json, QStringLiteral("first_name"), firstName);
    insertIfKnown(json, QStringLiteral("last_name"), lastName);
    insertIfKnown(json, QStringLiteral("username"), username);
    insertIfKnown(json, QStringLiteral("primary_email_address_id"), primaryEmailAddressId);
    insertIfKnown(json, QStringLiteral("primary_phone_number_id"), primaryPhoneNumberId);
    insertIfKnown(json, QStringLiteral("two_factor_enabled"), twoFactorEnabled);
    insertIfKnown(json, QStringLiteral("totp_enabled"), totpEnabled);
    insertIfKnown(json, QStringLiteral("backup_code_enabled"), backupCodeEnabled);
    insertIfKnown(json, QStringLiteral("banned"), banned);
    insertIfKnown(json, QStringLiteral("locked"), locked);
    insertIfKnown(json, QStringLiteral("created_at"), createdAt);
    insertIfKnown(json, QStringLiteral("updated_at"), updatedAt);
    insertOrNull(json, QStringLiteral("last_sign_in_at"), lastSignInAt);
    insertOrNull(json, QStringLiteral("lockout_expires_in_seconds"), lockoutExpiresInSeconds);
    insertOrNull(json, QStringLiteral("verification_attempts_remaining"), verificationAttemptsRemaining);
    insertOrNull(json, QStringLiteral("mfa_enabled_at"), mfaEnabledAt);
    insertOrNull(json, QStringLiteral("mfa_disabled_at"), mfaDisabledAt);
    signIn.writeTo(json);
    // A summary built by hand may name its primary address without listing it among the others.
    if (primaryEmailAddress && primaryEmailAddressId && !findPrimaryEmail<QtJsonModel>(json.value(QStringLiteral("email_addresses")).toArray(), *primaryEmailAddressId)) {
        QJsonArray emails = json.value(QStringLiteral("email_addresses")).toArray();
        emails.append(QJsonObject{{QStringLiteral("id"), *primaryEmailAddressId},
                                  {QStringLiteral("email_address"), *primaryEmailAddress}});
        json.insert(QStringLiteral("email_addresses"), emails);
    }
    json.insert(QStringLiteral("phone_numbers"), phones);
    return json;
}

QString UserSummary::displayName() const
{
    const QString name = QStringList{firstName.value_or(QString()), lastName.value_or(QString())}
                             .join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return name;
    if (username && !username->isEmpty())
        return *username;
    if (primaryEmailAddress && !primaryEmailAddress->isEmpty())
        return *primaryEmailAddress;
    return id;
}

} // namespace PhoneDesk

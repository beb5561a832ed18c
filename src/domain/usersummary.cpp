// SPDX-License-Identifier: MIT
#include "usersummary.h"

#include "jsonreader.h"

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

// The address whose id is primary_email_address_id; a broken entry is skipped, not fatal.
std::optional<QString> findPrimaryEmail(const QJsonArray &emails, const QString &primaryId)
{
    for (const QJsonValue &item : emails) {
        const QJsonObject email = item.toObject();
        if (email.value(QLatin1StringView("id")).toString() == primaryId) {
            const QJsonValue address = email.value(QLatin1StringView("email_address"));
            if (address.isString())
                return address.toString();
        }
    }
    return std::nullopt;
}
} // namespace

Parsed<UserSummary> UserSummary::fromJson(const QJsonObject &json)
{
    UserSummary u;
    const QJsonValue idValue = json.value(QLatin1StringView("id"));
    JsonReader r(json, idValue.isString() ? QStringLiteral("user %1").arg(idValue.toString()) : QStringLiteral("user"));
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
    const std::optional<QJsonArray> emails = r.array(QLatin1StringView("email_addresses"));
    const std::optional<QJsonArray> phones = r.array(QLatin1StringView("phone_numbers"));
    if (!r.ok())
        return Parsed<UserSummary>::failure(r.error());

    if (emails && u.primaryEmailAddressId)
        u.primaryEmailAddress = findPrimaryEmail(*emails, *u.primaryEmailAddressId);
    u.signIn = SignInMethods::fromUserJson(json);

    // One unreadable number must not hide the user's other numbers.
    if (phones) {
        u.phoneNumbers.reserve(phones->size());
        for (qsizetype i = 0; i < phones->size(); ++i) {
            const QJsonValue item = phones->at(i);
            if (!item.isObject()) {
                u.problems.append(QStringLiteral("user %1: phone number #%2 is %3, not an object")
                                      .arg(u.id).arg(i + 1).arg(jsonTypeName(item)));
                continue;
            }
            Parsed<PhoneNumber> phone = PhoneNumber::fromJson(item.toObject());
            if (phone.ok())
                u.phoneNumbers.append(phone.takeValue());
            else
                u.problems.append(QStringLiteral("user %1: %2").arg(u.id, phone.error()));
        }
    }
    return Parsed<UserSummary>::success(std::move(u));
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
    if (lastSignInAt)
        json.insert(QStringLiteral("last_sign_in_at"), static_cast<double>(*lastSignInAt));
    else
        json.insert(QStringLiteral("last_sign_in_at"), QJsonValue::Null);
    signIn.writeTo(json);
    // A summary built by hand may name its primary address without listing it among the others.
    if (primaryEmailAddress && primaryEmailAddressId && !findPrimaryEmail(json.value(QStringLiteral("email_addresses")).toArray(), *primaryEmailAddressId)) {
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

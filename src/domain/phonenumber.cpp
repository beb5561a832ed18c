// SPDX-License-Identifier: MIT
#include "phonenumber.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace PhoneDesk {

Parsed<PhoneNumber> PhoneNumber::fromJson(const QJsonObject &json)
{
    PhoneNumber p;
    p.id = json.value(QLatin1StringView("id")).toString();
    JsonReader r(json, p.id.isEmpty() ? QStringLiteral("phone number") : QStringLiteral("phone number %1").arg(p.id));
    (void)r.string(QLatin1StringView("id")); // only to report a wrongly typed id
    p.phoneNumber = r.requiredString(QLatin1StringView("phone_number"));
    p.reservedForSecondFactor = r.boolean(QLatin1StringView("reserved_for_second_factor"));
    p.defaultSecondFactor = r.boolean(QLatin1StringView("default_second_factor"));
    p.reserved = r.boolean(QLatin1StringView("reserved"));
    p.backupCodes = r.stringList(QLatin1StringView("backup_codes"));
    p.createdAt = r.integer(QLatin1StringView("created_at"));
    p.updatedAt = r.integer(QLatin1StringView("updated_at"));

    if (const auto verification = r.object(QLatin1StringView("verification"))) {
        Parsed<Verification> v = Verification::fromJson(*verification);
        if (v.ok())
            p.verification = v.takeValue();
        else
            r.fail(QStringLiteral("phone number %1: %2").arg(p.id, v.error()));
    }
    if (const auto links = r.array(QLatin1StringView("linked_to"))) {
        for (const QJsonValue &item : *links) {
            if (!item.isObject()) {
                r.fail(QStringLiteral("phone number %1: linked_to holds %2, not an object").arg(p.id, jsonTypeName(item)));
                break;
            }
            Parsed<IdentificationLink> link = IdentificationLink::fromJson(item.toObject());
            if (!link.ok()) {
                r.fail(QStringLiteral("phone number %1: %2").arg(p.id, link.error()));
                break;
            }
            p.linkedTo.append(link.takeValue());
        }
    }
    if (!r.ok())
        return Parsed<PhoneNumber>::failure(r.error());
    return Parsed<PhoneNumber>::success(std::move(p));
}

QJsonObject PhoneNumber::toJson() const
{
    QJsonArray links;
    for (const IdentificationLink &link : linkedTo)
        links.append(link.toJson());

    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("phone_number")},
        {QStringLiteral("phone_number"), phoneNumber},
        {QStringLiteral("verification"), verification ? QJsonValue(verification->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linked_to"), links},
    };
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    if (reservedForSecondFactor)
        json.insert(QStringLiteral("reserved_for_second_factor"), *reservedForSecondFactor);
    if (defaultSecondFactor)
        json.insert(QStringLiteral("default_second_factor"), *defaultSecondFactor);
    if (reserved)
        json.insert(QStringLiteral("reserved"), *reserved);
    if (backupCodes)
        json.insert(QStringLiteral("backup_codes"), QJsonArray::fromStringList(*backupCodes));
    if (createdAt)
        json.insert(QStringLiteral("created_at"), static_cast<double>(*createdAt));
    if (updatedAt)
        json.insert(QStringLiteral("updated_at"), static_cast<double>(*updatedAt));
    return json;
}

} // namespace PhoneDesk

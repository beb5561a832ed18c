// SPDX-License-Identifier: MIT
#include "phonenumber.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "simdjsonmodel.h"

#include <QJsonDocument>

namespace PhoneDesk {

namespace {
template<typename Model>
Parsed<PhoneNumber> readPhoneNumber(const typename Model::Object &json)
{
    PhoneNumber p;
    if (const typename Model::Value id = Model::field(json, QLatin1StringView("id")); Model::isString(id))
        p.id = Model::toString(id);
    BasicJsonReader<Model> r(json, p.id.isEmpty() ? QStringLiteral("phone number") : QStringLiteral("phone number %1").arg(p.id));
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
        for (const typename Model::Value item : *links) {
            // Clerk's Android SDK models a link as the linked identification's id alone.
            if (Model::isString(item)) {
                p.linkedTo.append(IdentificationLink::ofUnknownType(Model::toString(item)));
                continue;
            }
            if (!Model::isObject(item)) {
                r.fail(QStringLiteral("phone number %1: linked_to holds %2, not an object nor an id")
                           .arg(p.id, Model::typeName(item)));
                break;
            }
            Parsed<IdentificationLink> link = IdentificationLink::fromJson(Model::toObject(item));
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
} // namespace

Parsed<PhoneNumber> PhoneNumber::fromJson(const QJsonObject &json)
{
    return readPhoneNumber<QtJsonModel>(json);
}

Parsed<PhoneNumber> PhoneNumber::fromJson(const simdjson::dom::object &json)
{
    return readPhoneNumber<SimdJsonModel>(json);
}

void PhoneNumber::write(JsonWriter &json) const
{
    json.beginObject();
    if (!id.isEmpty())
        json.key(QLatin1StringView("id")).value(id);
    json.key(QLatin1StringView("object")).value(QLatin1StringView("phone_number"));
    json.key(QLatin1StringView("phone_number")).value(phoneNumber);
    json.optional(QLatin1StringView("reserved_for_second_factor"), reservedForSecondFactor);
    json.optional(QLatin1StringView("default_second_factor"), defaultSecondFactor);
    json.optional(QLatin1StringView("reserved"), reserved);
    json.key(QLatin1StringView("verification"));
    if (verification)
        verification->write(json);
    else
        json.null();
    json.key(QLatin1StringView("linked_to"));
    json.beginArray();
    for (const IdentificationLink &link : linkedTo)
        link.write(json);
    json.endArray();
    if (backupCodes) {
        json.key(QLatin1StringView("backup_codes"));
        json.beginArray();
        for (const QString &code : *backupCodes)
            json.value(code);
        json.endArray();
    }
    json.optional(QLatin1StringView("created_at"), createdAt);
    json.optional(QLatin1StringView("updated_at"), updatedAt);
    json.endObject();
}

QByteArray PhoneNumber::toJsonBytes() const
{
    JsonWriter json;
    write(json);
    return json.take();
}

QJsonObject PhoneNumber::toJson() const
{
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

} // namespace PhoneDesk

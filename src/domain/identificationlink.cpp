// SPDX-License-Identifier: MIT
#include "identificationlink.h"

#include "jsonreader.h"
#include "jsonwriter.h"

namespace PhoneDesk {

Parsed<IdentificationLink> IdentificationLink::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("identification link"));
    IdentificationLink link;
    link.type = r.requiredString(QLatin1StringView("type"));
    link.id = r.requiredString(QLatin1StringView("id"));
    if (!r.ok())
        return Parsed<IdentificationLink>::failure(r.error());
    return Parsed<IdentificationLink>::success(std::move(link));
}

QJsonObject IdentificationLink::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

void IdentificationLink::write(JsonWriter &json) const
{
    json.beginObject();
    json.key(QLatin1StringView("type")).value(type);
    json.key(QLatin1StringView("id")).value(id);
    json.endObject();
}

QString IdentificationLink::providerName() const
{
    QString name = type;
    if (name.startsWith(QLatin1StringView("oauth_")))
        name = name.mid(6);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace PhoneDesk

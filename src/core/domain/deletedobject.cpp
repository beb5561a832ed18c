// SPDX-License-Identifier: MIT
#include "deletedobject.h"

#include "jsonreader.h"

namespace PhoneDesk {

Parsed<DeletedObject> DeletedObject::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("deleted object"));
    DeletedObject d;
    d.object = r.requiredString(QLatin1StringView("object"));
    d.id = r.string(QLatin1StringView("id")).value_or(QString());
    const std::optional<bool> deleted = r.boolean(QLatin1StringView("deleted"));
    if (!r.ok())
        return Parsed<DeletedObject>::failure(r.error());
    if (!deleted)
        return Parsed<DeletedObject>::failure(QStringLiteral("deleted object: required field \"deleted\" is missing"));
    d.deleted = *deleted;
    return Parsed<DeletedObject>::success(std::move(d));
}

QJsonObject DeletedObject::toJson() const
{
    QJsonObject json{{QStringLiteral("object"), object}, {QStringLiteral("deleted"), deleted}};
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    return json;
}

} // namespace PhoneDesk

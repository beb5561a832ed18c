// SPDX-License-Identifier: MIT
#include "instancecommunication.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace PhoneDesk {

Parsed<InstanceCommunication> InstanceCommunication::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("instance communication"));
    const std::optional<QStringList> codes = r.stringList(QLatin1StringView("blocked_country_codes"));
    if (!r.ok())
        return Parsed<InstanceCommunication>::failure(r.error());
    // Required by the spec: without it, "blocks nothing" and "did not say" would look the same.
    if (!codes)
        return Parsed<InstanceCommunication>::failure(
            QStringLiteral("instance communication: required field \"blocked_country_codes\" is missing"));
    return Parsed<InstanceCommunication>::success(InstanceCommunication{*codes});
}

QJsonObject InstanceCommunication::toJson() const
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("instance_communication")},
                       {QStringLiteral("blocked_country_codes"), QJsonArray::fromStringList(blockedCountryCodes)}};
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"

#include <QJsonObject>
#include <QStringList>

namespace PhoneDesk {

// Clerk's InstanceCommunication object (GET /instance/communication): the instance's SMS
// settings, of which PhoneDesk reads the countries SMS codes are not sent to.
struct InstanceCommunication
{
    // ISO 3166-1 alpha-2 codes as sent, e.g. {"BR", "IN"}.
    QStringList blockedCountryCodes;

    [[nodiscard]] static Parsed<InstanceCommunication> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const InstanceCommunication &, const InstanceCommunication &) = default;
};

} // namespace PhoneDesk

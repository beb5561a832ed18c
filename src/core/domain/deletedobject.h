// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"

#include <QJsonObject>
#include <QString>

namespace PhoneDesk {

// Clerk's answer to a delete: which object is gone.
struct DeletedObject
{
    QString object; // e.g. "phone_number"
    QString id;
    bool deleted = false;

    [[nodiscard]] static Parsed<DeletedObject> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace PhoneDesk

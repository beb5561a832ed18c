// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// One phone number of the instance with its owner, as a listing writes it: the typed value for
// the CSV columns, and the object exactly as the API sent it for JSON lines.
struct PhoneNumberRecord
{
    QString userId;
    bool isPrimary = false; // the owner's primary_phone_number_id is this number's id
    PhoneNumber phone;
    QJsonObject raw; // unknown fields kept

    // The readable numbers of one entry of GET /users, in the API's order. An unreadable user, or
    // an unreadable number of a readable user, adds one line to `problems` and is left out.
    [[nodiscard]] static QList<PhoneNumberRecord> fromUser(const QJsonObject &user, QStringList *problems);

    friend bool operator==(const PhoneNumberRecord &, const PhoneNumberRecord &) = default;
};

} // namespace PhoneDesk

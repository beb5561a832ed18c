// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"
#include "domain/usernumberspage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PhoneDesk {

// One phone number of the instance with its owner, as a listing writes it: the typed value for
// the CSV columns, and the object exactly as the API sent it for JSON lines.
struct PhoneNumberRecord
{
    QString userId;
    bool isPrimary = false; // the owner's primary_phone_number_id is this number's id
    PhoneNumber phone;
    QByteArray raw; // the JSON object as the API sent it (minified), unknown fields kept

    // The readable numbers of one user of a page, in the API's order.
    [[nodiscard]] static QList<PhoneNumberRecord> fromUser(const UserNumbersPage::User &user);

    friend bool operator==(const PhoneNumberRecord &, const PhoneNumberRecord &) = default;
};

} // namespace PhoneDesk

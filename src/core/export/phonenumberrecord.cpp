// SPDX-License-Identifier: MIT
#include "phonenumberrecord.h"

namespace PhoneDesk {

QList<PhoneNumberRecord> PhoneNumberRecord::fromUser(const UserNumbersPage::User &user)
{
    QList<PhoneNumberRecord> records;
    records.reserve(user.phoneNumbers.size());
    for (const UserNumbersPage::Number &number : user.phoneNumbers) {
        PhoneNumberRecord record;
        record.userId = user.id;
        record.phone = number.phone;
        record.isPrimary = user.primaryPhoneNumberId && !record.phone.id.isEmpty()
                           && *user.primaryPhoneNumberId == record.phone.id;
        record.raw = number.json;
        records.append(std::move(record));
    }
    return records;
}

} // namespace PhoneDesk

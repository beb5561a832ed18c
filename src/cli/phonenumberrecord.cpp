// SPDX-License-Identifier: MIT
#include "phonenumberrecord.h"

#include "domain/usersummary.h"

#include <QJsonArray>

namespace PhoneDesk {

QList<PhoneNumberRecord> PhoneNumberRecord::fromUser(const QJsonObject &user, QStringList *problems)
{
    // UserSummary decides what a readable user and a readable number are, and words the problems.
    Parsed<UserSummary> summary = UserSummary::fromJson(user);
    if (!summary.ok()) {
        problems->append(summary.error());
        return {};
    }
    const UserSummary &owner = summary.value();
    problems->append(owner.problems);

    // The readable numbers are the raw entries that PhoneNumber reads, in order: pair them up.
    QList<PhoneNumberRecord> records;
    records.reserve(owner.phoneNumbers.size());
    const QJsonArray phones = user.value(QLatin1StringView("phone_numbers")).toArray();
    for (const QJsonValue &item : phones) {
        if (!item.isObject())
            continue;
        const QJsonObject raw = item.toObject();
        Parsed<PhoneNumber> phone = PhoneNumber::fromJson(raw);
        if (!phone.ok())
            continue;
        PhoneNumberRecord record;
        record.userId = owner.id;
        record.phone = phone.takeValue();
        record.isPrimary = owner.primaryPhoneNumberId && !record.phone.id.isEmpty()
                           && *owner.primaryPhoneNumberId == record.phone.id;
        record.raw = raw;
        records.append(std::move(record));
    }
    return records;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "journalsnapshot.h"

#include <QJsonArray>
#include <QLatin1StringView>

#include <initializer_list>

namespace PhoneDesk {

namespace {
// The fields kept as they are, when present (null included: "never verified" is a fact too).
void copy(const QJsonObject &from, QJsonObject &to, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const auto found = from.constFind(key);
        if (found != from.constEnd())
            to.insert(key, found.value());
    }
}

const QLatin1StringView kUserFields[] = {
    QLatin1StringView("object"),
    QLatin1StringView("id"),
    // The name the entry is described by.
    QLatin1StringView("first_name"),
    QLatin1StringView("last_name"),
    QLatin1StringView("username"),
    // Sign-in and second factors.
    QLatin1StringView("primary_email_address_id"),
    QLatin1StringView("primary_phone_number_id"),
    QLatin1StringView("banned"),
    QLatin1StringView("locked"),
    QLatin1StringView("two_factor_enabled"),
    QLatin1StringView("totp_enabled"),
    QLatin1StringView("backup_code_enabled"),
};
} // namespace

QJsonObject JournalSnapshot::ofNumber(const QJsonObject &number)
{
    QJsonObject kept;
    copy(number, kept,
         {QLatin1StringView("object"), QLatin1StringView("id"), QLatin1StringView("phone_number"),
          QLatin1StringView("reserved"), QLatin1StringView("reserved_for_second_factor"),
          QLatin1StringView("default_second_factor")});
    const auto verification = number.constFind(QLatin1StringView("verification"));
    if (verification != number.constEnd()) {
        if (verification.value().isObject()) {
            QJsonObject state;
            copy(verification.value().toObject(), state,
                 {QLatin1StringView("object"), QLatin1StringView("status"), QLatin1StringView("strategy"),
                  QLatin1StringView("attempts"), QLatin1StringView("expire_at")});
            kept.insert(QLatin1StringView("verification"), state);
        } else {
            kept.insert(QLatin1StringView("verification"), verification.value());
        }
    }
    return kept;
}

QJsonObject JournalSnapshot::of(const QJsonObject &user)
{
    if (user.isEmpty())
        return {};
    QJsonObject kept;
    for (const QLatin1StringView key : kUserFields) {
        const auto found = user.constFind(key);
        if (found != user.constEnd())
            kept.insert(key, found.value());
    }
    // Of the email addresses, the primary one's address only.
    const QString primaryEmail = user.value(QLatin1StringView("primary_email_address_id")).toString();
    const auto emails = user.constFind(QLatin1StringView("email_addresses"));
    if (emails != user.constEnd() && emails.value().isArray()) {
        QJsonArray primary;
        for (const QJsonValue &email : emails.value().toArray()) {
            const QJsonObject address = email.toObject();
            if (!primaryEmail.isEmpty() && address.value(QLatin1StringView("id")).toString() == primaryEmail) {
                QJsonObject keptAddress;
                copy(address, keptAddress, {QLatin1StringView("id"), QLatin1StringView("email_address")});
                primary.append(keptAddress);
            }
        }
        kept.insert(QLatin1StringView("email_addresses"), primary);
    }
    const auto numbers = user.constFind(QLatin1StringView("phone_numbers"));
    if (numbers != user.constEnd() && numbers.value().isArray()) {
        QJsonArray keptNumbers;
        for (const QJsonValue &number : numbers.value().toArray())
            keptNumbers.append(ofNumber(number.toObject()));
        kept.insert(QLatin1StringView("phone_numbers"), keptNumbers);
    }
    return kept;
}

} // namespace PhoneDesk

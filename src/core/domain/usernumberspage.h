// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"
#include "phonenumber.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// One page of GET /users read for a listing of its phone numbers: of each user only what a
// listing needs (id, primary number), and each phone number both read (PhoneNumber, by the same
// rules as everywhere) and as the API sent it. The page is parsed with simdjson and no user is
// built: a walk of a whole instance costs a fraction of UserPage's reading with Qt's JSON (see
// docs/performance.md).
// A user is readable here when its id, primary_phone_number_id and phone_numbers are; created_at
// is taken when it is a whole number, and no other field is looked at, so that a listing never
// drops numbers over a field it does not show.
struct UserNumbersPage
{
    struct Number
    {
        PhoneNumber phone;
        QByteArray json; // the object as sent, minified: every field, in the API's order
    };

    struct User
    {
        QString id;
        std::optional<QString> primaryPhoneNumberId;
        std::optional<qint64> createdAt; // when the server sent a whole number; a walk cuts by it
        QList<Number> phoneNumbers; // the readable ones, in the API's order
    };

    QList<User> users;
    // One line per unreadable user or phone number, in the order of the entries; never fatal for
    // the rest of the page.
    QStringList problems;
    // How many entries the server sent, readable or not: a short page ends a walk.
    qsizetype receivedCount = 0;
    // The id of the last entry the server sent that has one.
    QString lastId;
    // created_at of that entry, when it has one: where a newest-first cursor walk has got to.
    std::optional<qint64> lastCreatedAt;

    // The body must be valid JSON and an array; anything else makes the whole answer unreadable.
    [[nodiscard]] static Parsed<UserNumbersPage> fromJson(const QByteArray &body);
};

} // namespace PhoneDesk

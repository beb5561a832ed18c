// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"
#include "usersummary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// One page of GET /users: the users that could be read, and what could not be.
struct UserPage
{
    QList<UserSummary> users;
    // One line per unreadable user or phone number; never fatal for the rest of the page.
    QStringList problems;
    // How many entries the server sent, readable or not: a short page ends a walk.
    qsizetype receivedCount = 0;
    // The id of the last entry the server sent, readable or not: the cursor for the next page.
    QString lastId;
    // created_at of that entry, when it has one: where a newest-first cursor walk has got to.
    std::optional<qint64> lastCreatedAt;

    // The body must be a JSON array; anything else makes the whole answer unreadable.
    [[nodiscard]] static Parsed<UserPage> fromJson(const QByteArray &body);
};

} // namespace PhoneDesk

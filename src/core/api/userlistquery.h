// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// The parameters of GET /users (and, without paging and order, of GET /users/count).
struct UserListQuery
{
    std::optional<int> limit;   // 1–500; Clerk's default is 10
    std::optional<int> offset;  // cannot be combined with startingAfter
    QString startingAfter;      // cursor: id of the last user of the previous page
    QString query;              // partial match over emails, numbers, names, usernames, ids
    QString phoneNumberQuery;   // partial match over phone numbers
    QStringList phoneNumbers;   // exact E.164 numbers
    QStringList userIds;
    QString orderBy;            // e.g. "-created_at"; cursors need created_at
    // Users created strictly after / strictly before these times (ms since the epoch): a walk's
    // slice [from, to) asks for after = from - 1 and before = to.
    std::optional<qint64> createdAtAfter;
    std::optional<qint64> createdAtBefore;

    // Query items in Clerk's form: arrays as repeated keys. Counting leaves out paging and order.
    enum class Use { List, Count };
    [[nodiscard]] QList<QPair<QString, QString>> toQueryItems(Use use = Use::List) const;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace PhoneDesk {

// What a rewrite of the journal (JournalRewrite) asks of each line: the entry's id, time and user,
// and whether the line is an entry at all. Read with simdjson, without building the entry: the
// retention goes over the whole file at every start of the window and every phonedesk-cli command,
// and Qt's JSON took most of that time. A line is an entry by the very rules JournalEntry::fromJson
// applies (a JSON object with an id, an operation, a valid time and an outcome whose status is
// "done" or "failed"; a repeated key counts by its last value, as QJsonObject keeps it), so that
// the rewrite and the journal view never disagree on which lines are entries.
struct JournalLineHead
{
    QString id;
    QString userId;
    QDateTime time; // UTC

    // The head of `line` (one line of the file, without its line end), or nothing when the line
    // is not an entry.
    [[nodiscard]] static std::optional<JournalLineHead> read(QByteArrayView line);
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QDate>
#include <QString>

namespace PhoneDesk {

// Which journal entries to show or export; an empty criterion matches everything.
struct JournalFilter
{
    QString text;        // part of the number, a user or number id, the entry id or the error
    QString operation;   // the operation's name in the journal, exactly, e.g. "update" (see JournalOperation)
    QString userId;      // exactly
    QString phoneNumber; // part of the number as written, digits compared
    QDate from;          // first day, local time
    QDate to;            // last day, local time

    [[nodiscard]] bool matches(const JournalEntry &entry) const;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QList>
#include <QString>

namespace PhoneDesk {

// What a journal entry changed, field by field, in words: the target number's presence,
// verification, primary and second-factor flags, and the owner's two-step sign-in.
struct JournalDiff
{
    struct Field
    {
        QString name;
        QString before;
        QString after;
        [[nodiscard]] bool changed() const { return before != after; }
    };

    // Every field, changed or not, so that a reader sees the whole state of the number.
    [[nodiscard]] static QList<Field> of(const JournalEntry &entry);
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include "api/clerkclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// How a journal entry is reverted through Clerk's API, worked out from the owner before and after
// the change: PATCHes of verified, primary and reserved_for_second_factor, a deleted number
// re-created with its flags, a created number deleted. Entries the API cannot revert (a reset of
// two-step sign-in, a replacement of all numbers, a sent code, a failed change) get the reason.
struct UndoPlan
{
    struct Step
    {
        enum class Kind { Patch, Create, Delete };
        Kind kind = Kind::Patch;
        QString phoneNumberId; // Patch, Delete
        PhoneNumberChanges changes; // Patch
        NewPhoneNumber number;      // Create
    };

    QList<Step> steps;
    QString description; // what the undo will do, for a person
    QString refusal;     // why the entry cannot be undone; steps are empty then

    [[nodiscard]] bool possible() const { return refusal.isEmpty(); }

    [[nodiscard]] static UndoPlan of(const JournalEntry &entry);
    // How the owner now differs from the entry's "after" in what the undo would touch, one
    // sentence each; empty when nothing drifted and the undo may go ahead.
    [[nodiscard]] static QStringList drift(const JournalEntry &entry, const QJsonObject &ownerNow);

    // The flags of a number within its owner, as the undo compares them.
    struct Flags
    {
        bool exists = false;
        bool verified = false;
        bool primary = false;
        bool reserved = false;
        QString phoneNumber;
    };
    [[nodiscard]] static Flags flagsOf(const QJsonObject &owner, const QString &phoneNumberId);
};

} // namespace PhoneDesk

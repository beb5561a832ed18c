// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include "api/clerkclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// How a journal entry is reverted through Clerk's API, worked out from the owner before and after
// the change: PATCHes of verified, primary and reserved_for_second_factor, a deleted number
// re-created with its flags, a created number deleted, a ban lifted and an unban banned again.
// Entries the API cannot revert (a reset of two-step sign-in, a replacement of all numbers, a sent
// code, an unlock, a removed authenticator app or backup codes, revoked sessions, a failed
// change) get the reason.
struct UndoPlan
{
    struct Step
    {
        enum class Kind { Patch, Create, Delete, Ban, Unban };
        Kind kind = Kind::Patch;
        QString phoneNumberId; // Patch, Delete
        QString userId;        // Ban, Unban
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
    // The request a step sends, as the journal names it: "PATCH /phone_numbers/{id}", …
    [[nodiscard]] static QString requestOf(Step::Kind kind);

private:
    // A ban or an unban (or the undo of one): the state the entry left the user in, or nothing
    // when the entry is neither.
    [[nodiscard]] static std::optional<bool> bannedBy(const JournalEntry &entry);
    [[nodiscard]] static UndoPlan ofBan(const JournalEntry &entry, bool banned);
};

} // namespace PhoneDesk

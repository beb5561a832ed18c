// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"
#include "domain/usersummary.h"
#include "phone/phonenumberinfo.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace PhoneDesk {

// One number of a row's owner as the detail pane lists it among "other numbers".
struct OwnerNumber
{
    QString id;
    QString phoneNumber;
    QString formatted;         // international format, else as stored
    QString verificationState; // as of loading
    bool isPrimary = false;
};

// What the rows of one owner share: one copy per user, which each of the user's rows refers to.
struct RowOwner
{
    QString email; // primary address; empty when unknown
    std::optional<bool> twoFactorEnabled;
    std::optional<bool> totpEnabled;
    std::optional<bool> backupCodeEnabled;
    std::optional<bool> banned;
    std::optional<bool> locked;
    // The owner's other ways to sign in, for the lockout guard.
    SignInMethods signIn;
    // Every number of the owner, this one included, in the API's order.
    QList<OwnerNumber> numbers;
};

// One row of the phone-number list: a number with what a support agent needs of its owner.
// Everything a view shows is computed here, once, when the page arrives. Rows are compact: what
// repeats is shared, not copied (the owner's data by all of the owner's rows, codes and statuses
// through SharedStrings), and what a row keeps is its own copy, not a part of the parsed page
// (whose memory is then handed back whole), so that 150,000 rows stay small.
struct PhoneNumberRow
{
    // As the server sent it, but for its backup codes: a row keeps how many there are (the
    // console never shows them, and 150,000 rows would hold them all in memory).
    PhoneNumber phone;
    PhoneNumberInfo info;
    std::optional<int> backupCodeCount; // unknown when the API did not send backup_codes
    bool isPrimary = false;

    QString userId;
    QString userName; // UserSummary::displayName()
    std::shared_ptr<const RowOwner> owner;

    [[nodiscard]] QString userEmail() const { return owner ? owner->email : QString(); }
    [[nodiscard]] std::optional<bool> userTwoFactorEnabled() const { return owner ? owner->twoFactorEnabled : std::nullopt; }
    [[nodiscard]] std::optional<bool> userTotpEnabled() const { return owner ? owner->totpEnabled : std::nullopt; }
    [[nodiscard]] std::optional<bool> userBackupCodeEnabled() const { return owner ? owner->backupCodeEnabled : std::nullopt; }
    [[nodiscard]] std::optional<bool> userBanned() const { return owner ? owner->banned : std::nullopt; }
    [[nodiscard]] std::optional<bool> userLocked() const { return owner ? owner->locked : std::nullopt; }
    [[nodiscard]] SignInMethods ownerSignIn() const { return owner ? owner->signIn : SignInMethods(); }

    // One row per phone number of the user, in the order the API gave them.
    [[nodiscard]] static QList<PhoneNumberRow> fromUser(const UserSummary &user);
    // The rows of a page of users, in order: what the list model appends for one page.
    [[nodiscard]] static QList<PhoneNumberRow> fromUsers(const QList<UserSummary> &users);
    // fromUser's rows, made at the end of `rows`.
    static void appendFromUser(const UserSummary &user, QList<PhoneNumberRow> *rows);

    // The owner's numbers but this one: [{id, phoneNumber, formatted, verificationState,
    // isPrimary}], assembled from ownerNumbers for the one row a detail pane shows.
    [[nodiscard]] QVariantList otherNumbers() const;
    // [{type, id, provider}] of phone.linkedTo; empty for most numbers.
    [[nodiscard]] QVariantList linkedTo() const;
    // Takes the server's `value` of this row's number (phone, backupCodeCount); the formats in
    // `info` are the caller's to renew.
    void setPhone(PhoneNumber value);

    // "verified", "unverified" (a code is pending), "expired", "failed", "none" (null
    // verification) or "other" (a status PhoneDesk does not know), as of `nowMs`.
    [[nodiscard]] QString verificationState(qint64 nowMs) const;
    // "otp", "admin", "none" or "other".
    [[nodiscard]] QString verificationKind() const;
};

} // namespace PhoneDesk

// A row holds Qt's implicitly shared values, std::optional and std::shared_ptr: none refers to
// its own address, so a row may be moved in memory as bytes. The model's list of 150,000 rows
// then grows by realloc, which moves no row (and moves no memory, for a block that large),
// where it would otherwise move-construct every row into new memory at each growth.
Q_DECLARE_TYPEINFO(PhoneDesk::PhoneNumberRow, Q_RELOCATABLE_TYPE);

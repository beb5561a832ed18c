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

// One row of the phone-number list: a number with what a support agent needs of its owner.
// Everything a view shows is computed here, once, when the page arrives. Rows are compact: what
// repeats is shared, not copied (the owner's strings and numbers by all of the owner's rows,
// codes and statuses through SharedStrings), so that 150,000 rows stay small.
struct PhoneNumberRow
{
    // As the server sent it, but for its backup codes: a row keeps how many there are (the
    // console never shows them, and 150,000 rows would hold them all in memory).
    PhoneNumber phone;
    PhoneNumberInfo info;
    std::optional<int> backupCodeCount; // unknown when the API did not send backup_codes

    QString userId;
    QString userName;  // UserSummary::displayName()
    QString userEmail; // primary address; empty when unknown
    bool isPrimary = false;
    std::optional<bool> userTwoFactorEnabled;
    std::optional<bool> userTotpEnabled;
    std::optional<bool> userBackupCodeEnabled;
    std::optional<bool> userBanned;
    std::optional<bool> userLocked;
    // The owner's other ways to sign in, for the lockout guard (implicitly shared with the user's).
    SignInMethods ownerSignIn;
    // Every number of the owner, this one included, in the API's order; one list per owner.
    std::shared_ptr<const QList<OwnerNumber>> ownerNumbers;
    // [{type, id, provider}] of phone.linkedTo; empty (no allocation) for most numbers.
    QVariantList linkedTo;

    // One row per phone number of the user, in the order the API gave them.
    [[nodiscard]] static QList<PhoneNumberRow> fromUser(const UserSummary &user);
    // The rows of a page of users, in order: what the list model appends for one page.
    [[nodiscard]] static QList<PhoneNumberRow> fromUsers(const QList<UserSummary> &users);

    // The owner's numbers but this one: [{id, phoneNumber, formatted, verificationState,
    // isPrimary}], assembled from ownerNumbers for the one row a detail pane shows.
    [[nodiscard]] QVariantList otherNumbers() const;
    // Takes the server's `value` of this row's number (phone, backupCodeCount, linkedTo); the
    // formats in `info` are the caller's to renew.
    void setPhone(PhoneNumber value);

    // "verified", "unverified" (a code is pending), "expired", "failed", "none" (null
    // verification) or "other" (a status PhoneDesk does not know), as of `nowMs`.
    [[nodiscard]] QString verificationState(qint64 nowMs) const;
    // "otp", "admin", "none" or "other".
    [[nodiscard]] QString verificationKind() const;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"
#include "domain/usersummary.h"
#include "phone/phonenumberinfo.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace PhoneDesk {

// One row of the phone-number list: a number with what a support agent needs of its owner.
// Everything a view shows is computed here, once, when the page arrives.
struct PhoneNumberRow
{
    PhoneNumber phone;
    PhoneNumberInfo info;

    QString userId;
    QString userName;  // UserSummary::displayName()
    QString userEmail; // primary address; empty when unknown
    bool isPrimary = false;
    std::optional<bool> userTwoFactorEnabled;
    std::optional<bool> userTotpEnabled;
    std::optional<bool> userBackupCodeEnabled;
    std::optional<bool> userBanned;
    std::optional<bool> userLocked;
    // The owner's other ways to sign in, for the lockout guard.
    SignInMethods ownerSignIn;
    // The owner's other numbers: [{id, phoneNumber, formatted, verificationState}].
    QVariantList otherNumbers;
    // [{type, id, provider}] of phone.linkedTo.
    QVariantList linkedTo;

    // One row per phone number of the user, in the order the API gave them.
    [[nodiscard]] static QList<PhoneNumberRow> fromUser(const UserSummary &user);

    // "verified", "unverified" (a code is pending), "expired", "failed", "none" (null
    // verification) or "other" (a status PhoneDesk does not know), as of `nowMs`.
    [[nodiscard]] QString verificationState(qint64 nowMs) const;
    // "otp", "admin", "none" or "other".
    [[nodiscard]] QString verificationKind() const;
};

} // namespace PhoneDesk

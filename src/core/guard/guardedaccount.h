// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"
#include "domain/signinmethods.h"
#include "domain/usersummary.h"

#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// One user's sign-in and second-factor position as the lockout guard weighs it: their phone
// numbers, their other ways to sign in, and their TOTP, backup-code and 2FA flags.
struct GuardedAccount
{
    QString name; // for sentences: "Ana Lima"
    QList<PhoneNumber> phones;
    SignInMethods signIn;
    std::optional<bool> twoFactorEnabled;
    std::optional<bool> totpEnabled;
    std::optional<bool> backupCodeEnabled;

    [[nodiscard]] static GuardedAccount ofUser(const UserSummary &user);

    // A number the user can sign in with: verified, or reserved by an admin without a verification.
    [[nodiscard]] static bool signsIn(const PhoneNumber &phone);
    // A number that can receive second-step codes: reserved for it and verified.
    [[nodiscard]] static bool isUsableSecondFactor(const PhoneNumber &phone);

    [[nodiscard]] QList<PhoneNumber> signInPhones() const;
    [[nodiscard]] QList<PhoneNumber> secondFactorPhones() const;
    // Whether any second factor can be used: a usable 2FA number or TOTP.
    [[nodiscard]] bool hasUsableSecondFactor() const;
    // 2FA as Clerk reports it, else as the factors imply.
    [[nodiscard]] bool twoFactorOn() const;
    // The other ways to sign in, in words: "email ana@example.com", "a passkey", …
    [[nodiscard]] QStringList otherSignInWays() const;
};

} // namespace PhoneDesk

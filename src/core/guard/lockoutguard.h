// SPDX-License-Identifier: MIT
#pragma once

#include "guardedaccount.h"
#include "proposedchange.h"

#include <QString>
#include <QStringList>

namespace PhoneDesk {

// What a change does to the owner's ability to sign in and to their second step, in sentences
// that name the person. Empty when the change takes neither away.
struct LockoutVerdict
{
    bool losesPhoneSignIn = false;  // no phone number left to sign in with
    bool locksOut = false;          // no way at all left to sign in with
    bool turnsOffTwoFactor = false; // 2FA was on and no usable second factor is left
    QStringList sentences;

    [[nodiscard]] bool isRisky() const { return losesPhoneSignIn || locksOut || turnsOffTwoFactor; }
    [[nodiscard]] QString message() const { return sentences.join(QLatin1Char(' ')); }
};

// Decides, before a change is sent, whether it would leave the user with no verified identifier
// to sign in with or turn their 2FA off. It applies the change to the account as Clerk would
// (see SandboxStore, which mirrors Clerk) and compares the position before and after.
class LockoutGuard
{
public:
    [[nodiscard]] static LockoutVerdict judge(const GuardedAccount &account, const ProposedChange &change);
    // The account as it would be after `change`.
    [[nodiscard]] static GuardedAccount applied(const GuardedAccount &account, const ProposedChange &change);
};

} // namespace PhoneDesk

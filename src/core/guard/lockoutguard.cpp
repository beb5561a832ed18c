// SPDX-License-Identifier: MIT
#include "lockoutguard.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {
void clearSecondFactors(GuardedAccount &account)
{
    for (PhoneNumber &phone : account.phones) {
        phone.reservedForSecondFactor = false;
        phone.defaultSecondFactor = false;
    }
    account.totpEnabled = false;
    account.backupCodeEnabled = false;
    account.twoFactorEnabled = false;
}

// Clerk's flag follows the factors: recomputed after a change instead of kept as it was.
void recomputeTwoFactor(GuardedAccount &account)
{
    bool on = account.totpEnabled.value_or(false);
    for (const PhoneNumber &phone : account.phones)
        on = on || phone.reservedForSecondFactor.value_or(false);
    account.twoFactorEnabled = on;
}
} // namespace

GuardedAccount LockoutGuard::applied(const GuardedAccount &account, const ProposedChange &change)
{
    GuardedAccount after = account;
    switch (change.kind) {
    case ProposedChange::Kind::EditNumber:
        for (PhoneNumber &phone : after.phones) {
            if (phone.id != change.phoneNumberId)
                continue;
            if (change.verified && *change.verified != phone.isVerified()) {
                phone.verification = *change.verified ? std::optional<Verification>(Verification::admin()) : std::nullopt;
                phone.reserved = *change.verified;
            }
            if (change.reservedForSecondFactor)
                phone.reservedForSecondFactor = *change.reservedForSecondFactor;
        }
        recomputeTwoFactor(after);
        break;
    case ProposedChange::Kind::DeleteNumber:
        after.phones.removeIf([&](const PhoneNumber &phone) { return phone.id == change.phoneNumberId; });
        recomputeTwoFactor(after);
        break;
    case ProposedChange::Kind::ReplaceNumbers: {
        // Replacing a second factor disables all of the user's MFA (see AccountConsequences).
        bool wasSecondFactor = false;
        for (const PhoneNumber &phone : after.phones)
            wasSecondFactor = wasSecondFactor || phone.reservedForSecondFactor.value_or(false);
        if (wasSecondFactor)
            clearSecondFactors(after);
        PhoneNumber incoming;
        incoming.phoneNumber = change.newNumber;
        incoming.reservedForSecondFactor = false;
        incoming.reserved = change.newStatus != IdentificationStatus::Unverified;
        if (change.newStatus == IdentificationStatus::Verified)
            incoming.verification = Verification::admin();
        after.phones = {incoming};
        recomputeTwoFactor(after);
        break;
    }
    case ProposedChange::Kind::ResetMfa:
        clearSecondFactors(after);
        break;
    case ProposedChange::Kind::RemoveTotp:
        // The authenticator app was perhaps the last second factor: 2FA then goes off with it.
        after.totpEnabled = false;
        recomputeTwoFactor(after);
        break;
    case ProposedChange::Kind::RemoveBackupCodes:
        // Backup codes only stand in for a second factor: 2FA stays as it was.
        after.backupCodeEnabled = false;
        break;
    }
    return after;
}

LockoutVerdict LockoutGuard::judge(const GuardedAccount &account, const ProposedChange &change)
{
    const GuardedAccount after = applied(account, change);
    // The window shows these sentences in its language; the command line has no translation.
    const QString name = account.name.isEmpty() ? QCoreApplication::translate("LockoutGuard", "the user") : account.name;
    LockoutVerdict verdict;

    if (!account.signInPhones().isEmpty() && after.signInPhones().isEmpty()) {
        verdict.losesPhoneSignIn = true;
        const QStringList others = account.otherSignInWays();
        if (others.isEmpty()) {
            verdict.locksOut = true;
            verdict.sentences.append(QCoreApplication::translate("LockoutGuard",
                                                                 "After this, %1 can no longer sign in at all: no verified "
                                                                 "phone number, email address or other way to sign in is left.")
                                         .arg(name));
        } else {
            verdict.sentences.append(QCoreApplication::translate("LockoutGuard",
                                                                 "After this, %1 can no longer sign in with a phone number; "
                                                                 "they still have %2.")
                                         .arg(name, others.first()));
        }
    }

    if (account.twoFactorOn() && !after.hasUsableSecondFactor()) {
        verdict.turnsOffTwoFactor = true;
        QString sentence = QCoreApplication::translate("LockoutGuard", "After this, 2FA is off for %1: no second factor is left.")
                               .arg(name);
        // Backup codes only stand in for a second factor; they do not keep 2FA on.
        if (after.backupCodeEnabled.value_or(false))
            sentence += u' ' + QCoreApplication::translate("LockoutGuard", "Their backup codes are not asked for while 2FA is off.");
        verdict.sentences.append(sentence);
    }
    return verdict;
}

} // namespace PhoneDesk

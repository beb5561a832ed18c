// SPDX-License-Identifier: MIT
#include "guardedaccount.h"

#include "domain/identificationlink.h"

#include <QCoreApplication>

namespace PhoneDesk {

GuardedAccount GuardedAccount::ofUser(const UserSummary &user)
{
    GuardedAccount account;
    account.name = user.displayName();
    account.phones = user.phoneNumbers;
    account.signIn = user.signIn;
    account.twoFactorEnabled = user.twoFactorEnabled;
    account.totpEnabled = user.totpEnabled;
    account.backupCodeEnabled = user.backupCodeEnabled;
    return account;
}

bool GuardedAccount::signsIn(const PhoneNumber &phone)
{
    return phone.isVerified() || (!phone.verification && phone.reserved.value_or(false));
}

bool GuardedAccount::isUsableSecondFactor(const PhoneNumber &phone)
{
    return phone.reservedForSecondFactor.value_or(false) && phone.isVerified();
}

QList<PhoneNumber> GuardedAccount::signInPhones() const
{
    QList<PhoneNumber> found;
    for (const PhoneNumber &phone : phones) {
        if (signsIn(phone))
            found.append(phone);
    }
    return found;
}

QList<PhoneNumber> GuardedAccount::secondFactorPhones() const
{
    QList<PhoneNumber> found;
    for (const PhoneNumber &phone : phones) {
        if (isUsableSecondFactor(phone))
            found.append(phone);
    }
    return found;
}

bool GuardedAccount::hasUsableSecondFactor() const
{
    return totpEnabled.value_or(false) || !secondFactorPhones().isEmpty();
}

bool GuardedAccount::twoFactorOn() const
{
    if (twoFactorEnabled)
        return *twoFactorEnabled;
    if (totpEnabled.value_or(false))
        return true;
    for (const PhoneNumber &phone : phones) {
        if (phone.reservedForSecondFactor.value_or(false))
            return true;
    }
    return false;
}

QStringList GuardedAccount::otherSignInWays() const
{
    // Words of the lockout guard's sentences, which the window shows in its language.
    QStringList ways;
    for (const QString &address : signIn.verifiedEmails())
        ways.append(QCoreApplication::translate("GuardedAccount", "email %1").arg(address));
    if (signIn.username && signIn.passwordEnabled.value_or(false))
        ways.append(QCoreApplication::translate("GuardedAccount", "username %1 with a password").arg(*signIn.username));
    if (signIn.passkeys == 1)
        ways.append(QCoreApplication::translate("GuardedAccount", "a passkey"));
    else if (signIn.passkeys > 1)
        ways.append(QCoreApplication::translate("GuardedAccount", "%1 passkeys").arg(signIn.passkeys));
    for (const QString &provider : signIn.externalProviders)
        ways.append(QCoreApplication::translate("GuardedAccount", "a %1 account").arg(IdentificationLink{provider, {}}.providerName()));
    if (signIn.verifiedWeb3Wallets > 0)
        ways.append(QCoreApplication::translate("GuardedAccount", "a web3 wallet"));
    return ways;
}

} // namespace PhoneDesk

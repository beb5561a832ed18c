// SPDX-License-Identifier: MIT
#include "sandboxplanting.h"

#include "sandboxids.h"
#include "sandboxusers.h"

namespace PhoneDesk {

PhoneNumber sandboxPlantedPhone(SandboxIds &ids, const QString &number, qint64 createdAt)
{
    PhoneNumber phone;
    phone.id = ids.make(QLatin1StringView("idn_"));
    phone.phoneNumber = number;
    phone.reserved = true;
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.verification = Verification::admin();
    phone.createdAt = createdAt;
    phone.updatedAt = createdAt;
    return phone;
}

void sandboxPlantCleanUser(SandboxUsers &users, SandboxUser &user, const QList<PhoneNumber> &phones)
{
    user.banned = false;
    user.locked = false;
    user.lockoutEndsAt.reset();
    user.verificationAttemptsUsed = 0;
    user.totpEnabled = false;
    user.backupCodeEnabled = false;
    user.mfaEnabledAt.reset();
    users.setPhones(user, phones);
}

} // namespace PhoneDesk

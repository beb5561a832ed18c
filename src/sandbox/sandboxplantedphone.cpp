// SPDX-License-Identifier: MIT
#include "sandboxplantedphone.h"

#include "sandboxids.h"

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

} // namespace PhoneDesk

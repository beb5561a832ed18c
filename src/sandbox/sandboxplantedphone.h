// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"

#include <QString>

namespace PhoneDesk {

class SandboxIds;

// A number an admin verified, created at `createdAt`, neither primary nor a second factor: what
// the planted audit and sign-in cases start from before they give it the state they show.
[[nodiscard]] PhoneNumber sandboxPlantedPhone(SandboxIds &ids, const QString &number, qint64 createdAt);

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"

#include <QList>
#include <QString>

namespace PhoneDesk {

class SandboxIds;
class SandboxUsers;
struct SandboxUser;

// A number an admin verified, created at `createdAt`, neither primary nor a second factor: what
// the planted audit and sign-in cases start from before they give it the state they show.
[[nodiscard]] PhoneNumber sandboxPlantedPhone(SandboxIds &ids, const QString &number, qint64 createdAt);
// Makes `user` a clean start for a planted case: no ban, lock or second factor, and exactly
// `phones` as their numbers; the case then adds what it shows.
void sandboxPlantCleanUser(SandboxUsers &users, SandboxUser &user, const QList<PhoneNumber> &phones);

} // namespace PhoneDesk

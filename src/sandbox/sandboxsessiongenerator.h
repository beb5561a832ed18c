// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxsession.h"

#include <QList>

namespace PhoneDesk {

struct SandboxUser;

// Makes a demo user's sessions when they are first asked for, the same for a seed whenever that
// is: one to three sign-ins, the newest at the user's last_sign_in_at, each from a device and a
// city (in the country the user's name comes from, mostly). A session from the last seven days
// is active unless the user signed out; older ones ended, expired, were replaced, removed,
// revoked or abandoned. Sessions started more than kRetentionMs before the data was made were
// cleaned up, as Clerk does with old sessions; a banned user's active session was revoked.
class SandboxSessionGenerator
{
public:
    static constexpr qint64 kRetentionMs = 90LL * 24 * 60 * 60 * 1000;

    // `seed`: the instance's; `originMs`: when the demo data was made.
    SandboxSessionGenerator(quint64 seed, qint64 originMs);

    // The user's sessions, newest first.
    [[nodiscard]] QList<SandboxSession> generate(const SandboxUser &user) const;
    // A session of `user` with the ids of `ordinal` and its activity drawn as generate() draws
    // it, started at `createdAt`, active, and last used at `lastActiveAt`: for planted cases.
    [[nodiscard]] SandboxSession active(const SandboxUser &user, int ordinal, qint64 createdAt, qint64 lastActiveAt) const;

private:
    quint64 m_seed;
    qint64 m_origin;
};

} // namespace PhoneDesk

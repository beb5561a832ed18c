// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QString>

namespace PhoneDesk {

class SandboxIds;
class SandboxSessions;
class SandboxUsers;
struct SandboxUser;

// The requests that change how a user may sign in, with Clerk's side effects: lock and unlock,
// ban (which revokes every active session) and unban, and removing the authenticator app (TOTP)
// or the backup codes. Made for one request, under SandboxStore's lock, at one instant.
class SandboxUserChanges
{
public:
    SandboxUserChanges(SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, qint64 nowMs);

    [[nodiscard]] SandboxReply lock(const QString &userId);
    [[nodiscard]] SandboxReply unlock(const QString &userId);
    [[nodiscard]] SandboxReply ban(const QString &userId);
    [[nodiscard]] SandboxReply unban(const QString &userId);
    [[nodiscard]] SandboxReply deleteTotp(const QString &userId);
    [[nodiscard]] SandboxReply deleteBackupCodes(const QString &userId);

private:
    // The user with this id, its lockout settled at this instant; nullptr when there is none.
    [[nodiscard]] SandboxUser *find(const QString &userId);
    // The user's JSON after a change: touched at this instant.
    [[nodiscard]] SandboxReply changed(SandboxUser &user);

    SandboxUsers &m_users;
    SandboxSessions &m_sessions;
    SandboxIds &m_ids;
    qint64 m_now;
};

} // namespace PhoneDesk

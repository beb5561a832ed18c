// SPDX-License-Identifier: MIT
// Lockouts, bans and the removal of second factors, with Clerk's side effects.
#include "sandboxuserchanges.h"

#include "sandboxids.h"
#include "sandboxsessions.h"
#include "sandboxusers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace PhoneDesk {

namespace {
// DELETE /users/{id}/totp and …/backup_code answer {"user_id": …} and nothing else.
SandboxReply userIdReply(const QString &userId)
{
    return SandboxReply::json(QJsonDocument(QJsonObject{{QStringLiteral("user_id"), userId}}).toJson(QJsonDocument::Compact));
}
} // namespace

SandboxUserChanges::SandboxUserChanges(SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, qint64 nowMs)
    : m_users(users)
    , m_sessions(sessions)
    , m_ids(ids)
    , m_now(nowMs)
{
}

SandboxUser *SandboxUserChanges::find(const QString &userId)
{
    SandboxUser *user = m_users.find(userId);
    if (user)
        user->settleLockout(m_now);
    return user;
}

SandboxReply SandboxUserChanges::changed(SandboxUser &user)
{
    user.touch(m_now);
    return SandboxReply::json(user.json(m_now));
}

SandboxReply SandboxUserChanges::lock(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    // For the instance's lockout duration; a lockout that never ends stays so. Attempts are
    // left as they are: "a user locked explicitly may still have verification attempts".
    if (!user->locked)
        user->lockoutEndsAt = m_now + SandboxLockoutPolicy::kDurationMs;
    else if (user->lockoutEndsAt)
        user->lockoutEndsAt = std::max(*user->lockoutEndsAt, m_now + SandboxLockoutPolicy::kDurationMs);
    user->locked = true;
    return changed(*user);
}

SandboxReply SandboxUserChanges::unlock(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    user->locked = false;
    user->lockoutEndsAt.reset();
    user->verificationAttemptsUsed = 0;
    return changed(*user);
}

SandboxReply SandboxUserChanges::ban(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    // "All their sessions are revoked": the ones still active; the others have ended already.
    (void)m_sessions.revokeActive(m_users, m_users.indexOf(userId), m_now);
    user->banned = true;
    return changed(*user);
}

SandboxReply SandboxUserChanges::unban(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    // Kept as they are before the ban goes: revoked sessions stay revoked.
    (void)m_sessions.edit(m_users, m_users.indexOf(userId));
    user->banned = false;
    return changed(*user);
}

SandboxReply SandboxUserChanges::deleteTotp(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    if (!user->totpEnabled)
        return SandboxReply::error(m_ids, 404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                                   QStringLiteral("The user has no TOTP (authenticator app) to delete."));
    const bool hadTwoFactor = user->twoFactorEnabled();
    user->totpEnabled = false;
    if (hadTwoFactor && !user->twoFactorEnabled())
        user->mfaDisabledAt = m_now;
    user->touch(m_now);
    return userIdReply(userId);
}

SandboxReply SandboxUserChanges::deleteBackupCodes(const QString &userId)
{
    SandboxUser *user = find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    if (!user->backupCodeEnabled)
        return SandboxReply::error(m_ids, 404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                                   QStringLiteral("The user has no backup codes to delete."));
    // Backup codes do not turn two-step sign-in on or off (two_factor_enabled counts TOTP and
    // second-factor numbers), so mfa_disabled_at stays.
    user->backupCodeEnabled = false;
    for (PhoneNumber &phone : user->phones) {
        if (phone.backupCodes) {
            phone.backupCodes.reset();
            phone.updatedAt = m_now;
        }
    }
    user->touch(m_now);
    return userIdReply(userId);
}

} // namespace PhoneDesk

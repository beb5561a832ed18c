// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace PhoneDesk {

class SandboxAuditCases;
class SandboxIds;
class SandboxSessions;
class SandboxUsers;

// One demo user planted in a state that keeps them from signing in (or, for active_sessions,
// one a support agent signs out everywhere), and the number the state is about, if one is.
struct SandboxSignInCase
{
    QString state;
    QString userId;
    QString phoneNumberId;
    friend bool operator==(const SandboxSignInCase &, const SandboxSignInCase &) = default;
};

// Plants one user in each sign-in state on ten demo users after those SandboxAuditCases takes
// (the 11th to the 20th, in the order they were made), so that the window's sign-in check has
// something to find for every kind: locked_expiring (25 minutes left), locked_forever, banned,
// no_usable_identifier (only unverified numbers, no email, username or external account),
// second_factor_unusable (2FA on a number whose verification failed), sms_country_blocked (a
// Brazilian number: blocked once BR is on the instance's SMS blocklist), code_pending,
// code_expired, number_invalid (+1 555…) and active_sessions (three devices signed in). The
// instance audit reports two of them; those are added to the audit oracle. Not thread-safe:
// SandboxStore holds its lock around every use.
class SandboxSignInCases
{
public:
    static constexpr int kFirstUser = 10;
    static constexpr int kCount = 10;

    // Rewrites the users; does nothing when planted already or there are too few users.
    void plant(SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, SandboxAuditCases &audit, qint64 now);
    [[nodiscard]] const QList<SandboxSignInCase> &cases() const { return m_cases; }

private:
    QList<SandboxSignInCase> m_cases;
};

} // namespace PhoneDesk

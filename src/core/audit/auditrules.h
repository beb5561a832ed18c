// SPDX-License-Identifier: MIT
#pragma once

#include "auditfinding.h"

#include "domain/usersummary.h"

#include <QHash>
#include <QList>
#include <QString>

namespace PhoneDesk {

// What the instance audit checks, one user at a time: each number's form and validity
// (libphonenumber through PhoneNumberInfo), 2FA without a usable factor, second factors on banned
// or locked users, stale codes, a primary id that names no number. Numbers are remembered across
// users, so that lookalikes (the same number on different users) are found once all are seen.
class AuditRules
{
public:
    static constexpr int kDefaultPendingAgeDays = 7;

    // `pendingAgeMs`: a code pending or expired for longer than this is a finding.
    AuditRules(qint64 nowMs, qint64 pendingAgeMs);

    [[nodiscard]] QList<AuditFinding> inspect(const UserSummary &user);
    // The lookalikes among every user inspected so far.
    [[nodiscard]] QList<AuditFinding> lookalikes() const;

private:
    struct Holder
    {
        QString userId;
        QString userName;
        QString phoneNumberId;
        QString stored;
    };

    void inspectNumber(const UserSummary &user, const PhoneNumber &phone, QList<AuditFinding> &findings);

    qint64 m_now;
    qint64 m_pendingAge;
    QHash<QString, QList<Holder>> m_holders; // E.164 → the numbers that are it
};

} // namespace PhoneDesk

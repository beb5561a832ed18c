// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

class SandboxIds;
class SandboxUsers;

// One case the instance audit must report: its kind (AuditFinding::kindKey), the user and the
// number it concerns (empty when it concerns the user as a whole).
struct SandboxAuditCase
{
    QString kind;
    QString userId;
    QString phoneNumberId;
    friend bool operator==(const SandboxAuditCase &, const SandboxAuditCase &) = default;
};

// What an audit of the sandbox instance must find: cases planted on known users, and the
// generator's legacy numbers that are not E.164. A test checks that the instance audit finds
// exactly these. Not thread-safe: SandboxStore holds its lock around every use.
class SandboxAuditCases
{
public:
    SandboxAuditCases() = default;
    // `legacyPhoneIds`: DemoDataGenerator::legacyPhoneIds().
    explicit SandboxAuditCases(QStringList legacyPhoneIds);

    // Rewrites the first ten users (in the order they were made) into one case each; does
    // nothing when they were planted already or there are fewer than ten users.
    void plant(SandboxUsers &users, SandboxIds &ids, qint64 now);
    // Every case an audit must report now: those planted and the legacy numbers, as long as
    // they still exist.
    [[nodiscard]] QList<SandboxAuditCase> cases(const SandboxUsers &users) const;
    // A case that other planted data makes (SandboxSignInCases), reported from now on.
    void add(const SandboxAuditCase &found) { m_added.append(found); }

private:
    QStringList m_legacyPhoneIds;
    QList<SandboxAuditCase> m_planted;
    QList<SandboxAuditCase> m_added;
};

} // namespace PhoneDesk

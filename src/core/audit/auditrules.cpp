// SPDX-License-Identifier: MIT
#include "auditrules.h"

#include "guard/guardedaccount.h"
#include "phone/phonenumberinfo.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PhoneDesk {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

bool hasE164Form(const QString &text)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(text).hasMatch();
}

QString dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

AuditFinding finding(AuditFinding::Kind kind, const UserSummary &user, const PhoneNumber *phone, const QString &explanation)
{
    return {kind, user.id, user.displayName(), phone ? phone->id : QString(), phone ? phone->phoneNumber : QString(), explanation};
}
} // namespace

AuditRules::AuditRules(qint64 nowMs, qint64 pendingAgeMs)
    : m_now(nowMs)
    , m_pendingAge(pendingAgeMs)
{
}

void AuditRules::inspectNumber(const UserSummary &user, const PhoneNumber &phone, QList<AuditFinding> &findings)
{
    const PhoneNumberInfo info = PhoneNumberInfo::of(phone.phoneNumber);
    if (info.valid && !info.isE164) {
        findings.append(finding(AuditFinding::Kind::NotE164, user, &phone,
                                QStringLiteral("Stored as \"%1\", not in E.164 form; the number is %2.").arg(phone.phoneNumber, info.e164)));
    } else if (!info.valid && hasE164Form(phone.phoneNumber)) {
        findings.append(finding(AuditFinding::Kind::InvalidNumber, user, &phone,
                                QStringLiteral("%1 is written in E.164 form, but is no valid number of its country.").arg(phone.phoneNumber)));
    } else if (!info.valid) {
        findings.append(finding(AuditFinding::Kind::NotE164, user, &phone,
                                QStringLiteral("Stored as \"%1\": not in E.164 form, and not readable as a valid number.").arg(phone.phoneNumber)));
    }
    if (info.valid)
        m_holders[info.e164].append({user.id, user.displayName(), phone.id, phone.phoneNumber});

    if (phone.verification && phone.verification->expireAt) {
        const Verification::Status status = phone.verification->statusKind();
        const qint64 age = m_now - *phone.verification->expireAt;
        const bool stale = age > m_pendingAge && (status == Verification::Status::Unverified || status == Verification::Status::Expired);
        if (stale) {
            const QString what = status == Verification::Status::Expired ? QStringLiteral("expired") : QStringLiteral("still pending");
            findings.append(finding(AuditFinding::Kind::StaleVerification, user, &phone,
                                    QStringLiteral("Its verification is %1; the code ran out %2 days ago (%3) and the number was never verified.")
                                        .arg(what).arg(age / kDayMs).arg(dateOf(*phone.verification->expireAt))));
        }
    }
}

QList<AuditFinding> AuditRules::inspect(const UserSummary &user)
{
    QList<AuditFinding> findings;
    for (const PhoneNumber &phone : user.phoneNumbers)
        inspectNumber(user, phone, findings);

    const GuardedAccount account = GuardedAccount::ofUser(user);
    const PhoneNumber *reserved = nullptr;
    for (const PhoneNumber &phone : user.phoneNumbers) {
        if (phone.reservedForSecondFactor.value_or(false) && !reserved)
            reserved = &phone;
    }
    if (user.twoFactorEnabled.value_or(false) && !account.hasUsableSecondFactor()) {
        findings.append(finding(AuditFinding::Kind::TwoFactorWithoutFactor, user, reserved,
                                reserved ? QStringLiteral("2FA is on, but its only second factor, %1, is not verified; there is no TOTP either.")
                                               .arg(reserved->phoneNumber)
                                         : QStringLiteral("2FA is on, but there is no verified 2FA number and no TOTP.")));
    }

    if (user.banned.value_or(false) || user.locked.value_or(false)) {
        QStringList factors;
        for (const PhoneNumber &phone : user.phoneNumbers) {
            if (phone.reservedForSecondFactor.value_or(false))
                factors.append(QStringLiteral("2FA number %1").arg(phone.phoneNumber));
        }
        if (user.totpEnabled.value_or(false))
            factors.append(QStringLiteral("TOTP"));
        if (user.backupCodeEnabled.value_or(false))
            factors.append(QStringLiteral("backup codes"));
        if (!factors.isEmpty()) {
            const QString state = user.banned.value_or(false) ? QStringLiteral("banned") : QStringLiteral("locked");
            findings.append(finding(AuditFinding::Kind::SecondFactorOnBlockedUser, user, nullptr,
                                    QStringLiteral("The user is %1 but still has second factors: %2.").arg(state, factors.join(QStringLiteral(", ")))));
        }
    }

    if (user.primaryPhoneNumberId && !user.primaryPhoneNumberId->isEmpty()) {
        bool found = false;
        for (const PhoneNumber &phone : user.phoneNumbers)
            found = found || phone.id == *user.primaryPhoneNumberId;
        if (!found) {
            findings.append(finding(AuditFinding::Kind::PrimaryPointsNowhere, user, nullptr,
                                    QStringLiteral("primary_phone_number_id is %1, which is none of the user's %2 numbers.")
                                        .arg(*user.primaryPhoneNumberId).arg(user.phoneNumbers.size())));
        }
    }
    return findings;
}

QList<AuditFinding> AuditRules::lookalikes() const
{
    QList<AuditFinding> findings;
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it) {
        const QList<Holder> &holders = it.value();
        QSet<QString> users;
        for (const Holder &holder : holders)
            users.insert(holder.userId);
        if (users.size() < 2)
            continue;
        for (const Holder &holder : holders) {
            QStringList others;
            for (const Holder &other : holders) {
                if (other.userId == holder.userId)
                    continue;
                others.append(QStringLiteral("\"%1\" of %2 (%3)").arg(other.stored, other.userName, other.userId));
            }
            const bool sameSpelling = std::all_of(holders.cbegin(), holders.cend(),
                                                  [&](const Holder &other) { return other.stored == holder.stored; });
            findings.append({AuditFinding::Kind::Lookalike, holder.userId, holder.userName, holder.phoneNumberId, holder.stored,
                             QStringLiteral("The same number as %1%2.")
                                 .arg(others.join(QStringLiteral(", ")),
                                      sameSpelling ? QString() : QStringLiteral(", written differently: both are %1").arg(it.key()))});
        }
    }
    return findings;
}

} // namespace PhoneDesk

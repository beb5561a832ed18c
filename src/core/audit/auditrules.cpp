// SPDX-License-Identifier: MIT
#include "auditrules.h"

#include "guard/guardedaccount.h"
#include "phone/phonenumberinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
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

// The agent's own day, in the locale's short form, for the window.
QString shownDateOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
}

// A finding's explanation twice: in English for files and scripts, and as the window shows it
// (translated where a translation is installed; phonedesk-cli installs none).
struct Explanation
{
    QString english;
    QString shown;
};

// A sentence whose English is its source (marked with QT_TRANSLATE_NOOP), with its values.
template<typename... Args>
Explanation explain(const char *source, const Args &...values)
{
    const QString english = QString::fromUtf8(source);
    const QString shown = QCoreApplication::translate("AuditRules", source);
    if constexpr (sizeof...(Args) == 0)
        return {english, shown};
    else
        return {english.arg(values...), shown.arg(values...)};
}

AuditFinding finding(AuditFinding::Kind kind, const UserSummary &user, const PhoneNumber *phone, const Explanation &text)
{
    return {kind,          user.id,     user.displayName(), phone ? phone->id : QString(), phone ? phone->phoneNumber : QString(),
            text.english, text.shown};
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
                                explain(QT_TRANSLATE_NOOP("AuditRules", "Stored as \"%1\", not in E.164 form; the number is %2."),
                                        phone.phoneNumber, info.e164)));
    } else if (!info.valid && hasE164Form(phone.phoneNumber)) {
        findings.append(finding(AuditFinding::Kind::InvalidNumber, user, &phone,
                                explain(QT_TRANSLATE_NOOP("AuditRules", "%1 is written in E.164 form, but is no valid number of its country."),
                                        phone.phoneNumber)));
    } else if (!info.valid) {
        findings.append(finding(AuditFinding::Kind::NotE164, user, &phone,
                                explain(QT_TRANSLATE_NOOP("AuditRules", "Stored as \"%1\": not in E.164 form, and not readable as a valid number."),
                                        phone.phoneNumber)));
    }
    if (info.valid)
        m_holders[info.e164].append({user.id, user.displayName(), phone.id, phone.phoneNumber});

    if (phone.verification && phone.verification->expireAt) {
        const Verification::Status status = phone.verification->statusKind();
        const qint64 age = m_now - *phone.verification->expireAt;
        const bool stale = age > m_pendingAge && (status == Verification::Status::Unverified || status == Verification::Status::Expired);
        if (stale) {
            const bool expired = status == Verification::Status::Expired;
            const qint64 expireAt = *phone.verification->expireAt;
            const int days = int(age / kDayMs);
            const QString what = expired ? QStringLiteral("expired") : QStringLiteral("still pending");
            const QString english = QStringLiteral("Its verification is %1; the code ran out %2 days ago (%3) and the number was never verified.")
                                        .arg(what).arg(days).arg(dateOf(expireAt));
            const QString shown = expired ? QCoreApplication::translate("AuditRules",
                                                                        "Its verification is expired; the code ran out %Ln day(s) ago (%1) "
                                                                        "and the number was never verified.",
                                                                        nullptr, days)
                                          : QCoreApplication::translate("AuditRules",
                                                                        "Its verification is still pending; the code ran out %Ln day(s) ago "
                                                                        "(%1) and the number was never verified.",
                                                                        nullptr, days);
            findings.append(finding(AuditFinding::Kind::StaleVerification, user, &phone, {english, shown.arg(shownDateOf(expireAt))}));
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
                                reserved ? explain(QT_TRANSLATE_NOOP("AuditRules", "2FA is on, but its only second factor, %1, is not "
                                                                                   "verified; there is no TOTP either."),
                                                   reserved->phoneNumber)
                                         : explain(QT_TRANSLATE_NOOP("AuditRules", "2FA is on, but there is no verified 2FA number and no TOTP."))));
    }

    if (user.banned.value_or(false) || user.locked.value_or(false)) {
        QStringList factors;
        QStringList shownFactors;
        for (const PhoneNumber &phone : user.phoneNumbers) {
            if (phone.reservedForSecondFactor.value_or(false)) {
                factors.append(QStringLiteral("2FA number %1").arg(phone.phoneNumber));
                shownFactors.append(QCoreApplication::translate("AuditRules", "2FA number %1").arg(phone.phoneNumber));
            }
        }
        if (user.totpEnabled.value_or(false)) {
            factors.append(QStringLiteral("TOTP"));
            shownFactors.append(QStringLiteral("TOTP"));
        }
        if (user.backupCodeEnabled.value_or(false)) {
            factors.append(QStringLiteral("backup codes"));
            shownFactors.append(QCoreApplication::translate("AuditRules", "backup codes"));
        }
        if (!factors.isEmpty()) {
            const bool banned = user.banned.value_or(false);
            const QString state = banned ? QStringLiteral("banned") : QStringLiteral("locked");
            const QString english = QStringLiteral("The user is %1 but still has second factors: %2.").arg(state, factors.join(QStringLiteral(", ")));
            const QString shown = banned ? QCoreApplication::translate("AuditRules", "The user is banned but still has second factors: %1.")
                                         : QCoreApplication::translate("AuditRules", "The user is locked but still has second factors: %1.");
            findings.append(finding(AuditFinding::Kind::SecondFactorOnBlockedUser, user, nullptr,
                                    {english, shown.arg(shownFactors.join(QStringLiteral(", ")))}));
        }
    }

    if (user.primaryPhoneNumberId && !user.primaryPhoneNumberId->isEmpty()) {
        bool found = false;
        for (const PhoneNumber &phone : user.phoneNumbers)
            found = found || phone.id == *user.primaryPhoneNumberId;
        if (!found) {
            const int count = int(user.phoneNumbers.size());
            const QString english = QStringLiteral("primary_phone_number_id is %1, which is none of the user's %2 numbers.")
                                        .arg(*user.primaryPhoneNumberId)
                                        .arg(count);
            const QString shown = QCoreApplication::translate("AuditRules",
                                                              "primary_phone_number_id is %1, which is none of the user's %Ln number(s).",
                                                              nullptr, count)
                                      .arg(*user.primaryPhoneNumberId);
            findings.append(finding(AuditFinding::Kind::PrimaryPointsNowhere, user, nullptr, {english, shown}));
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
            QStringList shownOthers;
            for (const Holder &other : holders) {
                if (other.userId == holder.userId)
                    continue;
                others.append(QStringLiteral("\"%1\" of %2 (%3)").arg(other.stored, other.userName, other.userId));
                //: Another user's number: %1 the number as stored, %2 the user's name, %3 the user's id
                shownOthers.append(QCoreApplication::translate("AuditRules", "\"%1\" of %2 (%3)").arg(other.stored, other.userName, other.userId));
            }
            const bool sameSpelling = std::all_of(holders.cbegin(), holders.cend(),
                                                  [&](const Holder &other) { return other.stored == holder.stored; });
            const QString english = QStringLiteral("The same number as %1%2.")
                                        .arg(others.join(QStringLiteral(", ")),
                                             sameSpelling ? QString() : QStringLiteral(", written differently: both are %1").arg(it.key()));
            const QString list = shownOthers.join(QStringLiteral(", "));
            const QString shown = sameSpelling
                                      ? QCoreApplication::translate("AuditRules", "The same number as %1.").arg(list)
                                      : QCoreApplication::translate("AuditRules", "The same number as %1, written differently: both are %2.")
                                            .arg(list, it.key());
            findings.append({AuditFinding::Kind::Lookalike, holder.userId, holder.userName, holder.phoneNumberId, holder.stored,
                             english, shown});
        }
    }
    return findings;
}

} // namespace PhoneDesk

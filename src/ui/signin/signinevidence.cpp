// SPDX-License-Identifier: MIT
#include "signinevidence.h"

#include "phone/phonenumberinfo.h"

#include <QDateTime>
#include <QStringList>

namespace PhoneDesk {

namespace {
using Kind = SignInFinding::Kind;

const QString kSeparator = QStringLiteral(" · ");

const PhoneNumber *numberOf(const UserSummary &user, const QString &id)
{
    for (const PhoneNumber &phone : user.phoneNumbers) {
        if (phone.id == id)
            return &phone;
    }
    return nullptr;
}
} // namespace

QString SignInEvidence::of(const SignInFinding &finding, const SignInDiagnosis &diagnosis, const QStringList &blockedCountries)
{
    const UserSummary &user = diagnosis.user();
    const PhoneNumber *phone = numberOf(user, finding.phoneNumberId);
    QStringList facts;
    switch (finding.kind) {
    case Kind::Banned:
        facts.append(flag("banned", user.banned));
        break;
    case Kind::Locked:
        facts.append(flag("locked", user.locked));
        facts.append(finding.lockoutExpiresInSeconds
                         ? QStringLiteral("lockout_expires_in_seconds: %1 (read %2)")
                               .arg(*finding.lockoutExpiresInSeconds)
                               .arg(timeText(diagnosis.readAt()))
                         : QStringLiteral("no lockout_expires_in_seconds: the lockout has no end"));
        if (finding.verificationAttemptsRemaining)
            facts.append(QStringLiteral("verification_attempts_remaining: %1").arg(*finding.verificationAttemptsRemaining));
        break;
    case Kind::NoUsableIdentifier:
        for (const PhoneNumber &own : user.phoneNumbers)
            facts.append(numberState(own));
        if (user.phoneNumbers.isEmpty())
            facts.append(QStringLiteral("no phone numbers"));
        facts.append(user.primaryEmailAddress ? QStringLiteral("email: %1 (not verified)").arg(*user.primaryEmailAddress)
                                              : QStringLiteral("no email address"));
        break;
    case Kind::SecondFactorUnusable:
        facts.append(flag("two_factor_enabled", user.twoFactorEnabled));
        if (phone)
            facts.append(QStringLiteral("reserved for 2FA: %1").arg(numberState(*phone)));
        facts.append(flag("totp_enabled", user.totpEnabled));
        facts.append(flag("backup_code_enabled", user.backupCodeEnabled));
        break;
    case Kind::SmsCountryBlocked: {
        facts.append(finding.phoneNumber);
        facts.append(QStringLiteral("region %1").arg(finding.countryCode));
        facts.append(QStringLiteral("blocked_country_codes: %1").arg(blockedCountries.join(QStringLiteral(", "))));
        break;
    }
    case Kind::NumberInvalid: {
        const PhoneNumberInfo info = PhoneNumberInfo::of(finding.phoneNumber);
        facts.append(finding.phoneNumber);
        facts.append(info.regionCode.isEmpty() ? QStringLiteral("no region's numbering plan has it")
                                               : QStringLiteral("not in the numbering plan of %1").arg(info.regionCode));
        break;
    }
    case Kind::CodeExpired:
    case Kind::CodePending:
        facts.append(finding.phoneNumber);
        if (phone && phone->verification)
            facts.append(QStringLiteral("status: %1").arg(phone->verification->status));
        if (finding.codeExpireAt)
            facts.append(QStringLiteral("expire_at: %1").arg(timeText(*finding.codeExpireAt)));
        facts.append(finding.codeAttempts ? QStringLiteral("attempts: %1").arg(*finding.codeAttempts)
                                          : QStringLiteral("attempts: unknown"));
        break;
    }
    facts.removeAll(QString());
    return facts.join(kSeparator);
}

QString SignInEvidence::numberState(const PhoneNumber &phone)
{
    if (!phone.verification)
        return QStringLiteral("%1: never verified").arg(phone.phoneNumber);
    switch (phone.verification->statusKind()) {
    case Verification::Status::Verified: return QStringLiteral("%1: verified").arg(phone.phoneNumber);
    case Verification::Status::Unverified: return QStringLiteral("%1: code pending").arg(phone.phoneNumber);
    case Verification::Status::Failed: return QStringLiteral("%1: code failed").arg(phone.phoneNumber);
    case Verification::Status::Expired: return QStringLiteral("%1: code expired").arg(phone.phoneNumber);
    case Verification::Status::Other: break;
    }
    return QStringLiteral("%1: %2").arg(phone.phoneNumber, phone.verification->status);
}

QString SignInEvidence::flag(const char *name, const std::optional<bool> &value)
{
    const QString shown = !value ? QStringLiteral("unknown") : *value ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("%1: %2").arg(QLatin1StringView(name), shown);
}

QString SignInEvidence::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "signinevidence.h"

#include "phone/phonenumberinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace PhoneDesk {

namespace {
using Kind = SignInFinding::Kind;

const QString kSeparator = QStringLiteral(" · ");

// The words around the API's field names and values; those stay as the server sent them.
QString say(const char *text)
{
    return QCoreApplication::translate("SignInEvidence", text);
}

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
                         ? say(QT_TRANSLATE_NOOP("SignInEvidence", "lockout_expires_in_seconds: %1 (read %2)"))
                               .arg(QString::number(*finding.lockoutExpiresInSeconds), timeText(diagnosis.readAt()))
                         : say(QT_TRANSLATE_NOOP("SignInEvidence", "no lockout_expires_in_seconds: the lockout has no end")));
        if (finding.verificationAttemptsRemaining)
            facts.append(QStringLiteral("verification_attempts_remaining: %1").arg(*finding.verificationAttemptsRemaining));
        break;
    case Kind::NoUsableIdentifier:
        for (const PhoneNumber &own : user.phoneNumbers)
            facts.append(numberState(own));
        if (user.phoneNumbers.isEmpty())
            facts.append(say(QT_TRANSLATE_NOOP("SignInEvidence", "no phone numbers")));
        facts.append(user.primaryEmailAddress
                         ? say(QT_TRANSLATE_NOOP("SignInEvidence", "email: %1 (not verified)")).arg(*user.primaryEmailAddress)
                         : say(QT_TRANSLATE_NOOP("SignInEvidence", "no email address")));
        break;
    case Kind::SecondFactorUnusable:
        facts.append(flag("two_factor_enabled", user.twoFactorEnabled));
        if (phone)
            facts.append(say(QT_TRANSLATE_NOOP("SignInEvidence", "reserved for 2FA: %1")).arg(numberState(*phone)));
        facts.append(flag("totp_enabled", user.totpEnabled));
        facts.append(flag("backup_code_enabled", user.backupCodeEnabled));
        break;
    case Kind::SmsCountryBlocked: {
        facts.append(finding.phoneNumber);
        facts.append(say(QT_TRANSLATE_NOOP("SignInEvidence", "region %1")).arg(finding.countryCode));
        facts.append(QStringLiteral("blocked_country_codes: %1").arg(blockedCountries.join(QStringLiteral(", "))));
        break;
    }
    case Kind::NumberInvalid: {
        const PhoneNumberInfo info = PhoneNumberInfo::of(finding.phoneNumber);
        facts.append(finding.phoneNumber);
        facts.append(info.regionCode.isEmpty()
                         ? say(QT_TRANSLATE_NOOP("SignInEvidence", "no region's numbering plan has it"))
                         : say(QT_TRANSLATE_NOOP("SignInEvidence", "not in the numbering plan of %1")).arg(info.regionCode));
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
                                          : say(QT_TRANSLATE_NOOP("SignInEvidence", "attempts: unknown")));
        break;
    }
    facts.removeAll(QString());
    return facts.join(kSeparator);
}

QString SignInEvidence::numberState(const PhoneNumber &phone)
{
    if (!phone.verification)
        return say(QT_TRANSLATE_NOOP("SignInEvidence", "%1: never verified")).arg(phone.phoneNumber);
    switch (phone.verification->statusKind()) {
    case Verification::Status::Verified: return say(QT_TRANSLATE_NOOP("SignInEvidence", "%1: verified")).arg(phone.phoneNumber);
    case Verification::Status::Unverified: return say(QT_TRANSLATE_NOOP("SignInEvidence", "%1: code pending")).arg(phone.phoneNumber);
    case Verification::Status::Failed: return say(QT_TRANSLATE_NOOP("SignInEvidence", "%1: code failed")).arg(phone.phoneNumber);
    case Verification::Status::Expired: return say(QT_TRANSLATE_NOOP("SignInEvidence", "%1: code expired")).arg(phone.phoneNumber);
    case Verification::Status::Other: break;
    }
    return QStringLiteral("%1: %2").arg(phone.phoneNumber, phone.verification->status);
}

QString SignInEvidence::flag(const char *name, const std::optional<bool> &value)
{
    const QString shown = !value ? say(QT_TRANSLATE_NOOP("SignInEvidence", "unknown")) : *value ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("%1: %2").arg(QLatin1StringView(name), shown);
}

QString SignInEvidence::timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace PhoneDesk

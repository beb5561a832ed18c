// SPDX-License-Identifier: MIT
#include "signindiagnosis.h"

#include "audit/auditrules.h"
#include "guard/guardedaccount.h"
#include "phone/countrynames.h"
#include "phone/phonenumberinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace PhoneDesk {

namespace {
using Kind = SignInFinding::Kind;
using Fix = SignInFinding::Fix;

// The findings are worded where they are made: in the window's language when a translation is
// installed, in English for the command line, which installs none.
QString say(const char *text)
{
    return QCoreApplication::translate("SignInDiagnosis", text);
}

// "1 minute", "2 minutes": English's two forms are picked here, so that the command line keeps
// them; a translation gives each of the two its own language's forms.
QString counted(qint64 n, const char *one, const char *many)
{
    return QCoreApplication::translate("SignInDiagnosis", n == 1 ? one : many, nullptr, int(n));
}

QString seconds(qint64 n)
{
    return counted(n, QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n second"), QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n seconds"));
}

QString minutes(qint64 n)
{
    return counted(n, QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n minute"), QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n minutes"));
}

QString hours(qint64 n)
{
    return counted(n, QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n hour"), QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n hours"));
}

QString days(qint64 n)
{
    return counted(n, QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n day"), QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n days"));
}

QString attemptsCounted(qint64 n)
{
    return counted(n, QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n attempt"),
                   QT_TRANSLATE_N_NOOP("SignInDiagnosis", "%n attempts"));
}

// "45 seconds", "12 minutes", "3 hours and 5 minutes", "2 days and 4 hours": how long a lockout lasts.
QString durationText(qint64 total)
{
    if (total < 60)
        return seconds(std::max<qint64>(total, 0));
    const qint64 m = (total + 59) / 60;
    if (m < 60)
        return minutes(m);
    const qint64 h = m / 60;
    const char *both = QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 and %2");
    if (h < 24)
        return m % 60 ? say(both).arg(hours(h), minutes(m % 60)) : hours(h);
    return h % 24 ? say(both).arg(days(h / 24), hours(h % 24)) : days(h / 24);
}

QString timeText(qint64 ms)
{
    //: The format (QDateTime::toString) of a time a code runs out, in UTC as the command line prints it.
    const QString format = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "yyyy-MM-dd HH:mm 'UTC'"));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format);
}

// The number as a person reads it: "+55 11 91234-5678", or as stored when it is not valid.
QString shown(const PhoneNumberInfo &info)
{
    return info.valid && !info.international.isEmpty() ? info.international : info.stored;
}

// The number's country by name, in the language the finding is said in (phonedesk-cli: English),
// or by its code when it has no name.
QString countryOf(const PhoneNumberInfo &info)
{
    const QString name = CountryNames::shown(info.regionCode);
    return name.isEmpty() ? info.regionCode : name;
}

SignInFinding finding(Kind kind, const QString &message, Fix fix, const QString &fixText)
{
    SignInFinding f;
    f.kind = kind;
    f.message = message;
    f.fix = fix;
    f.fixText = fixText;
    return f;
}

SignInFinding aboutNumber(SignInFinding f, const PhoneNumber &phone)
{
    f.phoneNumberId = phone.id;
    f.phoneNumber = phone.phoneNumber;
    return f;
}

// A code that can still be entered, or that ran out unentered; nothing when the number has none
// (verified, never sent one, or marked unverified by an admin without a code).
std::optional<bool> codeExpired(const Verification &v, qint64 readAt)
{
    const Verification::Status status = v.statusKind();
    if (status == Verification::Status::Expired || status == Verification::Status::Failed)
        return true;
    if (status == Verification::Status::Unverified && v.expireAt)
        return v.isExpiredAt(readAt);
    return std::nullopt;
}
} // namespace

SignInDiagnosis SignInDiagnosis::of(const UserSummary &user, const std::optional<SmsBlocklist> &blocklist, qint64 readAtMs)
{
    SignInDiagnosis diagnosis;
    diagnosis.m_user = user;
    diagnosis.m_readAt = readAtMs;
    diagnosis.m_blocklistKnown = blocklist.has_value();
    diagnosis.addAccountFindings();
    diagnosis.addNumberFindings(blocklist);
    // Most blocking first; within a kind, the numbers in the user's order.
    std::stable_sort(diagnosis.m_findings.begin(), diagnosis.m_findings.end(),
                     [](const SignInFinding &a, const SignInFinding &b) { return a.kind < b.kind; });
    return diagnosis;
}

void SignInDiagnosis::addAccountFindings()
{
    const QString name = m_user.displayName();
    if (m_user.banned.value_or(false)) {
        const QString message = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 is banned: Clerk refuses every sign-in of theirs."));
        m_findings.append(finding(Kind::Banned, message.arg(name), Fix::Unban,
                                  say(QT_TRANSLATE_NOOP("SignInDiagnosis",
                                                        "Unban them if the ban was not meant; they can then sign in again."))));
    }
    if (m_user.locked.value_or(false)) {
        QString message =
            m_user.lockoutExpiresInSeconds
                ? say(QT_TRANSLATE_NOOP("SignInDiagnosis",
                                        "%1 is locked after too many failed sign-in attempts; the lockout ends by itself in %2."))
                      .arg(name, durationText(*m_user.lockoutExpiresInSeconds))
                : say(QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 is locked, and the lockout does not end by itself.")).arg(name);
        // Attempts left on a locked user: locked by an admin rather than by failed attempts.
        if (m_user.verificationAttemptsRemaining && *m_user.verificationAttemptsRemaining > 0)
            message += say(QT_TRANSLATE_NOOP("SignInDiagnosis", " They still have %1 left, so the lock was set by hand."))
                           .arg(attemptsCounted(*m_user.verificationAttemptsRemaining));
        SignInFinding locked = finding(Kind::Locked, message, Fix::Unlock,
                                       say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Unlock them: they can sign in again at once.")));
        locked.lockoutExpiresInSeconds = m_user.lockoutExpiresInSeconds;
        if (m_user.lockoutExpiresInSeconds)
            locked.lockoutEndsAt = m_readAt + *m_user.lockoutExpiresInSeconds * 1000;
        locked.verificationAttemptsRemaining = m_user.verificationAttemptsRemaining;
        m_findings.append(locked);
    }
    // What the lockout guard counts as ways to sign in.
    const GuardedAccount account = GuardedAccount::ofUser(m_user);
    if (account.signInPhones().isEmpty() && account.otherSignInWays().isEmpty()) {
        const QString message = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 has nothing left to sign in with: no verified phone "
                                                                         "number or email address, and no passkey, linked account "
                                                                         "or web3 wallet.")).arg(name);
        const auto unverified = std::find_if(m_user.phoneNumbers.cbegin(), m_user.phoneNumbers.cend(),
                                             [](const PhoneNumber &phone) { return !phone.isVerified(); });
        if (unverified != m_user.phoneNumbers.cend()) {
            const QString fix = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Send a code to %1 so they can verify it, or add a "
                                                                         "verified number."));
            m_findings.append(aboutNumber(finding(Kind::NoUsableIdentifier, message, Fix::SendCode, fix.arg(unverified->phoneNumber)),
                                          *unverified));
        } else {
            m_findings.append(finding(Kind::NoUsableIdentifier, message, Fix::AddNumber,
                                      say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Add a phone number for them, verified once you "
                                                                               "have confirmed it is theirs."))));
        }
    }
}

void SignInDiagnosis::addNumberFindings(const std::optional<SmsBlocklist> &blocklist)
{
    const QString name = m_user.displayName();
    // The audit's rules: 2FA without a usable factor, and numbers not valid for their region. Its
    // stale-code rule is not asked (an age no code reaches): here every code counts.
    AuditRules rules(m_readAt, std::numeric_limits<qint64>::max() / 2);
    QSet<QString> invalid;
    for (const AuditFinding &audit : rules.inspect(m_user)) {
        if (audit.kind == AuditFinding::Kind::InvalidNumber
            || (audit.kind == AuditFinding::Kind::NotE164 && !PhoneNumberInfo::of(audit.phoneNumber).valid))
            invalid.insert(audit.phoneNumberId);
        if (audit.kind != AuditFinding::Kind::TwoFactorWithoutFactor)
            continue;
        QString message = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 cannot finish signing in. %2")).arg(name, audit.explanation);
        if (m_user.backupCodeEnabled.value_or(false))
            message += say(QT_TRANSLATE_NOOP("SignInDiagnosis", " Only a backup code, if they kept theirs, still gets them in."));
        const auto reserved = std::find_if(m_user.phoneNumbers.cbegin(), m_user.phoneNumbers.cend(),
                                           [&](const PhoneNumber &phone) { return phone.id == audit.phoneNumberId; });
        if (!audit.phoneNumberId.isEmpty() && reserved != m_user.phoneNumbers.cend()) {
            const QString fix = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Mark %1 verified once you have confirmed with them that it "
                                                                         "is theirs, or reset their two-step sign-in."));
            m_findings.append(aboutNumber(finding(Kind::SecondFactorUnusable, message, Fix::EditNumber, fix.arg(reserved->phoneNumber)),
                                          *reserved));
        } else {
            m_findings.append(finding(Kind::SecondFactorUnusable, message, Fix::ResetMfa,
                                      say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Reset their two-step sign-in: they sign in with "
                                                                               "their first factor and set 2FA up again."))));
        }
    }

    for (const PhoneNumber &phone : m_user.phoneNumbers) {
        const PhoneNumberInfo info = PhoneNumberInfo::of(phone.phoneNumber);
        if (blocklist && blocklist->blocksRegion(info.regionCode)) {
            const QString message = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Codes to %1 cannot arrive: the instance sends no SMS "
                                                                             "to %2 (%3)."));
            const QString fix = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Remove %1 from the instance's SMS blocklist in the Clerk "
                                                                         "Dashboard, or add a number of another country."));
            SignInFinding blocked = aboutNumber(
                finding(Kind::SmsCountryBlocked,
                        message.arg(shown(info), countryOf(info), info.regionCode),
                        Fix::ChangeBlocklistInDashboard, fix.arg(info.regionCode)),
                phone);
            blocked.countryCode = info.regionCode;
            m_findings.append(blocked);
        }
        if (invalid.contains(phone.id)) {
            const QString message = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "%1 is not a valid number for its country: no code can "
                                                                             "reach it."));
            const QString fix = say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Add their number again in its correct form, then delete "
                                                                         "this one."));
            m_findings.append(aboutNumber(finding(Kind::NumberInvalid, message.arg(phone.phoneNumber), Fix::AddNumber, fix), phone));
        }
        addCodeFinding(phone);
    }
}

void SignInDiagnosis::addCodeFinding(const PhoneNumber &phone)
{
    if (!phone.verification)
        return;
    const Verification &v = *phone.verification;
    const std::optional<bool> expired = codeExpired(v, m_readAt);
    if (!expired)
        return;
    const QString attempts = v.attempts ? attemptsCounted(*v.attempts) : say(QT_TRANSLATE_NOOP("SignInDiagnosis", "attempts unknown"));
    SignInFinding code;
    if (*expired) {
        const QString message =
            v.statusKind() == Verification::Status::Failed
                ? say(QT_TRANSLATE_NOOP("SignInDiagnosis", "The code sent to %1 was tried too often (%2) and no longer works."))
                      .arg(phone.phoneNumber, attempts)
            : v.expireAt
                ? say(QT_TRANSLATE_NOOP("SignInDiagnosis", "The code sent to %1 ran out at %2 and was never entered (%3)."))
                      .arg(phone.phoneNumber, timeText(*v.expireAt), attempts)
                : say(QT_TRANSLATE_NOOP("SignInDiagnosis", "The code sent to %1 ran out and was never entered (%2)."))
                      .arg(phone.phoneNumber, attempts);
        code = finding(Kind::CodeExpired, message, Fix::SendCode,
                       say(QT_TRANSLATE_NOOP("SignInDiagnosis", "Send a new code to %1.")).arg(phone.phoneNumber));
    } else {
        code = finding(Kind::CodePending,
                       say(QT_TRANSLATE_NOOP("SignInDiagnosis", "A code was sent to %1 and can be entered until %2 (%3 so far)."))
                           .arg(phone.phoneNumber, timeText(*v.expireAt), attempts),
                       Fix::SendCode,
                       say(QT_TRANSLATE_NOOP("SignInDiagnosis", "If it did not arrive, send a new code to %1.")).arg(phone.phoneNumber));
    }
    code = aboutNumber(code, phone);
    code.codeExpireAt = v.expireAt;
    code.codeAttempts = v.attempts;
    m_findings.append(code);
}

QVariantList SignInDiagnosis::findingList() const
{
    QVariantList list;
    list.reserve(m_findings.size());
    for (const SignInFinding &f : m_findings)
        list.append(QVariant::fromValue(f));
    return list;
}

bool SignInDiagnosis::has(SignInFinding::Kind kind) const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [kind](const SignInFinding &f) { return f.kind == kind; });
}

QJsonObject SignInDiagnosis::toJson() const
{
    const auto nullable = [](const auto &value) {
        return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
    };
    const auto flag = [](const std::optional<bool> &value) { return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null); };
    const QJsonObject state{{QStringLiteral("banned"), flag(m_user.banned)},
                            {QStringLiteral("locked"), flag(m_user.locked)},
                            {QStringLiteral("lockout_expires_in_seconds"), nullable(m_user.lockoutExpiresInSeconds)},
                            {QStringLiteral("verification_attempts_remaining"), nullable(m_user.verificationAttemptsRemaining)},
                            {QStringLiteral("two_factor_enabled"), flag(m_user.twoFactorEnabled)},
                            {QStringLiteral("totp_enabled"), flag(m_user.totpEnabled)},
                            {QStringLiteral("backup_code_enabled"), flag(m_user.backupCodeEnabled)},
                            {QStringLiteral("last_sign_in_at"), nullable(m_user.lastSignInAt)},
                            {QStringLiteral("mfa_enabled_at"), nullable(m_user.mfaEnabledAt)},
                            {QStringLiteral("mfa_disabled_at"), nullable(m_user.mfaDisabledAt)}};
    QJsonArray findings;
    for (const SignInFinding &f : m_findings)
        findings.append(f.toJson());
    return QJsonObject{{QStringLiteral("user_id"), m_user.id},
                       {QStringLiteral("user_name"), m_user.displayName()},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("findings"), findings}};
}

} // namespace PhoneDesk

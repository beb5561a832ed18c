// SPDX-License-Identifier: MIT
#include "signinfinding.h"

namespace PhoneDesk {

namespace {
template<typename T>
QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QJsonValue numberOrNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString SignInFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Banned: return QStringLiteral("banned");
    case Kind::Locked: return QStringLiteral("locked");
    case Kind::NoUsableIdentifier: return QStringLiteral("no_usable_identifier");
    case Kind::SecondFactorUnusable: return QStringLiteral("second_factor_unusable");
    case Kind::SmsCountryBlocked: return QStringLiteral("sms_country_blocked");
    case Kind::NumberInvalid: return QStringLiteral("number_invalid");
    case Kind::CodeExpired: return QStringLiteral("code_expired");
    case Kind::CodePending: return QStringLiteral("code_pending");
    }
    return {};
}

std::optional<SignInFinding::Kind> SignInFinding::kindNamed(QStringView name)
{
    for (int value = int(Kind::Banned); value <= int(Kind::CodePending); ++value) {
        if (name == kindName(Kind(value)))
            return Kind(value);
    }
    return std::nullopt;
}

QString SignInFinding::fixName(Fix fix)
{
    switch (fix) {
    case Fix::Unlock: return QStringLiteral("unlock");
    case Fix::Unban: return QStringLiteral("unban");
    case Fix::RemoveTotp: return QStringLiteral("remove_totp");
    case Fix::RemoveBackupCodes: return QStringLiteral("remove_backup_codes");
    case Fix::ResetMfa: return QStringLiteral("reset_mfa");
    case Fix::SendCode: return QStringLiteral("send_code");
    case Fix::EditNumber: return QStringLiteral("edit_number");
    case Fix::AddNumber: return QStringLiteral("add_number");
    case Fix::RevokeSessions: return QStringLiteral("revoke_sessions");
    case Fix::ChangeBlocklistInDashboard: return QStringLiteral("change_blocklist_in_dashboard");
    }
    return {};
}

QJsonObject SignInFinding::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName()},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("fix"), fixName()},
                     {QStringLiteral("fix_text"), fixText}};
    switch (kind) {
    case Kind::Banned:
    case Kind::NoUsableIdentifier:
        break;
    case Kind::Locked:
        // null: a lockout that never ends by itself; lockout off, for the attempts.
        json.insert(QStringLiteral("lockout_expires_in_seconds"), numberOrNull(lockoutExpiresInSeconds));
        json.insert(QStringLiteral("verification_attempts_remaining"), numberOrNull(verificationAttemptsRemaining));
        break;
    case Kind::SecondFactorUnusable:
    case Kind::SmsCountryBlocked:
    case Kind::NumberInvalid:
    case Kind::CodeExpired:
    case Kind::CodePending:
        // A finding about the user as a whole (2FA with no number at all) names no number.
        if (!phoneNumberId.isEmpty()) {
            json.insert(QStringLiteral("phone_number_id"), phoneNumberId);
            json.insert(QStringLiteral("phone_number"), phoneNumber);
        }
        break;
    }
    if (kind == Kind::SmsCountryBlocked)
        json.insert(QStringLiteral("country_code"), countryCode);
    if (kind == Kind::CodeExpired || kind == Kind::CodePending) {
        json.insert(QStringLiteral("expire_at"), numberOrNull(codeExpireAt));
        json.insert(QStringLiteral("attempts"), codeAttempts ? QJsonValue(*codeAttempts) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

QVariant SignInFinding::lockoutExpiresInSecondsValue() const
{
    return valueOrNull(lockoutExpiresInSeconds);
}

QVariant SignInFinding::lockoutEndsAtValue() const
{
    return valueOrNull(lockoutEndsAt);
}

QVariant SignInFinding::verificationAttemptsRemainingValue() const
{
    return valueOrNull(verificationAttemptsRemaining);
}

QVariant SignInFinding::codeExpireAtValue() const
{
    return valueOrNull(codeExpireAt);
}

QVariant SignInFinding::codeAttemptsValue() const
{
    return valueOrNull(codeAttempts);
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "auditfinding.h"

#include <QCoreApplication>

#include <algorithm>

namespace PhoneDesk {

QString AuditFinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::NotE164: return QStringLiteral("not_e164");
    case Kind::InvalidNumber: return QStringLiteral("invalid_number");
    case Kind::Lookalike: return QStringLiteral("lookalike");
    case Kind::TwoFactorWithoutFactor: return QStringLiteral("two_factor_without_factor");
    case Kind::SecondFactorOnBlockedUser: return QStringLiteral("second_factor_on_blocked_user");
    case Kind::StaleVerification: return QStringLiteral("stale_verification");
    case Kind::PrimaryPointsNowhere: return QStringLiteral("primary_points_nowhere");
    }
    return {};
}

QString AuditFinding::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::NotE164: return QCoreApplication::translate("AuditFinding", "Not in E.164 form");
    case Kind::InvalidNumber: return QCoreApplication::translate("AuditFinding", "Not a valid number for its country");
    case Kind::Lookalike: return QCoreApplication::translate("AuditFinding", "Same number on different users");
    case Kind::TwoFactorWithoutFactor: return QCoreApplication::translate("AuditFinding", "2FA on, but no usable second factor");
    case Kind::SecondFactorOnBlockedUser:
        return QCoreApplication::translate("AuditFinding", "Second factors on banned or locked users");
    case Kind::StaleVerification: return QCoreApplication::translate("AuditFinding", "Verification pending or expired too long");
    case Kind::PrimaryPointsNowhere: return QCoreApplication::translate("AuditFinding", "Primary number that does not exist");
    }
    return {};
}

QJsonObject AuditFinding::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kindKey()},
                       {QStringLiteral("user_id"), userId},
                       {QStringLiteral("user_name"), userName},
                       {QStringLiteral("phone_number_id"), phoneNumberId.isEmpty() ? QJsonValue() : QJsonValue(phoneNumberId)},
                       {QStringLiteral("phone_number"), phoneNumber.isEmpty() ? QJsonValue() : QJsonValue(phoneNumber)},
                       {QStringLiteral("explanation"), explanation}};
}

void sortFindings(QList<AuditFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const AuditFinding &a, const AuditFinding &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.userId != b.userId)
            return a.userId < b.userId;
        return a.phoneNumberId < b.phoneNumberId;
    });
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "phonenumberrow.h"

#include <QDateTime>
#include <QVariantMap>

namespace PhoneDesk {

namespace {
QString stateOf(const std::optional<Verification> &verification, qint64 nowMs)
{
    if (!verification)
        return QStringLiteral("none");
    switch (verification->statusKind()) {
    case Verification::Status::Verified: return QStringLiteral("verified");
    case Verification::Status::Failed: return QStringLiteral("failed");
    case Verification::Status::Expired: return QStringLiteral("expired");
    case Verification::Status::Unverified:
        return verification->isExpiredAt(nowMs) ? QStringLiteral("expired") : QStringLiteral("unverified");
    case Verification::Status::Other: break;
    }
    return QStringLiteral("other");
}
} // namespace

QList<PhoneNumberRow> PhoneNumberRow::fromUser(const UserSummary &user)
{
    QList<PhoneNumberRow> rows;
    rows.reserve(user.phoneNumbers.size());
    const QString name = user.displayName();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Formatting is the costly part: once per number, shared by its own row and its siblings'.
    QList<PhoneNumberInfo> infos;
    infos.reserve(user.phoneNumbers.size());
    for (const PhoneNumber &phone : user.phoneNumbers)
        infos.append(PhoneNumberInfo::of(phone.phoneNumber));

    for (qsizetype i = 0; i < user.phoneNumbers.size(); ++i) {
        PhoneNumberRow row;
        row.phone = user.phoneNumbers.at(i);
        row.info = infos.at(i);
        row.userId = user.id;
        row.userName = name;
        row.userEmail = user.primaryEmailAddress.value_or(QString());
        row.isPrimary = user.primaryPhoneNumberId && *user.primaryPhoneNumberId == row.phone.id;
        row.userTwoFactorEnabled = user.twoFactorEnabled;
        row.userTotpEnabled = user.totpEnabled;
        row.userBackupCodeEnabled = user.backupCodeEnabled;
        row.userBanned = user.banned;
        row.userLocked = user.locked;
        row.ownerSignIn = user.signIn;
        for (const IdentificationLink &link : row.phone.linkedTo)
            row.linkedTo.append(QVariantMap{{QStringLiteral("type"), link.type},
                                            {QStringLiteral("id"), link.id},
                                            {QStringLiteral("provider"), link.providerName()}});
        for (qsizetype j = 0; j < user.phoneNumbers.size(); ++j) {
            if (j == i)
                continue;
            const PhoneNumber &other = user.phoneNumbers.at(j);
            row.otherNumbers.append(QVariantMap{{QStringLiteral("id"), other.id},
                                                {QStringLiteral("phoneNumber"), other.phoneNumber},
                                                {QStringLiteral("formatted"), infos.at(j).international},
                                                {QStringLiteral("verificationState"), stateOf(other.verification, now)},
                                                {QStringLiteral("isPrimary"), user.primaryPhoneNumberId == other.id}});
        }
        rows.append(std::move(row));
    }
    return rows;
}

QString PhoneNumberRow::verificationState(qint64 nowMs) const
{
    return stateOf(phone.verification, nowMs);
}

QString PhoneNumberRow::verificationKind() const
{
    if (!phone.verification)
        return QStringLiteral("none");
    switch (phone.verification->kind) {
    case Verification::Kind::Otp: return QStringLiteral("otp");
    case Verification::Kind::Admin: return QStringLiteral("admin");
    case Verification::Kind::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace PhoneDesk

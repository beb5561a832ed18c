// SPDX-License-Identifier: MIT
#include "phonenumberrow.h"

#include "sharedstrings.h"

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

// The values that repeat across rows refer to one pooled copy; a number's stored spelling,
// usually its E.164 form too, is held once.
void shareRepeatedStrings(PhoneNumber &phone, PhoneNumberInfo &info)
{
    if (phone.verification) {
        Verification &v = *phone.verification;
        v.object = SharedStrings::of(v.object);
        v.status = SharedStrings::of(v.status);
        v.strategy = SharedStrings::of(v.strategy);
        if (v.channel)
            v.channel = SharedStrings::of(*v.channel);
    }
    for (IdentificationLink &link : phone.linkedTo)
        link.type = SharedStrings::of(link.type);
    info.stored = phone.phoneNumber;
    if (info.e164 == phone.phoneNumber)
        info.e164 = phone.phoneNumber;
    if (info.international == phone.phoneNumber)
        info.international = phone.phoneNumber;
    if (info.national == phone.phoneNumber)
        info.national = phone.phoneNumber;
    info.regionCode = SharedStrings::of(info.regionCode);
    info.countryName = SharedStrings::of(info.countryName);
}
} // namespace

QList<PhoneNumberRow> PhoneNumberRow::fromUser(const UserSummary &user)
{
    QList<PhoneNumberRow> rows;
    rows.reserve(user.phoneNumbers.size());
    const QString name = user.displayName();
    const QString email = user.primaryEmailAddress.value_or(QString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Formatting is the costly part: once per number, shared by its own row and its siblings'.
    auto owned = std::make_shared<QList<OwnerNumber>>();
    owned->reserve(user.phoneNumbers.size());
    for (const PhoneNumber &phone : user.phoneNumbers) {
        PhoneNumberRow row;
        row.setPhone(phone);
        row.info = PhoneNumberInfo::of(phone.phoneNumber);
        shareRepeatedStrings(row.phone, row.info);
        row.userId = user.id;
        row.userName = name;
        row.userEmail = email;
        row.isPrimary = user.primaryPhoneNumberId && *user.primaryPhoneNumberId == row.phone.id;
        row.userTwoFactorEnabled = user.twoFactorEnabled;
        row.userTotpEnabled = user.totpEnabled;
        row.userBackupCodeEnabled = user.backupCodeEnabled;
        row.userBanned = user.banned;
        row.userLocked = user.locked;
        row.ownerSignIn = user.signIn;
        owned->append({row.phone.id, row.phone.phoneNumber, row.info.international,
                       stateOf(row.phone.verification, now), row.isPrimary});
        rows.append(std::move(row));
    }
    const std::shared_ptr<const QList<OwnerNumber>> shared = std::move(owned);
    for (PhoneNumberRow &row : rows)
        row.ownerNumbers = shared;
    return rows;
}

QVariantList PhoneNumberRow::otherNumbers() const
{
    QVariantList others;
    if (!ownerNumbers)
        return others;
    for (const OwnerNumber &other : *ownerNumbers) {
        if (other.id == phone.id)
            continue;
        others.append(QVariantMap{{QStringLiteral("id"), other.id},
                                  {QStringLiteral("phoneNumber"), other.phoneNumber},
                                  {QStringLiteral("formatted"), other.formatted},
                                  {QStringLiteral("verificationState"), other.verificationState},
                                  {QStringLiteral("isPrimary"), other.isPrimary}});
    }
    return others;
}

void PhoneNumberRow::setPhone(PhoneNumber value)
{
    phone = std::move(value);
    backupCodeCount = phone.backupCodes ? std::optional<int>(int(phone.backupCodes->size())) : std::nullopt;
    phone.backupCodes.reset();
    linkedTo.clear();
    for (const IdentificationLink &link : phone.linkedTo)
        linkedTo.append(QVariantMap{{QStringLiteral("type"), link.type},
                                    {QStringLiteral("id"), link.id},
                                    {QStringLiteral("provider"), link.providerName()}});
}

QList<PhoneNumberRow> PhoneNumberRow::fromUsers(const QList<UserSummary> &users)
{
    QList<PhoneNumberRow> rows;
    rows.reserve(users.size() * 2);
    for (const UserSummary &user : users)
        rows.append(fromUser(user));
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

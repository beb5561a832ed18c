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

// A copy of `text` in memory of its own. Strings a row keeps are copied rather than shared with
// the parsed page: shared, each would keep its part of the page's memory from being handed back
// once the page is gone, and 150,000 rows would pin most of it.
QString ownCopy(const QString &text)
{
    return text.isEmpty() ? QString() : QString(text.constData(), text.size());
}

std::optional<QString> ownCopy(const std::optional<QString> &text)
{
    return text ? std::optional<QString>(ownCopy(*text)) : std::nullopt;
}

SignInMethods ownCopy(const SignInMethods &methods)
{
    SignInMethods copy = methods;
    copy.emails.clear();
    copy.emails.reserve(methods.emails.size());
    for (const EmailIdentifier &email : methods.emails)
        copy.emails.append({ownCopy(email.id), ownCopy(email.address), email.verified});
    copy.externalProviders.clear();
    copy.externalProviders.reserve(methods.externalProviders.size());
    for (const QString &provider : methods.externalProviders)
        copy.externalProviders.append(SharedStrings::of(provider));
    copy.username = ownCopy(methods.username);
    return copy;
}

// The number as a row keeps it: its own copies, and one pooled copy of the values that repeat
// across rows.
PhoneNumber ownCopy(const PhoneNumber &phone)
{
    PhoneNumber copy;
    copy.id = ownCopy(phone.id);
    copy.phoneNumber = ownCopy(phone.phoneNumber);
    copy.reservedForSecondFactor = phone.reservedForSecondFactor;
    copy.defaultSecondFactor = phone.defaultSecondFactor;
    copy.reserved = phone.reserved;
    if (phone.verification) {
        const Verification &from = *phone.verification;
        Verification &v = copy.verification.emplace();
        v.kind = from.kind;
        v.object = SharedStrings::of(from.object);
        v.status = SharedStrings::of(from.status);
        v.strategy = SharedStrings::of(from.strategy);
        v.attempts = from.attempts;
        v.expireAt = from.expireAt;
        v.verifiedAtClient = ownCopy(from.verifiedAtClient);
        if (from.channel)
            v.channel = SharedStrings::of(*from.channel);
        v.id = ownCopy(from.id);
    }
    copy.linkedTo.reserve(phone.linkedTo.size());
    for (const IdentificationLink &link : phone.linkedTo)
        copy.linkedTo.append({SharedStrings::of(link.type), ownCopy(link.id)});
    copy.backupCodes = phone.backupCodes;
    copy.createdAt = phone.createdAt;
    copy.updatedAt = phone.updatedAt;
    return copy;
}

// A number's stored spelling, usually its E.164 form and often its formats too, held once (the
// region and country are one copy per region already, PhoneNumberInfo's own).
void shareRepeatedStrings(const PhoneNumber &phone, PhoneNumberInfo &info)
{
    info.stored = phone.phoneNumber;
    if (info.e164 == phone.phoneNumber)
        info.e164 = phone.phoneNumber;
    if (info.international == phone.phoneNumber)
        info.international = phone.phoneNumber;
    if (info.national == phone.phoneNumber)
        info.national = phone.phoneNumber;
}
} // namespace

QList<PhoneNumberRow> PhoneNumberRow::fromUser(const UserSummary &user)
{
    QList<PhoneNumberRow> rows;
    rows.reserve(user.phoneNumbers.size());
    appendFromUser(user, &rows);
    return rows;
}

void PhoneNumberRow::appendFromUser(const UserSummary &user, QList<PhoneNumberRow> *rows)
{
    const qsizetype first = rows->size();
    const QString userId = ownCopy(user.id);
    const QString name = ownCopy(user.displayName());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    auto owner = std::make_shared<RowOwner>();
    owner->email = ownCopy(user.primaryEmailAddress.value_or(QString()));
    owner->twoFactorEnabled = user.twoFactorEnabled;
    owner->totpEnabled = user.totpEnabled;
    owner->backupCodeEnabled = user.backupCodeEnabled;
    owner->banned = user.banned;
    owner->locked = user.locked;
    owner->signIn = ownCopy(user.signIn);
    owner->numbers.reserve(user.phoneNumbers.size());
    // Formatting is the costly part: once per number, shared by its own row and its siblings'.
    // Each row is made where it stays in `rows`, not moved there.
    for (const PhoneNumber &phone : user.phoneNumbers) {
        PhoneNumberRow &row = rows->emplaceBack();
        row.setPhone(ownCopy(phone));
        row.info = PhoneNumberInfo::of(row.phone.phoneNumber);
        shareRepeatedStrings(row.phone, row.info);
        row.userId = userId;
        row.userName = name;
        row.isPrimary = user.primaryPhoneNumberId && *user.primaryPhoneNumberId == row.phone.id;
        owner->numbers.append({row.phone.id, row.phone.phoneNumber, row.info.international,
                               stateOf(row.phone.verification, now), row.isPrimary});
    }
    const std::shared_ptr<const RowOwner> shared = std::move(owner);
    for (qsizetype i = first; i < rows->size(); ++i)
        (*rows)[i].owner = shared;
}

QVariantList PhoneNumberRow::otherNumbers() const
{
    QVariantList others;
    if (!owner)
        return others;
    for (const OwnerNumber &other : owner->numbers) {
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
}

QVariantList PhoneNumberRow::linkedTo() const
{
    // Assembled for the one row a view asks about, from the few links a number has: a row keeps
    // no list of maps of its own.
    QVariantList links;
    for (const IdentificationLink &link : phone.linkedTo)
        links.append(QVariantMap{{QStringLiteral("type"), link.type},
                                 {QStringLiteral("id"), link.id},
                                 {QStringLiteral("provider"), link.providerName()}});
    return links;
}

QList<PhoneNumberRow> PhoneNumberRow::fromUsers(const QList<UserSummary> &users)
{
    QList<PhoneNumberRow> rows;
    qsizetype numbers = 0;
    for (const UserSummary &user : users)
        numbers += user.phoneNumbers.size();
    rows.reserve(numbers);
    for (const UserSummary &user : users)
        appendFromUser(user, &rows);
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

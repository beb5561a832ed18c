// SPDX-License-Identifier: MIT
// The changing requests of the sandbox: phone numbers and second factors, with Clerk's rules.
#include "sandboxphonechanges.h"

#include "phone/phonenumberinfo.h"
#include "sandboxcodes.h"
#include "sandboxids.h"
#include "sandboxrequestbody.h"
#include "sandboxusers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace PhoneDesk {

namespace {
SandboxReply phoneReply(const PhoneNumber &phone)
{
    return SandboxReply::json(phone.toJsonBytes());
}

SandboxReply jsonReply(const QJsonObject &object)
{
    return SandboxReply::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxReply unverifiedSecondFactor(SandboxIds &ids)
{
    return SandboxReply::error(ids, 400, QStringLiteral("identification_update_second_factor_unverified"),
                               QStringLiteral("unverified identification"),
                               QStringLiteral("Only verified phone numbers can be reserved for second factor authentication."),
                               QStringLiteral("reserved_for_second_factor"));
}
} // namespace

SandboxPhoneChanges::SandboxPhoneChanges(SandboxUsers &users, SandboxCodes &codes, SandboxIds &ids, qint64 nowMs)
    : m_users(users)
    , m_codes(codes)
    , m_ids(ids)
    , m_now(nowMs)
{
}

std::optional<SandboxReply> SandboxPhoneChanges::checkNewNumber(const QString &number, const SandboxUser &user, OwnNumbers own)
{
    if (!PhoneNumberInfo::of(number).isE164)
        return SandboxReply::error(m_ids, 422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                                   QStringLiteral("phone_number must be a valid phone number according to E.164 international standard."),
                                   QStringLiteral("phone_number"));
    // Held means: by this user in any state, or by anyone else as verified or reserved.
    for (const QString &phoneId : m_users.holdersOf(number)) {
        const SandboxUser *holder = m_users.ownerOf(phoneId);
        if (!holder)
            continue;
        const PhoneNumber &held = holder->phones.at(holder->phoneIndex(phoneId));
        const bool sameUser = holder->id == user.id;
        if ((sameUser && own == OwnNumbers::Conflict) || (!sameUser && (held.reserved.value_or(false) || held.isVerified())))
            return SandboxReply::error(m_ids, 422, QStringLiteral("form_identifier_exists"),
                                       QStringLiteral("That phone number is taken."),
                                       QStringLiteral("That phone number is taken. Please try another."),
                                       QStringLiteral("phone_number"));
    }
    return std::nullopt;
}

PhoneNumber SandboxPhoneChanges::newPhone(const QString &number)
{
    PhoneNumber phone;
    phone.id = m_ids.make(QLatin1StringView("idn_"));
    phone.phoneNumber = number;
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.createdAt = m_now;
    phone.updatedAt = m_now;
    return phone;
}

void SandboxPhoneChanges::setReservedForSecondFactor(SandboxUser &user, PhoneNumber &phone, bool reserved)
{
    const bool hadTwoFactor = user.twoFactorEnabled();
    if (reserved) {
        const bool hasDefault = std::any_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
            return p.id != phone.id && p.defaultSecondFactor.value_or(false);
        });
        phone.reservedForSecondFactor = true;
        if (!hasDefault)
            phone.defaultSecondFactor = true;
    } else {
        const bool wasDefault = phone.defaultSecondFactor.value_or(false);
        phone.reservedForSecondFactor = false;
        phone.defaultSecondFactor = false;
        // A user with 2FA keeps exactly one default second factor.
        if (wasDefault) {
            for (PhoneNumber &other : user.phones) {
                if (other.id != phone.id && other.reservedForSecondFactor.value_or(false)) {
                    other.defaultSecondFactor = true;
                    break;
                }
            }
        }
    }
    if (!hadTwoFactor && user.twoFactorEnabled())
        user.mfaEnabledAt = m_now;
    else if (hadTwoFactor && !user.twoFactorEnabled())
        user.mfaDisabledAt = m_now;
}

void SandboxPhoneChanges::removePhone(SandboxUser &user, qsizetype index)
{
    const PhoneNumber phone = user.phones.at(index);
    if (phone.reservedForSecondFactor.value_or(false))
        setReservedForSecondFactor(user, user.phones[index], false);
    user.phones.removeAt(index);
    m_users.unindexPhone(phone);
    m_codes.forgetPhone(phone.id);
    // Deleting the primary promotes the oldest remaining number.
    if (user.primaryPhoneId == phone.id) {
        user.primaryPhoneId.reset();
        if (!user.phones.isEmpty())
            user.primaryPhoneId = user.phones.first().id;
    }
}

void SandboxPhoneChanges::clearSecondFactors(SandboxUser &user)
{
    const bool hadTwoFactor = user.twoFactorEnabled();
    for (PhoneNumber &phone : user.phones) {
        phone.reservedForSecondFactor = false;
        phone.defaultSecondFactor = false;
    }
    user.totpEnabled = false;
    user.backupCodeEnabled = false;
    if (hadTwoFactor)
        user.mfaDisabledAt = m_now;
}

SandboxReply SandboxPhoneChanges::create(const QByteArray &rawBody)
{
    SandboxRequestBody body;
    if (auto bad = SandboxRequestBody::read(rawBody, m_ids, &body))
        return *bad;
    if (auto bad = body.require({"user_id", "phone_number"}, m_ids))
        return *bad;
    std::optional<bool> verified, primary, reserveForMfa;
    for (const auto &[key, out] : {std::pair{"verified", &verified}, {"primary", &primary}, {"reserved_for_second_factor", &reserveForMfa}}) {
        if (auto bad = body.flag(key, m_ids, out))
            return *bad;
    }
    SandboxUser *user = m_users.find(body.value("user_id").toString());
    if (!user)
        return SandboxReply::error(m_ids, 404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                                   QStringLiteral("User not found"), QStringLiteral("user_id"));
    const QString number = body.value("phone_number").toString();
    if (auto bad = checkNewNumber(number, *user, OwnNumbers::Conflict))
        return *bad;
    if (reserveForMfa.value_or(false) && !verified.value_or(false))
        return unverifiedSecondFactor(m_ids);

    PhoneNumber phone = newPhone(number);
    phone.reserved = verified.value_or(false);
    if (verified.value_or(false))
        phone.verification = Verification::admin();
    user->phones.append(phone);
    PhoneNumber &stored = user->phones.last();
    if (reserveForMfa.value_or(false))
        setReservedForSecondFactor(*user, stored, true);
    // Clerk makes the first number primary whatever was asked.
    if (!user->primaryPhoneId || primary.value_or(false))
        user->primaryPhoneId = stored.id;
    m_users.indexPhone(*user, stored);
    user->touch(m_now);
    return phoneReply(stored);
}

SandboxReply SandboxPhoneChanges::update(const QString &phoneId, const QByteArray &rawBody)
{
    SandboxUser *user = m_users.ownerOf(phoneId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("Phone number"));
    SandboxRequestBody body;
    if (auto bad = SandboxRequestBody::read(rawBody, m_ids, &body))
        return *bad;
    std::optional<bool> verified, primary, reserveForMfa;
    for (const auto &[key, out] : {std::pair{"verified", &verified}, {"primary", &primary}, {"reserved_for_second_factor", &reserveForMfa}}) {
        if (auto bad = body.flag(key, m_ids, out))
            return *bad;
    }
    PhoneNumber &phone = user->phones[user->phoneIndex(phoneId)];
    // Checked before anything changes, so that a refused update changes nothing.
    const bool willBeVerified = verified.value_or(phone.isVerified());
    if (reserveForMfa.value_or(false) && !willBeVerified)
        return unverifiedSecondFactor(m_ids);

    if (verified && *verified != phone.isVerified()) {
        if (*verified) {
            phone.verification = Verification::admin();
            phone.reserved = true;
        } else {
            phone.verification.reset();
            phone.reserved = false;
        }
    }
    if (reserveForMfa && *reserveForMfa != phone.reservedForSecondFactor.value_or(false))
        setReservedForSecondFactor(*user, phone, *reserveForMfa);
    if (primary.value_or(false))
        user->primaryPhoneId = phone.id;
    phone.updatedAt = m_now;
    user->touch(m_now);
    return phoneReply(phone);
}

std::optional<SandboxReply> SandboxPhoneChanges::checkRemovable(const SandboxUser &user, const PhoneNumber &phone)
{
    // A number that came with an OAuth identity goes with it: the external account needs it.
    if (!phone.linkedTo.isEmpty()) {
        const IdentificationLink &link = phone.linkedTo.first();
        return SandboxReply::error(m_ids, 403, QStringLiteral("identification_linked_to_external_account"),
                                   QStringLiteral("linked identification"),
                                   QStringLiteral("%1 is linked to the user's %2 account (%3) and cannot be deleted on its own; "
                                                  "it goes when that external account is removed.")
                                       .arg(phone.phoneNumber, link.type, link.id));
    }
    // Every identification counts, verified or not: the user must keep one.
    const qsizetype others = user.emails.size() + (user.username ? 1 : 0) + (user.phones.size() - 1) + user.externalAccounts.size();
    if (others == 0)
        return SandboxReply::error(m_ids, 400, QStringLiteral("identification_deletion_failed"), QStringLiteral("deletion failed"),
                                   QStringLiteral("%1 is the user's last identification: without it they would have nothing to sign "
                                                  "in with (no email address, username, other phone number or external account). "
                                                  "Add another identification first.")
                                       .arg(phone.phoneNumber));
    return std::nullopt;
}

SandboxReply SandboxPhoneChanges::remove(const QString &phoneId)
{
    SandboxUser *user = m_users.ownerOf(phoneId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("Phone number"));
    if (auto refused = checkRemovable(*user, user->phones.at(user->phoneIndex(phoneId))))
        return *refused;
    removePhone(*user, user->phoneIndex(phoneId));
    user->touch(m_now);
    return jsonReply(QJsonObject{{QStringLiteral("object"), QStringLiteral("phone_number")},
                                 {QStringLiteral("id"), phoneId},
                                 {QStringLiteral("deleted"), true}});
}

SandboxReply SandboxPhoneChanges::replaceAll(const QString &userId, const QByteArray &rawBody)
{
    SandboxUser *user = m_users.find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    SandboxRequestBody body;
    if (auto bad = SandboxRequestBody::read(rawBody, m_ids, &body))
        return *bad;
    if (!body.value("phone_number").isString())
        return SandboxReply::error(m_ids, 422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                                   QStringLiteral("phone_number must be included."), QStringLiteral("phone_number"));
    const QString number = body.value("phone_number").toString();
    const QString status = body.value("identification_status").toString(QStringLiteral("verified"));
    if (status != QLatin1StringView("verified") && status != QLatin1StringView("reserved") && status != QLatin1StringView("unverified"))
        return SandboxReply::error(m_ids, 422, QStringLiteral("form_param_value_invalid"), QStringLiteral("is invalid"),
                                   QStringLiteral("identification_status must be one of verified, reserved, unverified"),
                                   QStringLiteral("identification_status"));
    // The user's own numbers are about to go, so only other users can hold this one.
    if (auto bad = checkNewNumber(number, *user, OwnNumbers::Allowed))
        return *bad;

    if (std::any_of(user->phones.cbegin(), user->phones.cend(), [](const PhoneNumber &p) { return p.reservedForSecondFactor.value_or(false); }))
        clearSecondFactors(*user);
    while (!user->phones.isEmpty())
        removePhone(*user, user->phones.size() - 1);

    PhoneNumber phone = newPhone(number);
    phone.reserved = status != QLatin1StringView("unverified");
    if (status == QLatin1StringView("verified"))
        phone.verification = Verification::admin();
    user->phones.append(phone);
    user->primaryPhoneId = phone.id;
    m_users.indexPhone(*user, phone);
    user->touch(m_now);
    return phoneReply(phone);
}

SandboxReply SandboxPhoneChanges::disableMfa(const QString &userId)
{
    SandboxUser *user = m_users.find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    clearSecondFactors(*user);
    user->touch(m_now);
    return jsonReply(QJsonObject{{QStringLiteral("user_id"), userId}});
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// The audit oracle of the sandbox: planting a known list of cases on known users, and listing
// every case an instance audit must report.
#include "sandboxauditcases.h"

#include "sandboxids.h"
#include "sandboxplanting.h"
#include "sandboxusers.h"

#include <algorithm>
#include <utility>

namespace PhoneDesk {

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// The planted numbers are among Ofcom's 020 7946 0000 to 0999, kept for drama: valid, and
// given to no demo user.

Verification otp(const QString &status, qint64 expireAt)
{
    return Verification::phoneCode(status, status == QLatin1StringView("failed") ? 3 : 0, expireAt);
}
} // namespace

SandboxAuditCases::SandboxAuditCases(QStringList legacyPhoneIds)
    : m_legacyPhoneIds(std::move(legacyPhoneIds))
{
}

void SandboxAuditCases::plant(SandboxUsers &users, SandboxIds &ids, qint64 now)
{
    if (!m_planted.isEmpty() || users.size() < 10)
        return;
    // Each planted user starts without second factors, bans or locks: only its case remains.
    const auto plant = [&](int index, const QList<PhoneNumber> &phones) -> SandboxUser & {
        SandboxUser &user = users.at(index);
        sandboxPlantCleanUser(users, user, phones);
        return user;
    };
    const auto add = [&](const char *kind, const SandboxUser &user, const QString &phoneId) {
        m_planted.append({QString::fromLatin1(kind), user.id, phoneId});
    };
    const auto phone = [&](int index, const QString &number) {
        return sandboxPlantedPhone(ids, number, std::as_const(users).at(index).createdAt);
    };

    // A valid number stored with spaces, not in E.164 form.
    const PhoneNumber spaced = phone(0, QStringLiteral("+44 20 7946 0101"));
    add("not_e164", plant(0, {spaced}), spaced.id);

    // E.164 in form, but 555 is no area code of the North American plan.
    const PhoneNumber invalid = phone(1, QStringLiteral("+15550100123"));
    add("invalid_number", plant(1, {invalid}), invalid.id);

    // The same London number on two users, once with a stray national prefix.
    const PhoneNumber strayPrefix = phone(2, QStringLiteral("+4402079460202"));
    const PhoneNumber clean = phone(3, QStringLiteral("+442079460202"));
    const SandboxUser &strayOwner = plant(2, {strayPrefix});
    add("not_e164", strayOwner, strayPrefix.id);
    add("lookalike", strayOwner, strayPrefix.id);
    add("lookalike", plant(3, {clean}), clean.id);

    // two_factor_enabled (Clerk sets it for any reserved number) with only a failed number.
    PhoneNumber failedFactor = phone(4, QStringLiteral("+442079460303"));
    failedFactor.verification = otp(QStringLiteral("failed"), now - kDay);
    failedFactor.reserved = false;
    failedFactor.reservedForSecondFactor = true;
    failedFactor.defaultSecondFactor = true;
    add("two_factor_without_factor", plant(4, {failedFactor}), failedFactor.id);

    // A banned user whose number still is a second factor, and a locked one with TOTP.
    PhoneNumber bannedFactor = phone(5, QStringLiteral("+442079460404"));
    bannedFactor.reservedForSecondFactor = true;
    bannedFactor.defaultSecondFactor = true;
    SandboxUser &banned = plant(5, {bannedFactor});
    banned.banned = true;
    banned.mfaEnabledAt = now - kDay;
    add("second_factor_on_blocked_user", banned, {});
    SandboxUser &locked = plant(6, {phone(6, QStringLiteral("+442079460505"))});
    locked.locked = true;
    locked.verificationAttemptsUsed = SandboxLockoutPolicy::kMaxAttempts;
    locked.totpEnabled = true;
    locked.mfaEnabledAt = now - kDay;
    add("second_factor_on_blocked_user", locked, {});

    // A code pending for a month, and one expired two months ago.
    PhoneNumber pending = phone(7, QStringLiteral("+442079460606"));
    pending.verification = otp(QStringLiteral("unverified"), now - 30 * kDay);
    pending.reserved = false;
    add("stale_verification", plant(7, {pending}), pending.id);
    PhoneNumber expired = phone(8, QStringLiteral("+442079460707"));
    expired.verification = otp(QStringLiteral("expired"), now - 60 * kDay);
    expired.reserved = false;
    add("stale_verification", plant(8, {expired}), expired.id);

    // primary_phone_number_id naming a number the user does not have.
    SandboxUser &dangling = plant(9, {phone(9, QStringLiteral("+442079460808"))});
    dangling.primaryPhoneId = ids.make(QLatin1StringView("idn_"));
    add("primary_points_nowhere", dangling, {});

    for (int i = 0; i < 10; ++i)
        users.at(i).touch(std::max(now, users.at(i).updatedAt));
}

QList<SandboxAuditCase> SandboxAuditCases::cases(const SandboxUsers &users) const
{
    QList<SandboxAuditCase> cases = m_planted + m_added;
    for (const QString &phoneId : m_legacyPhoneIds) {
        if (const SandboxUser *owner = users.ownerOf(phoneId))
            cases.append({QStringLiteral("not_e164"), owner->id, phoneId});
    }
    return cases;
}

} // namespace PhoneDesk

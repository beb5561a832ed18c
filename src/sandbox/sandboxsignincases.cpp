// SPDX-License-Identifier: MIT
// Demo users in every state the sign-in check of a user reports.
#include "sandboxsignincases.h"

#include "sandboxauditcases.h"
#include "sandboxids.h"
#include "sandboxplanting.h"
#include "sandboxsessions.h"
#include "sandboxusers.h"

#include <algorithm>
#include <utility>

namespace PhoneDesk {

namespace {
constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The London numbers are Ofcom's 020 7946 0900 to 0999, kept for drama like the audit cases':
// valid, and given to no generated user.

// A number whose code is in `status`: not verified, so not reserved.
PhoneNumber codePhone(SandboxIds &ids, const QString &number, qint64 createdAt, const QString &status, int attempts,
                      qint64 expireAt)
{
    PhoneNumber phone = sandboxPlantedPhone(ids, number, createdAt);
    phone.verification = Verification::phoneCode(status, attempts, expireAt);
    phone.reserved = false;
    return phone;
}

QString london(int last)
{
    return QStringLiteral("+4420794609%1").arg(last, 2, 10, QLatin1Char('0'));
}

SandboxSessionActivity activity(const SandboxSession &session, const char *device, bool mobile, const char *browser,
                                const char *city, const char *country, const char *address)
{
    SandboxSessionActivity seen = session.activity;
    seen.deviceType = QString::fromLatin1(device);
    seen.isMobile = mobile;
    seen.browserName = QString::fromLatin1(browser);
    seen.city = QString::fromUtf8(city);
    seen.country = QString::fromLatin1(country);
    seen.ipAddress = QString::fromLatin1(address);
    return seen;
}
} // namespace

void SandboxSignInCases::plant(SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, SandboxAuditCases &audit, qint64 now)
{
    if (!m_cases.isEmpty() || users.size() < kFirstUser + kCount)
        return;
    // Each planted user starts with the numbers given, signed in two days ago, and nothing
    // else in the way of signing in: no ban, lock or second factor.
    const auto plant = [&](int offset, const char *state, const QList<PhoneNumber> &phones, const QString &about) -> SandboxUser & {
        SandboxUser &user = users.at(kFirstUser + offset);
        sandboxPlantCleanUser(users, user, phones);
        user.lastSignInAt = std::max(user.createdAt, now - 2 * kDay);
        user.lastActiveAt = *user.lastSignInAt - *user.lastSignInAt % kDay;
        m_cases.append({QString::fromLatin1(state), user.id, about});
        return user;
    };
    const auto since = [&](int offset) { return std::as_const(users).at(kFirstUser + offset).createdAt; };

    const PhoneNumber lockedSoon = sandboxPlantedPhone(ids, london(1), since(0));
    SandboxUser &expiring = plant(0, "locked_expiring", {lockedSoon}, {});
    expiring.locked = true;
    expiring.lockoutEndsAt = now + 25 * kMinute;
    expiring.verificationAttemptsUsed = SandboxLockoutPolicy::kMaxAttempts;

    SandboxUser &forever = plant(1, "locked_forever", {sandboxPlantedPhone(ids, london(2), since(1))}, {});
    forever.locked = true;
    forever.verificationAttemptsUsed = SandboxLockoutPolicy::kMaxAttempts;

    // Signed in two days ago: the session of that sign-in was revoked by the ban.
    plant(2, "banned", {sandboxPlantedPhone(ids, london(3), since(2))}, {}).banned = true;

    // Numbers that were never verified, and nothing else to sign in with.
    const PhoneNumber neverVerified = [&] {
        PhoneNumber phone = sandboxPlantedPhone(ids, london(4), since(3));
        phone.verification.reset();
        phone.reserved = false;
        return phone;
    }();
    const PhoneNumber failed = codePhone(ids, london(10), since(3), QStringLiteral("failed"), 3, now - kHour);
    SandboxUser &stranded = plant(3, "no_usable_identifier", {neverVerified, failed}, {});
    stranded.emails.clear();
    stranded.primaryEmailId.clear();
    stranded.username.reset();
    stranded.externalAccounts.clear();
    stranded.lastSignInAt = std::max(stranded.createdAt, now - 40 * kDay);
    stranded.lastActiveAt = *stranded.lastSignInAt - *stranded.lastSignInAt % kDay;

    // 2FA rests on a number whose code failed: two_factor_enabled, and no factor to use.
    PhoneNumber factor = codePhone(ids, london(6), since(4), QStringLiteral("failed"), 3, now - 3 * kDay);
    factor.reservedForSecondFactor = true;
    factor.defaultSecondFactor = true;
    SandboxUser &unusable = plant(4, "second_factor_unusable", {sandboxPlantedPhone(ids, london(5), since(4)), factor}, factor.id);
    unusable.mfaEnabledAt = now - 30 * kDay;
    audit.add({QStringLiteral("two_factor_without_factor"), unusable.id, factor.id});

    const PhoneNumber brazil = sandboxPlantedPhone(ids, QStringLiteral("+5521998765432"), since(5));
    plant(5, "sms_country_blocked", {brazil}, brazil.id);

    // Sent two minutes ago, valid for eight more; and one that ran out two hours ago.
    PhoneNumber pending = codePhone(ids, london(7), since(6), QStringLiteral("unverified"), 1, now + 8 * kMinute);
    pending.updatedAt = std::max(since(6), now - 2 * kMinute);
    plant(6, "code_pending", {pending}, pending.id);
    const PhoneNumber expired = codePhone(ids, london(8), since(7), QStringLiteral("expired"), 0, now - 2 * kHour);
    plant(7, "code_expired", {expired}, expired.id);

    // E.164 in form, but 555 is no area code of the North American plan.
    const PhoneNumber invalid = sandboxPlantedPhone(ids, QStringLiteral("+15550100456"), since(8));
    const SandboxUser &invalidOwner = plant(8, "number_invalid", {invalid}, invalid.id);
    audit.add({QStringLiteral("invalid_number"), invalidOwner.id, invalid.id});

    // Signed in on three devices, in two countries, and signed out of a fourth.
    SandboxUser &busy = plant(9, "active_sessions", {sandboxPlantedPhone(ids, london(9), since(9))}, {});
    busy.lastSignInAt = std::max(busy.createdAt, now - 20 * kMinute);
    busy.lastActiveAt = *busy.lastSignInAt - *busy.lastSignInAt % kDay;
    const SandboxSessionGenerator &make = sessions.generator();
    const auto started = [&](qint64 ago) { return std::max(busy.createdAt, now - ago); };
    SandboxSession laptop = make.active(busy, 0, started(20 * kMinute), now - kMinute);
    laptop.activity = activity(laptop, "Macintosh", false, "Chrome", "London", "GB", "203.0.113.24");
    SandboxSession phone = make.active(busy, 1, started(2 * kDay), now - 3 * kHour);
    phone.activity = activity(phone, "iPhone", true, "Safari", "Manchester", "GB", "198.51.100.77");
    SandboxSession abroad = make.active(busy, 2, started(5 * kDay), now - kDay);
    abroad.activity = activity(abroad, "Windows", false, "Edge", "Lisbon", "PT", "192.0.2.140");
    SandboxSession old = make.active(busy, 3, started(12 * kDay), started(11 * kDay));
    old.activity = activity(old, "Android", true, "Chrome", "London", "GB", "203.0.113.61");
    old.status = QStringLiteral("ended");
    sessions.replace(kFirstUser + 9, {laptop, phone, abroad, old});

    for (int i = kFirstUser; i < kFirstUser + kCount; ++i)
        users.at(i).touch(std::max(now, users.at(i).updatedAt));
}

} // namespace PhoneDesk

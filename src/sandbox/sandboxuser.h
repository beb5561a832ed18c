// SPDX-License-Identifier: MIT
#pragma once

#include "domain/phonenumber.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// An email address of a sandbox user, as much of Clerk's EmailAddress as the sandbox needs.
struct SandboxEmail
{
    QString id;
    QString address;
    QString linkedProvider; // "oauth_google" when it came from that provider, else empty
    QString linkedIdentificationId;
    qint64 createdAt = 0;
};

// An OAuth account linked to a user (Clerk's ExternalAccount).
struct SandboxExternalAccount
{
    QString id;             // "eac_…"
    QString provider;       // "oauth_google"
    QString identificationId; // "idn_…": what a phone number's linked_to points at
    QString providerUserId;
    QString emailAddress;
    qint64 createdAt = 0;
};

// The instance's account lockout, as Clerk's defaults have it: 100 failed verification attempts
// lock a user for an hour. Fixed for the sandbox; a lockout that never ends is the user's own.
struct SandboxLockoutPolicy
{
    static constexpr int kMaxAttempts = 100;
    static constexpr qint64 kDurationMs = 60LL * 60 * 1000;
};

// One user of the sandbox with everything the Backend API's User object holds. Its JSON is
// serialized once and kept until the user changes, so that serving a page costs no formatting;
// only a lockout that runs out makes it depend on the time it is read at (see json()).
struct SandboxUser
{
    QString id;
    QString firstName;
    QString lastName;
    std::optional<QString> username;
    std::optional<QString> externalId;
    QList<SandboxEmail> emails;
    QString primaryEmailId;
    QList<PhoneNumber> phones;
    std::optional<QString> primaryPhoneId;
    QList<SandboxExternalAccount> externalAccounts;
    bool passwordEnabled = true;
    bool totpEnabled = false;
    bool backupCodeEnabled = false;
    bool banned = false;
    // Locked as stored: a lockout whose end has passed is over when the user is read, whatever
    // this says (see lockedAt()).
    bool locked = false;
    // Failed verification attempts counted toward SandboxLockoutPolicy::kMaxAttempts.
    int verificationAttemptsUsed = 0;
    // While locked: when the lockout ends (ms); nullopt: it never ends.
    std::optional<qint64> lockoutEndsAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastSignInAt;
    std::optional<qint64> lastActiveAt;
    std::optional<qint64> mfaEnabledAt;
    std::optional<qint64> mfaDisabledAt;

    // Clerk's rule: any second factor on (TOTP or a number reserved for it).
    [[nodiscard]] bool twoFactorEnabled() const;
    [[nodiscard]] qsizetype phoneIndex(const QString &phoneId) const;

    // Whether the user is locked at `nowMs`: locked, and the lockout never ends or ends later.
    [[nodiscard]] bool lockedAt(qint64 nowMs) const;
    // Whole seconds left of the lockout at `nowMs`, rounded up; nullopt when the user is not locked
    // then or the lockout never ends.
    [[nodiscard]] std::optional<qint64> lockoutSecondsLeft(qint64 nowMs) const;
    // verification_attempts_remaining at `nowMs`: all of them again once a lockout has run out.
    [[nodiscard]] int verificationAttemptsRemaining(qint64 nowMs) const;
    // Stores what reading shows: a lockout that ran out by `nowMs` is cleared with its attempts.
    // Called before a change, so that nothing builds on a lockout that is over.
    void settleLockout(qint64 nowMs);

    // The User object's JSON at `nowMs`, from the cache when the user has not changed and, for a
    // lockout that runs out, when the seconds it shows left have not changed either.
    [[nodiscard]] const QByteArray &json(qint64 nowMs) const;
    // Lower-cased text that `query` searches: ids, names, username, emails, numbers.
    [[nodiscard]] const QString &searchText() const;
    // Marks the user changed at `nowMs`: drops the caches and moves updated_at.
    void touch(qint64 nowMs);

private:
    [[nodiscard]] QByteArray serialize(qint64 nowMs) const;
    // What the lockout fields show at `nowMs`, as one number: the seconds left of a lockout that
    // runs out, -1 once it has, kTimeless for every user whose JSON does not depend on the time.
    [[nodiscard]] qint64 lockoutKey(qint64 nowMs) const;
    static constexpr qint64 kTimeless = -2;

    mutable QByteArray m_json;
    mutable qint64 m_jsonLockoutKey = kTimeless;
    mutable QString m_searchText;
};

} // namespace PhoneDesk

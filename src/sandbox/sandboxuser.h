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

// One user of the sandbox with everything the Backend API's User object holds. Its JSON is
// serialized once and kept until the user changes, so that serving a page costs no formatting.
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
    bool locked = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastSignInAt;
    std::optional<qint64> lastActiveAt;
    std::optional<qint64> mfaEnabledAt;
    std::optional<qint64> mfaDisabledAt;

    // Clerk's rule: any second factor on (TOTP or a number reserved for it).
    [[nodiscard]] bool twoFactorEnabled() const;
    [[nodiscard]] qsizetype phoneIndex(const QString &phoneId) const;

    // The User object's JSON, from the cache when the user has not changed.
    [[nodiscard]] const QByteArray &json() const;
    // Lower-cased text that `query` searches: ids, names, username, emails, numbers.
    [[nodiscard]] const QString &searchText() const;
    // Marks the user changed at `nowMs`: drops the caches and moves updated_at.
    void touch(qint64 nowMs);

private:
    [[nodiscard]] QByteArray serialize() const;

    mutable QByteArray m_json;
    mutable QString m_searchText;
};

} // namespace PhoneDesk

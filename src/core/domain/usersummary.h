// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"
#include "phonenumber.h"
#include "signinmethods.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// simdjson's DOM object: pages of users are parsed with simdjson (UserPage, UserNumbersPage).
namespace simdjson::dom {
class object;
}

namespace PhoneDesk {

// What PhoneDesk needs of Clerk's User object: who the owner is, their sign-in and
// second-factor position, and their phone numbers.
struct UserSummary
{
    QString id;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> username;
    std::optional<QString> primaryEmailAddress; // resolved from email_addresses
    std::optional<QString> primaryEmailAddressId;
    std::optional<QString> primaryPhoneNumberId;
    std::optional<bool> twoFactorEnabled;
    std::optional<bool> totpEnabled;
    std::optional<bool> backupCodeEnabled;
    std::optional<bool> banned;
    std::optional<bool> locked;
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
    std::optional<qint64> lastSignInAt;
    // Seconds until a locked user's lockout ends; unknown (null) for a locked user means it never does.
    std::optional<qint64> lockoutExpiresInSeconds;
    // Failed attempts left before the user is locked; unknown (null) when lockout is off.
    std::optional<qint64> verificationAttemptsRemaining;
    // When 2FA was last turned on and off; neither is cleared when the other happens.
    std::optional<qint64> mfaEnabledAt;
    std::optional<qint64> mfaDisabledAt;
    QList<PhoneNumber> phoneNumbers;
    // Every other way to sign in: what the lockout guard weighs.
    SignInMethods signIn;
    // Phone numbers of this user that could not be read; the rest of the user still is.
    QStringList problems;

    [[nodiscard]] static Parsed<UserSummary> fromJson(const QJsonObject &json);
    [[nodiscard]] static Parsed<UserSummary> fromJson(const simdjson::dom::object &json);
    [[nodiscard]] QJsonObject toJson() const;

    // "Ana Lima", else the username, else the primary email, else the id.
    [[nodiscard]] QString displayName() const;

    friend bool operator==(const UserSummary &, const UserSummary &) = default;
};

} // namespace PhoneDesk

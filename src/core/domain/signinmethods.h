// SPDX-License-Identifier: MIT
#pragma once

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

// An email address of a user and whether it is verified: only a verified address signs in.
struct EmailIdentifier
{
    QString id;
    QString address;
    bool verified = false;

    friend bool operator==(const EmailIdentifier &, const EmailIdentifier &) = default;
};

// The ways other than a phone number in which a user can sign in, read from Clerk's User object
// (email_addresses, web3_wallets, passkeys, external_accounts, password_enabled, username): what the
// lockout guard weighs before a change takes a phone number's sign-in or second factor away.
struct SignInMethods
{
    QList<EmailIdentifier> emails;
    int verifiedWeb3Wallets = 0;
    int passkeys = 0;
    // Providers of verified linked accounts, e.g. "oauth_google".
    QStringList externalProviders;
    std::optional<bool> passwordEnabled;
    // Signs in only together with a password.
    std::optional<QString> username;

    // Lenient: entries that are not objects, or that lack what is needed, are left out.
    [[nodiscard]] static SignInMethods fromUserJson(const QJsonObject &user);
    [[nodiscard]] static SignInMethods fromUserJson(const simdjson::dom::object &user);
    // Adds the fields back to a User object in Clerk's shape (as much as is kept; the username is
    // the User's own field and written by its owner).
    void writeTo(QJsonObject &user) const;

    [[nodiscard]] QStringList verifiedEmails() const;

    friend bool operator==(const SignInMethods &, const SignInMethods &) = default;
};

} // namespace PhoneDesk

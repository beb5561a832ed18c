// SPDX-License-Identifier: MIT
#include "signinmethods.h"

#include <QJsonArray>

namespace PhoneDesk {

namespace {
using Key = QLatin1StringView;

bool isVerified(const QJsonObject &item)
{
    return item.value(Key("verification")).toObject().value(Key("status")).toString() == Key("verified");
}

QJsonObject verification(bool verified)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_admin")},
                       {QStringLiteral("status"), verified ? QStringLiteral("verified") : QStringLiteral("unverified")},
                       {QStringLiteral("strategy"), QStringLiteral("admin")}};
}
} // namespace

SignInMethods SignInMethods::fromUserJson(const QJsonObject &user)
{
    SignInMethods methods;
    for (const QJsonValue &value : user.value(Key("email_addresses")).toArray()) {
        const QJsonObject email = value.toObject();
        const QJsonValue address = email.value(Key("email_address"));
        if (address.isString())
            methods.emails.append({email.value(Key("id")).toString(), address.toString(), isVerified(email)});
    }
    for (const QJsonValue &value : user.value(Key("web3_wallets")).toArray()) {
        if (isVerified(value.toObject()))
            ++methods.verifiedWeb3Wallets;
    }
    for (const QJsonValue &value : user.value(Key("passkeys")).toArray()) {
        if (value.isObject())
            ++methods.passkeys;
    }
    for (const QJsonValue &value : user.value(Key("external_accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        const QString provider = account.value(Key("provider")).toString();
        if (!provider.isEmpty() && isVerified(account))
            methods.externalProviders.append(provider);
    }
    const QJsonValue password = user.value(Key("password_enabled"));
    if (password.isBool())
        methods.passwordEnabled = password.toBool();
    const QJsonValue username = user.value(Key("username"));
    if (username.isString() && !username.toString().isEmpty())
        methods.username = username.toString();
    return methods;
}

void SignInMethods::writeTo(QJsonObject &user) const
{
    QJsonArray emailArray;
    for (const EmailIdentifier &email : emails) {
        emailArray.append(QJsonObject{{QStringLiteral("id"), email.id},
                                      {QStringLiteral("object"), QStringLiteral("email_address")},
                                      {QStringLiteral("email_address"), email.address},
                                      {QStringLiteral("verification"), verification(email.verified)}});
    }
    user.insert(QStringLiteral("email_addresses"), emailArray);
    QJsonArray wallets;
    for (int i = 0; i < verifiedWeb3Wallets; ++i)
        wallets.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("web3_wallet")}, {QStringLiteral("verification"), verification(true)}});
    user.insert(QStringLiteral("web3_wallets"), wallets);
    QJsonArray keys;
    for (int i = 0; i < passkeys; ++i)
        keys.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("passkey")}});
    user.insert(QStringLiteral("passkeys"), keys);
    QJsonArray accounts;
    for (const QString &provider : externalProviders)
        accounts.append(QJsonObject{{QStringLiteral("provider"), provider}, {QStringLiteral("verification"), verification(true)}});
    user.insert(QStringLiteral("external_accounts"), accounts);
    if (passwordEnabled)
        user.insert(QStringLiteral("password_enabled"), *passwordEnabled);
}

QStringList SignInMethods::verifiedEmails() const
{
    QStringList addresses;
    for (const EmailIdentifier &email : emails) {
        if (email.verified)
            addresses.append(email.address);
    }
    return addresses;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "signinmethods.h"

#include "jsonreader.h"
#include "simdjsonmodel.h"

#include <QJsonArray>

namespace PhoneDesk {

namespace {
using Key = QLatin1StringView;

// The entry's verification status is "verified"; anything else, or no such field, is not.
template<typename Model>
bool isVerified(const typename Model::Value &item)
{
    if (!Model::isObject(item))
        return false;
    const typename Model::Value verification = Model::field(Model::toObject(item), Key("verification"));
    if (!Model::isObject(verification))
        return false;
    const typename Model::Value status = Model::field(Model::toObject(verification), Key("status"));
    return Model::isString(status) && Model::toString(status) == Key("verified");
}

// The items of the array field `key`; none when it is missing or not an array.
template<typename Model, typename Visit>
void forEachItem(const typename Model::Object &object, Key key, Visit visit)
{
    const typename Model::Value items = Model::field(object, key);
    if (!Model::isArray(items))
        return;
    for (const typename Model::Value item : Model::toArray(items))
        visit(item);
}

// The string field `key` of `item`, or empty when it is not an object or the field no string.
template<typename Model>
QString stringOf(const typename Model::Value &item, Key key)
{
    if (!Model::isObject(item))
        return {};
    const typename Model::Value value = Model::field(Model::toObject(item), key);
    return Model::isString(value) ? Model::toString(value) : QString();
}

template<typename Model>
SignInMethods readSignInMethods(const typename Model::Object &user)
{
    using Value = typename Model::Value;
    SignInMethods methods;
    forEachItem<Model>(user, Key("email_addresses"), [&](const Value &email) {
        if (!Model::isObject(email))
            return;
        const Value address = Model::field(Model::toObject(email), Key("email_address"));
        if (Model::isString(address))
            methods.emails.append({stringOf<Model>(email, Key("id")), Model::toString(address), isVerified<Model>(email)});
    });
    forEachItem<Model>(user, Key("web3_wallets"), [&](const Value &wallet) {
        if (isVerified<Model>(wallet))
            ++methods.verifiedWeb3Wallets;
    });
    forEachItem<Model>(user, Key("passkeys"), [&](const Value &passkey) {
        if (Model::isObject(passkey))
            ++methods.passkeys;
    });
    forEachItem<Model>(user, Key("external_accounts"), [&](const Value &account) {
        const QString provider = stringOf<Model>(account, Key("provider"));
        if (!provider.isEmpty() && isVerified<Model>(account))
            methods.externalProviders.append(provider);
    });
    const Value password = Model::field(user, Key("password_enabled"));
    if (Model::isBool(password))
        methods.passwordEnabled = Model::toBool(password);
    const Value username = Model::field(user, Key("username"));
    if (Model::isString(username) && !Model::toString(username).isEmpty())
        methods.username = Model::toString(username);
    return methods;
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
    return readSignInMethods<QtJsonModel>(user);
}

SignInMethods SignInMethods::fromUserJson(const simdjson::dom::object &user)
{
    return readSignInMethods<SimdJsonModel>(user);
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

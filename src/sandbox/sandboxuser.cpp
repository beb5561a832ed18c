// SPDX-License-Identifier: MIT
#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk {

namespace {
QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject emailJson(const SandboxEmail &email)
{
    QJsonObject verification;
    QJsonArray linkedTo;
    if (email.linkedProvider.isEmpty()) {
        verification = QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_otp")},
                                   {QStringLiteral("status"), QStringLiteral("verified")},
                                   {QStringLiteral("strategy"), QStringLiteral("email_code")},
                                   {QStringLiteral("attempts"), 1},
                                   {QStringLiteral("expire_at"), static_cast<double>(email.createdAt + 600000)}};
    } else {
        verification = QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_from_oauth")},
                                   {QStringLiteral("status"), QStringLiteral("verified")},
                                   {QStringLiteral("strategy"), QStringLiteral("from_") + email.linkedProvider},
                                   {QStringLiteral("attempts"), QJsonValue::Null},
                                   {QStringLiteral("expire_at"), QJsonValue::Null}};
        linkedTo.append(QJsonObject{{QStringLiteral("type"), email.linkedProvider},
                                    {QStringLiteral("id"), email.linkedIdentificationId}});
    }
    return QJsonObject{{QStringLiteral("id"), email.id},
                       {QStringLiteral("object"), QStringLiteral("email_address")},
                       {QStringLiteral("email_address"), email.address},
                       {QStringLiteral("reserved"), false},
                       {QStringLiteral("verification"), verification},
                       {QStringLiteral("linked_to"), linkedTo},
                       {QStringLiteral("matches_sso_connection"), false},
                       {QStringLiteral("created_at"), static_cast<double>(email.createdAt)},
                       {QStringLiteral("updated_at"), static_cast<double>(email.createdAt)}};
}

QJsonObject externalAccountJson(const SandboxExternalAccount &account, const QString &firstName,
                                const QString &lastName)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("external_account")},
        {QStringLiteral("id"), account.id},
        {QStringLiteral("provider"), account.provider},
        {QStringLiteral("identification_id"), account.identificationId},
        {QStringLiteral("provider_user_id"), account.providerUserId},
        {QStringLiteral("approved_scopes"), QStringLiteral("email profile openid")},
        {QStringLiteral("email_address"), account.emailAddress},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("image_url"), QJsonValue::Null},
        {QStringLiteral("username"), QJsonValue::Null},
        {QStringLiteral("phone_number"), QJsonValue::Null},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("label"), QJsonValue::Null},
        {QStringLiteral("created_at"), static_cast<double>(account.createdAt)},
        {QStringLiteral("updated_at"), static_cast<double>(account.createdAt)},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_oauth")},
                     {QStringLiteral("status"), QStringLiteral("verified")},
                     {QStringLiteral("strategy"), account.provider},
                     {QStringLiteral("attempts"), QJsonValue::Null},
                     {QStringLiteral("expire_at"), static_cast<double>(account.createdAt + 600000)}}},
    };
}
} // namespace

bool SandboxUser::twoFactorEnabled() const
{
    if (totpEnabled)
        return true;
    for (const PhoneNumber &phone : phones) {
        if (phone.reservedForSecondFactor.value_or(false))
            return true;
    }
    return false;
}

qsizetype SandboxUser::phoneIndex(const QString &phoneId) const
{
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (phones.at(i).id == phoneId)
            return i;
    }
    return -1;
}

const QByteArray &SandboxUser::json() const
{
    if (m_json.isEmpty())
        m_json = serialize();
    return m_json;
}

const QString &SandboxUser::searchText() const
{
    if (m_searchText.isEmpty()) {
        QStringList parts{id, firstName, lastName, username.value_or(QString())};
        for (const SandboxEmail &email : emails)
            parts.append(email.address);
        for (const PhoneNumber &phone : phones)
            parts.append(phone.phoneNumber);
        m_searchText = parts.join(QLatin1Char('\n')).toLower();
    }
    return m_searchText;
}

void SandboxUser::touch(qint64 nowMs)
{
    updatedAt = nowMs;
    m_json.clear();
    m_searchText.clear();
}

QByteArray SandboxUser::serialize() const
{
    QJsonArray emailArray;
    for (const SandboxEmail &email : emails)
        emailArray.append(emailJson(email));
    QJsonArray phoneArray;
    for (const PhoneNumber &phone : phones)
        phoneArray.append(phone.toJson());
    QJsonArray accountArray;
    for (const SandboxExternalAccount &account : externalAccounts)
        accountArray.append(externalAccountJson(account, firstName, lastName));

    const QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("user")},
        {QStringLiteral("username"), nullable(username)},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("image_url"), QStringLiteral("https://img.clerk.com/default-avatar")},
        {QStringLiteral("has_image"), false},
        {QStringLiteral("primary_email_address_id"),
         primaryEmailId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(primaryEmailId)},
        {QStringLiteral("primary_phone_number_id"), nullable(primaryPhoneId)},
        {QStringLiteral("primary_web3_wallet_id"), QJsonValue::Null},
        {QStringLiteral("password_enabled"), passwordEnabled},
        {QStringLiteral("two_factor_enabled"), twoFactorEnabled()},
        {QStringLiteral("totp_enabled"), totpEnabled},
        {QStringLiteral("backup_code_enabled"), backupCodeEnabled},
        {QStringLiteral("email_addresses"), emailArray},
        {QStringLiteral("phone_numbers"), phoneArray},
        {QStringLiteral("web3_wallets"), QJsonArray()},
        {QStringLiteral("passkeys"), QJsonArray()},
        {QStringLiteral("external_accounts"), accountArray},
        {QStringLiteral("saml_accounts"), QJsonArray()},
        {QStringLiteral("enterprise_accounts"), QJsonArray()},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("private_metadata"), QJsonObject()},
        {QStringLiteral("unsafe_metadata"), QJsonObject()},
        {QStringLiteral("external_id"), nullable(externalId)},
        {QStringLiteral("last_sign_in_at"), nullable(lastSignInAt)},
        {QStringLiteral("banned"), banned},
        {QStringLiteral("locked"), locked},
        // A locked demo user stays locked until an admin unlocks them.
        {QStringLiteral("lockout_expires_in_seconds"), QJsonValue::Null},
        {QStringLiteral("verification_attempts_remaining"), locked ? QJsonValue(0) : QJsonValue(100)},
        {QStringLiteral("created_at"), static_cast<double>(createdAt)},
        {QStringLiteral("updated_at"), static_cast<double>(updatedAt)},
        {QStringLiteral("delete_self_enabled"), true},
        {QStringLiteral("create_organization_enabled"), true},
        {QStringLiteral("last_active_at"), nullable(lastActiveAt)},
        {QStringLiteral("mfa_enabled_at"), nullable(mfaEnabledAt)},
        {QStringLiteral("mfa_disabled_at"), nullable(mfaDisabledAt)},
        {QStringLiteral("legal_accepted_at"), QJsonValue::Null},
    };
    return QJsonDocument(user).toJson(QJsonDocument::Compact);
}

} // namespace PhoneDesk

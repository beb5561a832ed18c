// SPDX-License-Identifier: MIT
#include "sandboxuser.h"

#include "domain/jsonwriter.h"

#include <algorithm>

namespace PhoneDesk {

namespace {
using Key = QLatin1StringView;

void writeEmail(JsonWriter &json, const SandboxEmail &email)
{
    json.beginObject();
    json.key(Key("id")).value(email.id);
    json.key(Key("object")).value(Key("email_address"));
    json.key(Key("email_address")).value(email.address);
    json.key(Key("reserved")).value(false);
    json.key(Key("verification"));
    json.beginObject();
    if (email.linkedProvider.isEmpty()) {
        json.key(Key("object")).value(Key("verification_otp"));
        json.key(Key("status")).value(Key("verified"));
        json.key(Key("strategy")).value(Key("email_code"));
        json.key(Key("attempts")).value(1);
        json.key(Key("expire_at")).value(email.createdAt + 600000);
    } else {
        json.key(Key("object")).value(Key("verification_from_oauth"));
        json.key(Key("status")).value(Key("verified"));
        json.key(Key("strategy")).value(QStringLiteral("from_") + email.linkedProvider);
        json.key(Key("attempts")).null();
        json.key(Key("expire_at")).null();
    }
    json.endObject();
    json.key(Key("linked_to"));
    json.beginArray();
    if (!email.linkedProvider.isEmpty())
        IdentificationLink{email.linkedProvider, email.linkedIdentificationId}.write(json);
    json.endArray();
    json.key(Key("matches_sso_connection")).value(false);
    json.key(Key("created_at")).value(email.createdAt);
    json.key(Key("updated_at")).value(email.createdAt);
    json.endObject();
}

void writeExternalAccount(JsonWriter &json, const SandboxExternalAccount &account, const QString &firstName,
                          const QString &lastName)
{
    json.beginObject();
    json.key(Key("object")).value(Key("external_account"));
    json.key(Key("id")).value(account.id);
    json.key(Key("provider")).value(account.provider);
    json.key(Key("identification_id")).value(account.identificationId);
    json.key(Key("provider_user_id")).value(account.providerUserId);
    json.key(Key("approved_scopes")).value(Key("email profile openid"));
    json.key(Key("email_address")).value(account.emailAddress);
    json.key(Key("first_name")).value(firstName);
    json.key(Key("last_name")).value(lastName);
    json.key(Key("image_url")).null();
    json.key(Key("username")).null();
    json.key(Key("phone_number")).null();
    json.key(Key("public_metadata"));
    json.beginObject();
    json.endObject();
    json.key(Key("label")).null();
    json.key(Key("created_at")).value(account.createdAt);
    json.key(Key("updated_at")).value(account.createdAt);
    json.key(Key("verification"));
    json.beginObject();
    json.key(Key("object")).value(Key("verification_oauth"));
    json.key(Key("status")).value(Key("verified"));
    json.key(Key("strategy")).value(account.provider);
    json.key(Key("attempts")).null();
    json.key(Key("expire_at")).value(account.createdAt + 600000);
    json.endObject();
    json.endObject();
}

void writeEmptyObject(JsonWriter &json, Key name)
{
    json.key(name);
    json.beginObject();
    json.endObject();
}

void writeEmptyArray(JsonWriter &json, Key name)
{
    json.key(name);
    json.beginArray();
    json.endArray();
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

bool SandboxUser::lockedAt(qint64 nowMs) const
{
    return locked && (!lockoutEndsAt || *lockoutEndsAt > nowMs);
}

std::optional<qint64> SandboxUser::lockoutSecondsLeft(qint64 nowMs) const
{
    if (!lockedAt(nowMs) || !lockoutEndsAt)
        return std::nullopt;
    return (*lockoutEndsAt - nowMs + 999) / 1000;
}

int SandboxUser::verificationAttemptsRemaining(qint64 nowMs) const
{
    if (locked && !lockedAt(nowMs))
        return SandboxLockoutPolicy::kMaxAttempts;
    return std::max(0, SandboxLockoutPolicy::kMaxAttempts - verificationAttemptsUsed);
}

void SandboxUser::settleLockout(qint64 nowMs)
{
    if (!locked || lockedAt(nowMs))
        return;
    locked = false;
    lockoutEndsAt.reset();
    verificationAttemptsUsed = 0;
    m_json.clear();
}

qint64 SandboxUser::lockoutKey(qint64 nowMs) const
{
    if (!locked || !lockoutEndsAt)
        return kTimeless;
    return lockoutSecondsLeft(nowMs).value_or(-1);
}

const QByteArray &SandboxUser::json(qint64 nowMs) const
{
    const qint64 key = lockoutKey(nowMs);
    if (m_json.isEmpty() || key != m_jsonLockoutKey) {
        m_json = serialize(nowMs);
        m_jsonLockoutKey = key;
    }
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

QByteArray SandboxUser::serialize(qint64 nowMs) const
{
    JsonWriter json;
    json.reserve(2048 + 700 * phones.size());
    json.beginObject();
    json.key(Key("id")).value(id);
    json.key(Key("object")).value(Key("user"));
    json.nullable(Key("username"), username);
    json.key(Key("first_name")).value(firstName);
    json.key(Key("last_name")).value(lastName);
    json.key(Key("image_url")).value(Key("https://img.clerk.com/default-avatar"));
    json.key(Key("has_image")).value(false);
    json.key(Key("primary_email_address_id"));
    if (primaryEmailId.isEmpty())
        json.null();
    else
        json.value(primaryEmailId);
    json.nullable(Key("primary_phone_number_id"), primaryPhoneId);
    json.key(Key("primary_web3_wallet_id")).null();
    json.key(Key("password_enabled")).value(passwordEnabled);
    json.key(Key("two_factor_enabled")).value(twoFactorEnabled());
    json.key(Key("totp_enabled")).value(totpEnabled);
    json.key(Key("backup_code_enabled")).value(backupCodeEnabled);
    json.key(Key("email_addresses"));
    json.beginArray();
    for (const SandboxEmail &email : emails)
        writeEmail(json, email);
    json.endArray();
    json.key(Key("phone_numbers"));
    json.beginArray();
    for (const PhoneNumber &phone : phones)
        phone.write(json);
    json.endArray();
    writeEmptyArray(json, Key("web3_wallets"));
    writeEmptyArray(json, Key("passkeys"));
    json.key(Key("external_accounts"));
    json.beginArray();
    for (const SandboxExternalAccount &account : externalAccounts)
        writeExternalAccount(json, account, firstName, lastName);
    json.endArray();
    writeEmptyArray(json, Key("saml_accounts"));
    writeEmptyArray(json, Key("enterprise_accounts"));
    writeEmptyObject(json, Key("public_metadata"));
    writeEmptyObject(json, Key("private_metadata"));
    writeEmptyObject(json, Key("unsafe_metadata"));
    json.nullable(Key("external_id"), externalId);
    json.nullable(Key("last_sign_in_at"), lastSignInAt);
    json.key(Key("banned")).value(banned);
    json.key(Key("locked")).value(lockedAt(nowMs));
    // Null for a user who is not locked, and for a lockout that never ends, as the spec says.
    json.nullable(Key("lockout_expires_in_seconds"), lockoutSecondsLeft(nowMs));
    json.key(Key("verification_attempts_remaining")).value(verificationAttemptsRemaining(nowMs));
    json.key(Key("created_at")).value(createdAt);
    json.key(Key("updated_at")).value(updatedAt);
    json.key(Key("delete_self_enabled")).value(true);
    json.key(Key("create_organization_enabled")).value(true);
    json.nullable(Key("last_active_at"), lastActiveAt);
    json.nullable(Key("mfa_enabled_at"), mfaEnabledAt);
    json.nullable(Key("mfa_disabled_at"), mfaDisabledAt);
    json.key(Key("legal_accepted_at")).null();
    json.endObject();
    return json.take();
}

} // namespace PhoneDesk

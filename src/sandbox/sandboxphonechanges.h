// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QString>

#include <optional>

namespace PhoneDesk {

class SandboxCodes;
class SandboxIds;
class SandboxUsers;
struct PhoneNumber;
struct SandboxUser;

// The requests that change users' phone numbers and second factors, with Clerk's rules and side
// effects: create, update and delete a number, replace all of a user's numbers, disable MFA.
// Made for one request, under SandboxStore's lock, at one instant.
class SandboxPhoneChanges
{
public:
    SandboxPhoneChanges(SandboxUsers &users, SandboxCodes &codes, SandboxIds &ids, qint64 nowMs);

    [[nodiscard]] SandboxReply create(const QByteArray &rawBody);
    [[nodiscard]] SandboxReply update(const QString &phoneId, const QByteArray &rawBody);
    [[nodiscard]] SandboxReply remove(const QString &phoneId);
    [[nodiscard]] SandboxReply replaceAll(const QString &userId, const QByteArray &rawBody);
    [[nodiscard]] SandboxReply disableMfa(const QString &userId);

private:
    // Whether the user's own numbers count as taking `number` (they do not when all of them are
    // about to be replaced).
    enum class OwnNumbers { Conflict, Allowed };
    // The 422 answer when `number` is not E.164 or is taken.
    [[nodiscard]] std::optional<SandboxReply> checkNewNumber(const QString &number, const SandboxUser &user, OwnNumbers own);
    // Clerk's refusal to delete `phone` of `user`: a number linked to an external account (403),
    // or the user's last identification (400).
    [[nodiscard]] std::optional<SandboxReply> checkRemovable(const SandboxUser &user, const PhoneNumber &phone);
    // A number not yet stored, with Clerk's defaults and this instant.
    [[nodiscard]] PhoneNumber newPhone(const QString &number);
    // Clerk's rules for a number's reserved_for_second_factor: the first such number becomes the
    // default second factor, and the user's mfa_enabled_at/mfa_disabled_at follow.
    void setReservedForSecondFactor(SandboxUser &user, PhoneNumber &phone, bool reserved);
    // Removes a number with its codes; the oldest remaining number becomes primary.
    void removePhone(SandboxUser &user, qsizetype index);
    void clearSecondFactors(SandboxUser &user);

    SandboxUsers &m_users;
    SandboxCodes &m_codes;
    SandboxIds &m_ids;
    qint64 m_now;
};

} // namespace PhoneDesk

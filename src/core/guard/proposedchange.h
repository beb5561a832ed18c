// SPDX-License-Identifier: MIT
#pragma once

#include "domain/identificationstatus.h"

#include <QString>

#include <optional>

namespace PhoneDesk {

// A change to one user's account that the lockout guard is asked about before it is sent.
struct ProposedChange
{
    enum class Kind {
        EditNumber,        // PATCH /phone_numbers/{id}: verified and reserved_for_second_factor
        DeleteNumber,      // DELETE /phone_numbers/{id}
        ReplaceNumbers,    // PUT /users/{id}/phone_number
        ResetMfa,          // DELETE /users/{id}/mfa
        RemoveTotp,        // DELETE /users/{id}/totp: the authenticator app
        RemoveBackupCodes, // DELETE /users/{id}/backup_code
    };

    Kind kind = Kind::EditNumber;
    QString phoneNumberId; // EditNumber, DeleteNumber
    std::optional<bool> verified;
    std::optional<bool> reservedForSecondFactor;
    QString newNumber; // ReplaceNumbers
    IdentificationStatus newStatus = IdentificationStatus::Verified; // ReplaceNumbers

    [[nodiscard]] static ProposedChange edit(const QString &phoneId, std::optional<bool> verified,
                                             std::optional<bool> reservedForSecondFactor)
    {
        return {Kind::EditNumber, phoneId, verified, reservedForSecondFactor, {}, IdentificationStatus::Verified};
    }
    [[nodiscard]] static ProposedChange deletion(const QString &phoneId)
    {
        return {Kind::DeleteNumber, phoneId, std::nullopt, std::nullopt, {}, IdentificationStatus::Verified};
    }
    [[nodiscard]] static ProposedChange replacement(const QString &number, IdentificationStatus status)
    {
        return {Kind::ReplaceNumbers, {}, std::nullopt, std::nullopt, number, status};
    }
    [[nodiscard]] static ProposedChange mfaReset()
    {
        return {Kind::ResetMfa, {}, std::nullopt, std::nullopt, {}, IdentificationStatus::Verified};
    }
    [[nodiscard]] static ProposedChange totpRemoval()
    {
        return {Kind::RemoveTotp, {}, std::nullopt, std::nullopt, {}, IdentificationStatus::Verified};
    }
    [[nodiscard]] static ProposedChange backupCodesRemoval()
    {
        return {Kind::RemoveBackupCodes, {}, std::nullopt, std::nullopt, {}, IdentificationStatus::Verified};
    }
};

} // namespace PhoneDesk

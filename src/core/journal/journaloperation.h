// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

namespace PhoneDesk {

// What a journal entry did, as the journal's "operation" field names it. A namespace of its own,
// so that Qt's meta-object system knows the values by name and the QML module can register them
// (ui/journalview/journaloperationforeign.h) without core knowing QML.
namespace Journaling {
Q_NAMESPACE

enum class Operation {
    Update,         // "update": PATCH /phone_numbers/{id}
    Create,         // "create": POST /phone_numbers
    Delete,         // "delete": DELETE /phone_numbers/{id}
    SendCode,       // "send_code": POST /phone_numbers/{id}/prepare_verification
    Verify,         // "verify": POST /phone_numbers/{id}/attempt_verification
    ResetMfa,       // "reset_mfa": DELETE /users/{id}/mfa
    ReplaceNumbers, // "replace_numbers": PUT /users/{id}/phone_number
    Undo,           // "undo": the revert of an earlier entry
    Unlock,            // "unlock": POST /users/{id}/unlock
    Ban,               // "ban": POST /users/{id}/ban
    Unban,             // "unban": POST /users/{id}/unban
    RemoveTotp,        // "remove_totp": DELETE /users/{id}/totp
    RemoveBackupCodes, // "remove_backup_codes": DELETE /users/{id}/backup_code
    RevokeSessions,    // "revoke_sessions": POST /sessions/{id}/revoke for each active session of a user
    // A name this version does not know, from a journal another version wrote; the entry keeps
    // the name as written (JournalEntry::unknownOperation).
    Unknown,
};
Q_ENUM_NS(Operation)

// The name in the journal, "update", "send_code", …; "" for Unknown, which has no name of its own.
[[nodiscard]] QString toName(Operation operation);
// The operation the journal names `name`; Unknown for any other name.
[[nodiscard]] Operation fromName(QStringView name);

} // namespace Journaling

using JournalOperation = Journaling::Operation;

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "journaloperation.h"

namespace PhoneDesk::Journaling {

QString toName(Operation operation)
{
    switch (operation) {
    case Operation::Update: return QStringLiteral("update");
    case Operation::Create: return QStringLiteral("create");
    case Operation::Delete: return QStringLiteral("delete");
    case Operation::SendCode: return QStringLiteral("send_code");
    case Operation::Verify: return QStringLiteral("verify");
    case Operation::ResetMfa: return QStringLiteral("reset_mfa");
    case Operation::ReplaceNumbers: return QStringLiteral("replace_numbers");
    case Operation::Undo: return QStringLiteral("undo");
    case Operation::Unlock: return QStringLiteral("unlock");
    case Operation::Ban: return QStringLiteral("ban");
    case Operation::Unban: return QStringLiteral("unban");
    case Operation::RemoveTotp: return QStringLiteral("remove_totp");
    case Operation::RemoveBackupCodes: return QStringLiteral("remove_backup_codes");
    case Operation::RevokeSessions: return QStringLiteral("revoke_sessions");
    case Operation::Unknown: break;
    }
    return {};
}

Operation fromName(QStringView name)
{
    // Every named operation: those before Unknown, which is last.
    for (int value = 0; value < int(Operation::Unknown); ++value) {
        if (name == toName(Operation(value)))
            return Operation(value);
    }
    return Operation::Unknown;
}

} // namespace PhoneDesk::Journaling

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
    case Operation::Unknown: break;
    }
    return {};
}

Operation fromName(QStringView name)
{
    for (const Operation operation : {Operation::Update, Operation::Create, Operation::Delete, Operation::SendCode,
                                      Operation::Verify, Operation::ResetMfa, Operation::ReplaceNumbers, Operation::Undo}) {
        if (name == toName(operation))
            return operation;
    }
    return Operation::Unknown;
}

} // namespace PhoneDesk::Journaling

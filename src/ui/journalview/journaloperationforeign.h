// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journaloperation.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// Core's Journaling::Operation as the QML enumeration `JournalOperation` (JournalOperation.Update,
// .ResetMfa, …): core knows nothing of QML, so the module registers it from here.
namespace JournalOperationForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(PhoneDesk::Journaling)
QML_NAMED_ELEMENT(JournalOperation)
} // namespace JournalOperationForeign

} // namespace PhoneDesk

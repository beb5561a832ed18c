// SPDX-License-Identifier: MIT
#pragma once

#include "domain/identificationstatus.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// Core's Identification::Status as the QML enumeration `IdentificationStatus`
// (IdentificationStatus.Verified, .Reserved, .Unverified): core knows nothing of QML, so the
// module registers it from here.
namespace IdentificationStatusForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(PhoneDesk::Identification)
QML_NAMED_ELEMENT(IdentificationStatus)
} // namespace IdentificationStatusForeign

} // namespace PhoneDesk

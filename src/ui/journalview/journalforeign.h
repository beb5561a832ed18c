// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journal.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace PhoneDesk {

// Core's Journal as the QML type `Journal`: core knows nothing of QML, so the module
// registers it from here.
struct JournalForeign
{
    Q_GADGET
    QML_FOREIGN(PhoneDesk::Journal)
    QML_NAMED_ELEMENT(Journal)
};

} // namespace PhoneDesk

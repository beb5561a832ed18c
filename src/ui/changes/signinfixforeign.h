// SPDX-License-Identifier: MIT
#pragma once

#include "operations/signinfix.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace PhoneDesk {

// Core's SignInFix as the QML type `SignInFix`, for its Action enumeration (SignInFix.Unlock,
// .Ban, …) that SignInFixer's `action` takes: core knows nothing of QML, so the module registers
// it from here.
struct SignInFixForeign
{
    Q_GADGET
    QML_FOREIGN(PhoneDesk::SignInFix)
    QML_NAMED_ELEMENT(SignInFix)
    QML_UNCREATABLE("SignInFix is made through a SignInFixer")
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "profile.h"

namespace PhoneDesk {

QString environmentOfKey(const QString &secretKey)
{
    const QString key = secretKey.trimmed();
    if (key.startsWith(QLatin1StringView("sk_test_")))
        return QStringLiteral("development");
    if (key.startsWith(QLatin1StringView("sk_live_")))
        return QStringLiteral("production");
    return {};
}

} // namespace PhoneDesk

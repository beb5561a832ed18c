// SPDX-License-Identifier: MIT
#include "ui/window/appinfo.h"

#include "phonedesk_version.h"

#include <QtGlobal>

namespace PhoneDesk {

AppInfo::AppInfo(QObject *parent)
    : QObject(parent)
{
}

AppInfo *AppInfo::create(QQmlEngine *, QJSEngine *)
{
    // Each engine owns its instance; the values never change.
    return new AppInfo;
}

QString AppInfo::version()
{
    return QStringLiteral(PHONEDESK_VERSION);
}

QString AppInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AppInfo::builtWithQtVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString AppInfo::licence()
{
    return QStringLiteral("MIT");
}

QUrl AppInfo::homepage()
{
    return QUrl(QStringLiteral(PHONEDESK_HOMEPAGE_URL));
}

} // namespace PhoneDesk

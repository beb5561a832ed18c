// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace PhoneDesk {

// What the About dialog tells, so that an agent can quote it in a ticket: PhoneDesk's version
// (project(VERSION), the one the User-Agent and --version carry), the Qt it runs on and was built
// with, its licence and where the project lives.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    // qVersion(): the Qt libraries loaded now, which may be newer than the build's.
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString builtWithQtVersion READ builtWithQtVersion CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)
    Q_PROPERTY(QUrl homepage READ homepage CONSTANT)

public:
    static AppInfo *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] static QString version();
    [[nodiscard]] static QString qtVersion();
    [[nodiscard]] static QString builtWithQtVersion();
    [[nodiscard]] static QString licence();
    [[nodiscard]] static QUrl homepage();

private:
    explicit AppInfo(QObject *parent = nullptr);
};

} // namespace PhoneDesk

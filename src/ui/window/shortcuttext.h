// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace PhoneDesk {

// Key sequences and menu texts as people read them, for the menus and the accessibility tree:
// the Basic and Fusion menu items of Qt 6.4 show no shortcut, and a screen reader reads the
// mnemonic's "&" aloud.
class ShortcutText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static ShortcutText *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // An Action's `shortcut` or a Shortcut's `sequence` ("Ctrl+Shift+V", a StandardKey, a
    // QKeySequence) in the platform's words ("Ctrl+Shift+V", "F5"; translated where Qt's own
    // translation is loaded): a standard key by its first binding here; "" for none.
    [[nodiscard]] Q_INVOKABLE static QString nativeText(const QVariant &shortcut);
    // The key sequences such a value stands for: a string in portable form ("Ctrl+E"), every
    // binding of a StandardKey here (the preferred first), a QKeySequence; none for "" or junk.
    [[nodiscard]] static QList<QKeySequence> sequences(const QVariant &shortcut);
    // "&Refresh" reads "Refresh", "Save && quit" reads "Save & quit".
    [[nodiscard]] Q_INVOKABLE static QString withoutMnemonic(const QString &text);

private:
    explicit ShortcutText(QObject *parent = nullptr);
};

} // namespace PhoneDesk

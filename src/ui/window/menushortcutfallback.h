// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

class QKeyEvent;

namespace PhoneDesk {

// Keeps the menu bar's shortcuts working when key presses reach the window while it is not the
// application's focus window. An X server without a window manager, or one that gives the
// keyboard to the window under the pointer, hands keys to the window without activating it:
// the focused search field takes the typing, but Qt matches Shortcuts and Actions (context
// Qt.WindowShortcut) only in the focus window, so every shortcut does nothing until a click
// activates the window. On such a key this asks for activation, so that the next keys take Qt's
// own way, and runs the enabled menu action the key is the shortcut of itself, unless a modal
// dialog is open (`blocked`), as Qt's own matching would.
class MenuShortcutFallback : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    // The MenuBar whose Actions (submenus included) are looked up.
    Q_PROPERTY(QObject *menuBar READ menuBar WRITE setMenuBar NOTIFY menuBarChanged)
    // A modal dialog is open on the window: its shortcuts are not the window's to run.
    Q_PROPERTY(bool blocked READ blocked WRITE setBlocked NOTIFY blockedChanged)

public:
    explicit MenuShortcutFallback(QObject *parent = nullptr);

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    [[nodiscard]] QObject *menuBar() const { return m_menuBar; }
    void setMenuBar(QObject *menuBar);
    [[nodiscard]] bool blocked() const { return m_blocked; }
    void setBlocked(bool blocked);

Q_SIGNALS:
    void windowChanged();
    void menuBarChanged();
    void blockedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] bool isInWindow(QObject *object) const;
    // The enabled menu action whose shortcut `key` is, or null.
    [[nodiscard]] QObject *actionFor(const QKeyEvent &key) const;

    QPointer<QQuickWindow> m_window;
    QPointer<QObject> m_menuBar;
    bool m_blocked = false;
    // The key press that follows a shortcut run here, kept from the focused control.
    QKeyCombination m_swallow;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "ui/window/menushortcutfallback.h"

#include "ui/window/shortcuttext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickItem>

namespace PhoneDesk {

MenuShortcutFallback::MenuShortcutFallback(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

void MenuShortcutFallback::setWindow(QQuickWindow *window)
{
    if (m_window == window)
        return;
    m_window = window;
    Q_EMIT windowChanged();
}

void MenuShortcutFallback::setMenuBar(QObject *menuBar)
{
    if (m_menuBar == menuBar)
        return;
    m_menuBar = menuBar;
    Q_EMIT menuBarChanged();
}

void MenuShortcutFallback::setBlocked(bool blocked)
{
    if (m_blocked == blocked)
        return;
    m_blocked = blocked;
    Q_EMIT blockedChanged();
}

bool MenuShortcutFallback::isInWindow(QObject *object) const
{
    if (object == m_window)
        return true;
    const auto *item = qobject_cast<QQuickItem *>(object);
    return item && item->window() == m_window;
}

QObject *MenuShortcutFallback::actionFor(const QKeyEvent &key) const
{
    if (!m_menuBar)
        return nullptr;
    const QKeySequence pressed(QKeyCombination(key.modifiers() & ~Qt::KeypadModifier, Qt::Key(key.key())));
    const QList<QObject *> objects = m_menuBar->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (!object->inherits("QQuickAction") || !object->property("enabled").toBool())
            continue;
        if (ShortcutText::sequences(object->property("shortcut")).contains(pressed))
            return object;
    }
    return nullptr;
}

bool MenuShortcutFallback::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !m_window || !isInWindow(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::KeyPress) {
        if (m_swallow == QKeyCombination() || key->keyCombination() != m_swallow)
            return false;
        m_swallow = QKeyCombination();
        return true;
    }
    if (QGuiApplication::focusWindow() == m_window)
        return false;
    // The agent types here: the window is theirs, the platform has only not said so.
    m_window->requestActivate();
    if (m_blocked)
        return false;
    QObject *action = actionFor(*key);
    if (!action)
        return false;
    // Taken as the focused control's own key (no shortcut lookup), then kept from it.
    key->accept();
    m_swallow = key->keyCombination();
    QMetaObject::invokeMethod(action, "trigger");
    return true;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "ui/window/shortcuttext.h"

namespace PhoneDesk {

ShortcutText::ShortcutText(QObject *parent)
    : QObject(parent)
{
}

ShortcutText *ShortcutText::create(QQmlEngine *, QJSEngine *)
{
    return new ShortcutText;
}

QList<QKeySequence> ShortcutText::sequences(const QVariant &shortcut)
{
    if (!shortcut.isValid() || shortcut.isNull())
        return {};
    if (shortcut.metaType() == QMetaType::fromType<QKeySequence>()) {
        const QKeySequence sequence = shortcut.value<QKeySequence>();
        return sequence.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{sequence};
    }
    if (shortcut.metaType() == QMetaType::fromType<QString>()) {
        const QKeySequence sequence = QKeySequence::fromString(shortcut.toString(), QKeySequence::PortableText);
        return sequence.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{sequence};
    }
    // QML hands a StandardKey over as a number (int or double).
    bool isNumber = false;
    const int standardKey = shortcut.toInt(&isNumber);
    if (!isNumber || standardKey <= QKeySequence::UnknownKey)
        return {};
    return QKeySequence::keyBindings(static_cast<QKeySequence::StandardKey>(standardKey));
}

QString ShortcutText::nativeText(const QVariant &shortcut)
{
    const QList<QKeySequence> bound = sequences(shortcut);
    return bound.isEmpty() ? QString() : bound.constFirst().toString(QKeySequence::NativeText);
}

QString ShortcutText::withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        // "&&" is a literal ampersand; a single "&" marks the next letter.
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace PhoneDesk {

// Puts the window's texts into a language: PhoneDesk's translation for the locale (built into
// the module at :/i18n/phonedesk_<language>.qm) and Qt's own for its standard texts, when the
// system has them. English has only the plural forms of texts with %n. Only the window calls
// this: phonedesk-cli and phonedesk-sandbox speak English, so their output never changes.
class Translations
{
public:
    // Installs the translators for `locale` on the application; returns the language loaded
    // ("de", or "en" for any language PhoneDesk is not translated to).
    static QString install(const QLocale &locale = QLocale());

    // The languages with a translation built in, "en" first.
    [[nodiscard]] static QStringList available();

private:
    static bool load(QTranslator *translator, const QLocale &locale, const QString &name, const QString &directory);
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "ui/window/translations.h"

#include "phone/countrynames.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace PhoneDesk {

namespace {
const QString builtIn = QStringLiteral(":/i18n");
} // namespace

bool Translations::load(QTranslator *translator, const QLocale &locale, const QString &name, const QString &directory)
{
    // QTranslator tries de_DE, then de, for the locale's UI languages in order.
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return false;
    return QCoreApplication::installTranslator(translator);
}

QString Translations::install(const QLocale &locale)
{
    // Owned by the application, so that they live as long as the texts they translate.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!load(own, locale, QStringLiteral("phonedesk"), builtIn)
        || own->language().startsWith(QLatin1String("en"))) {
        // Not translated (or English): English's plural forms ("1 number", "2 numbers").
        if (own->load(QStringLiteral("phonedesk_en"), builtIn))
            QCoreApplication::installTranslator(own);
        CountryNames::setLanguage(QStringLiteral("en"));
        return QStringLiteral("en");
    }
    // Qt's standard texts (the text fields' context menu, the file dialog), when installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!load(qt, locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        delete qt;
    const QString language = own->language().section(QLatin1Char('_'), 0, 0);
    // Country names in the same language as the texts around them.
    CountryNames::setLanguage(language);
    return language;
}

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(builtIn).entryList({QStringLiteral("phonedesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(10).chopped(3);
        if (language != QLatin1String("en"))
            languages.append(language);
    }
    return languages;
}

} // namespace PhoneDesk

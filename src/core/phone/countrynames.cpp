// SPDX-License-Identifier: MIT
#include "countrynames.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace PhoneDesk {

namespace {
struct Names
{
    QMutex mutex;
    QString language = QStringLiteral("en");
    // Looked up once per language and region: rows of the list ask for the same few countries.
    QHash<QString, QString> cache;
};

Names &names()
{
    static Names instance;
    return instance;
}

QString icuName(const QString &regionCode, const QString &language)
{
    const icu::Locale region("", regionCode.toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(language.toLatin1().constData()), name);
    // ICU answers the code itself when it has no name for it.
    const QString text = QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    return text.compare(regionCode, Qt::CaseInsensitive) == 0 ? QString() : text;
}
} // namespace

void CountryNames::setLanguage(const QString &language)
{
    Names &all = names();
    const QMutexLocker lock(&all.mutex);
    all.language = language.isEmpty() ? QStringLiteral("en") : language;
}

QString CountryNames::language()
{
    Names &all = names();
    const QMutexLocker lock(&all.mutex);
    return all.language;
}

QString CountryNames::english(const QString &regionCode)
{
    if (regionCode.size() != 2)
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

QString CountryNames::in(const QString &regionCode, const QString &language)
{
    const QString english = CountryNames::english(regionCode);
    if (english.isEmpty() || language == QLatin1String("en"))
        return english;
    const QString name = icuName(regionCode, language);
    return name.isEmpty() ? english : name;
}

QString CountryNames::shown(const QString &regionCode)
{
    Names &all = names();
    const QMutexLocker lock(&all.mutex);
    if (all.language == QLatin1String("en"))
        return english(regionCode);
    const QString key = all.language + QLatin1Char('/') + regionCode;
    const auto cached = all.cache.constFind(key);
    if (cached != all.cache.constEnd())
        return *cached;
    const QString name = in(regionCode, all.language);
    all.cache.insert(key, name);
    return name;
}

} // namespace PhoneDesk

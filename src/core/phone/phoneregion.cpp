// SPDX-License-Identifier: MIT
#include "phoneregion.h"

#include "countrynames.h"

#include <QCollator>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>

namespace PhoneDesk {

namespace pn = i18n::phonenumbers;

QList<PhoneRegion> PhoneRegion::all()
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    std::set<std::string> codes;
    util.GetSupportedRegions(&codes);
    QList<PhoneRegion> regions;
    regions.reserve(qsizetype(codes.size()));
    for (const std::string &code : codes) {
        PhoneRegion region;
        region.code = QString::fromStdString(code);
        region.countryName = countryNameOf(region.code);
        if (region.countryName.isEmpty())
            region.countryName = region.code;
        region.callingCode = util.GetCountryCodeForRegion(code);
        regions.append(region);
    }
    // "Åland Islands" sorts with the As, as a reader expects.
    QCollator collator{QLocale(QLocale::English)};
    std::sort(regions.begin(), regions.end(), [&](const PhoneRegion &a, const PhoneRegion &b) {
        return collator.compare(a.countryName, b.countryName) < 0;
    });
    return regions;
}

QString PhoneRegion::countryNameOf(const QString &code)
{
    return CountryNames::english(code);
}

} // namespace PhoneDesk

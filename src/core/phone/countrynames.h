// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

// Country names for people to read. What PhoneDesk prints or stores (phonedesk-cli, exports, the
// journal, PhoneNumberInfo) names countries in English, as Qt does; what the window shows names
// them in the window's language once Translations sets it ("Brasilien" in German), from ICU's
// locale data, which libphonenumber's own geocoder names countries from.
class CountryNames
{
public:
    // The language shown() uses: "en" (the default) or one the window is translated to.
    static void setLanguage(const QString &language);
    [[nodiscard]] static QString language();

    // "Germany" for "DE", as Qt names it; "" for a code Qt does not know.
    [[nodiscard]] static QString english(const QString &regionCode);
    // The name in `language` ("de": "Deutschland"); English for "en", or when ICU has no name
    // of its own for the region in that language.
    [[nodiscard]] static QString in(const QString &regionCode, const QString &language);
    // The name in language(): what the window shows.
    [[nodiscard]] static QString shown(const QString &regionCode);
};

} // namespace PhoneDesk

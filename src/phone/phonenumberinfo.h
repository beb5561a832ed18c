// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

// Everything libphonenumber can tell about a stored phone number, computed once so that views
// never format on paint. A number that is not valid (real data has "+311-555-2368") keeps its
// stored spelling in every format field and is marked not E.164; it is never dropped.
struct PhoneNumberInfo
{
    enum class Type {
        Unknown,
        FixedLine,
        Mobile,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
    };

    QString stored;        // exactly as the API gave it
    bool parsed = false;   // libphonenumber could read it as an international number
    bool valid = false;    // a number that exists in its region's numbering plan
    bool isE164 = false;   // valid and stored in the canonical "+4915123456789" spelling
    // The fields below describe valid numbers; an invalid one keeps its stored text in every
    // format and has no region, country or type.
    QString e164;          // canonical spelling
    QString international; // "+49 1512 3456789"
    QString national;      // "01512 3456789"
    QString regionCode;    // "DE"
    QString countryName;   // "Germany"
    Type type = Type::Unknown;

    [[nodiscard]] static PhoneNumberInfo of(const QString &stored);
    // "mobile", "fixed line", …: lower-case words for a person.
    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] QString typeName() const { return typeName(type); }
};

} // namespace PhoneDesk

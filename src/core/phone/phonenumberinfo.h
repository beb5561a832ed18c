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

    // How the length of a parsed number compares with its region's numbering plan.
    enum class Length {
        Unknown,            // not read as a number at all
        Possible,           // a length valid numbers of the region have
        LocalOnly,          // only as long as numbers dialled within an area: too short for E.164
        TooShort,
        TooLong,
        InvalidLength,      // between the region's lengths, but none of them
        InvalidCountryCode, // no region has this country calling code
    };

    QString stored;        // exactly as the API gave it (or as typed, for ofTyped)
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
    Length length = Length::Unknown;

    // Whether of() works out the international and national formats: each costs libphonenumber's
    // pattern matching, which a listing that shows no format (the CSV export) does without.
    enum class Formats { Both, None };

    // With Formats::None, `international` and `national` are left empty for a valid number.
    [[nodiscard]] static PhoneNumberInfo of(const QString &stored, Formats formats = Formats::Both);
    // A number as a person types it: without "+", it is read as a number of `region` ("DE",
    // "01512 3456789"); with "+", `region` does not matter. isE164 compares with the typed text.
    [[nodiscard]] static PhoneNumberInfo ofTyped(const QString &typed, const QString &region);
    // "mobile", "fixed line", …: lower-case words for a person.
    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] QString typeName() const { return typeName(type); }
};

} // namespace PhoneDesk

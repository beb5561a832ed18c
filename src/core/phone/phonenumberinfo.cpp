// SPDX-License-Identifier: MIT
#include "phonenumberinfo.h"

#include "canonicalnumber.h"
#include "countrynames.h"
#include "numberingplans.h"


#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <optional>
#include <set>

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;

PhoneNumberInfo::Type typeOf(pn::PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNumberInfo::Type;
    switch (type) {
    case pn::PhoneNumberUtil::FIXED_LINE: return T::FixedLine;
    case pn::PhoneNumberUtil::MOBILE: return T::Mobile;
    case pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return T::FixedLineOrMobile;
    case pn::PhoneNumberUtil::TOLL_FREE: return T::TollFree;
    case pn::PhoneNumberUtil::PREMIUM_RATE: return T::PremiumRate;
    case pn::PhoneNumberUtil::SHARED_COST: return T::SharedCost;
    case pn::PhoneNumberUtil::VOIP: return T::Voip;
    case pn::PhoneNumberUtil::PERSONAL_NUMBER: return T::PersonalNumber;
    case pn::PhoneNumberUtil::PAGER: return T::Pager;
    case pn::PhoneNumberUtil::UAN: return T::Uan;
    case pn::PhoneNumberUtil::VOICEMAIL: return T::Voicemail;
    case pn::PhoneNumberUtil::UNKNOWN: break;
    }
    return T::Unknown;
}

PhoneNumberInfo::Length lengthOf(pn::PhoneNumberUtil::ValidationResult result)
{
    using L = PhoneNumberInfo::Length;
    switch (result) {
    case pn::PhoneNumberUtil::IS_POSSIBLE: return L::Possible;
    case pn::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: return L::LocalOnly;
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE: return L::InvalidCountryCode;
    case pn::PhoneNumberUtil::TOO_SHORT: return L::TooShort;
    case pn::PhoneNumberUtil::INVALID_LENGTH: return L::InvalidLength;
    case pn::PhoneNumberUtil::TOO_LONG: return L::TooLong;
    }
    return L::Unknown;
}

// What a parse failure says about the length, for text that is on its way to a number.
PhoneNumberInfo::Length lengthOf(pn::PhoneNumberUtil::ErrorType error)
{
    using L = PhoneNumberInfo::Length;
    switch (error) {
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: return L::InvalidCountryCode;
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN: return L::TooShort;
    case pn::PhoneNumberUtil::TOO_LONG_NSN: return L::TooLong;
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
    case pn::PhoneNumberUtil::NOT_A_NUMBER: break;
    }
    return L::Unknown;
}

// A region's code and country name, one copy each for every number of the region.
struct RegionNames
{
    QString code;    // "DE"
    QString country; // "Germany"; empty when Qt does not know the territory
};

RegionNames namesOf(const std::string &region)
{
    const QString code = QString::fromStdString(region);
    return {code, CountryNames::english(code)};
}

// The names of every region libphonenumber knows, looked up once (QLocale's lookups are not
// free, and 150,000 numbers come from a few dozen regions) and only read afterwards, so that
// threads building rows at once never wait on each other here.
class RegionTable
{
public:
    static const RegionTable &instance()
    {
        static const RegionTable table;
        return table;
    }

    // Null for a code that is not two capital letters or that libphonenumber does not know.
    [[nodiscard]] const RegionNames *of(const std::string &code) const
    {
        const int at = indexOf(code);
        return at >= 0 && !m_names.at(size_t(at)).code.isEmpty() ? &m_names.at(size_t(at)) : nullptr;
    }

private:
    RegionTable()
    {
        std::set<std::string> regions;
        pn::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
        for (const std::string &region : regions) {
            const int at = indexOf(region);
            if (at >= 0)
                m_names.at(size_t(at)) = namesOf(region);
        }
    }

    static int indexOf(const std::string &code)
    {
        const auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
        if (code.size() != 2 || !letter(code[0]) || !letter(code[1]))
            return -1;
        return (code[0] - 'A') * 26 + (code[1] - 'A');
    }

    std::array<RegionNames, 26 * 26> m_names;
};

PhoneNumberInfo infoOf(const QString &stored, const char *defaultRegion, bool canonicalFirst,
                       PhoneNumberInfo::Formats formats = PhoneNumberInfo::Formats::Both)
{
    PhoneNumberInfo info;
    info.stored = stored;
    info.e164 = info.international = info.national = stored;

    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    // Clerk stores numbers in E.164: read that spelling directly, and anything else as free text.
    if (!canonicalFirst || !CanonicalNumber::read(stored, &number)) {
        if (stored.trimmed().isEmpty())
            return info;
        if (const auto error = util.Parse(stored.toStdString(), defaultRegion, &number); error != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
            info.length = lengthOf(error);
            return info;
        }
    }
    info.parsed = true;
    // A number is valid exactly when its region's numbering plan gives it a type, so one
    // classification answers both (IsValidNumber would run the same patterns again), and names
    // the region as well: matching the numbering plans is the cost of loading 150,000 numbers,
    // which NumberingPlans does without libphonenumber's locked pattern cache.
    const NumberingPlans &plans = NumberingPlans::instance();
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    const std::optional<NumberingPlans::Classification> classified = plans.classify(number.country_code(), national);
    const pn::PhoneNumberUtil::PhoneNumberType type = classified ? classified->type : util.GetNumberType(number);
    info.valid = type != pn::PhoneNumberUtil::UNKNOWN;
    // An invalid number formatted by its country code reads as a number it is not
    // ("+311-555-2368" would become "+31 15552368"): only valid numbers are reformatted.
    if (!info.valid) {
        info.length = lengthOf(util.IsPossibleNumberWithReason(number));
        return info;
    }
    info.length = PhoneNumberInfo::Length::Possible;

    std::string text;
    util.Format(number, pn::PhoneNumberUtil::E164, &text);
    // Usually the stored text itself: then one copy serves both.
    info.isE164 = QLatin1StringView(text.data(), qsizetype(text.size())) == stored;
    if (!info.isE164)
        info.e164 = QString::fromStdString(text);
    if (formats == PhoneNumberInfo::Formats::Both) {
        plans.format(number, national, pn::PhoneNumberUtil::INTERNATIONAL, &text);
        info.international = QString::fromStdString(text);
        plans.format(number, national, pn::PhoneNumberUtil::NATIONAL, &text);
        info.national = QString::fromStdString(text);
    } else {
        info.international.clear();
        info.national.clear();
    }

    std::string region;
    if (classified)
        region = classified->region;
    else if (region = plans.of(number.country_code()).soleRegion; region.empty())
        util.GetRegionCodeForNumber(number, &region);
    // "ZZ" is libphonenumber's "no region"; "001" the non-geographic entities.
    if (!region.empty() && region != "ZZ" && region != "001") {
        const RegionNames *known = RegionTable::instance().of(region);
        const RegionNames names = known ? *known : namesOf(region);
        info.regionCode = names.code;
        info.countryName = names.country;
    }
    info.type = typeOf(type);
    return info;
}
} // namespace

PhoneNumberInfo PhoneNumberInfo::of(const QString &stored, Formats formats)
{
    // "ZZ": no default region. Clerk stores international numbers, so a number without its
    // country code is not guessed into one.
    return infoOf(stored, "ZZ", true, formats);
}

PhoneNumberInfo PhoneNumberInfo::ofTyped(const QString &typed, const QString &region)
{
    const QByteArray regionCode = region.isEmpty() ? QByteArrayLiteral("ZZ") : region.toLatin1();
    // As typed, the text is read the general way (it is short, and typed once).
    return infoOf(typed, regionCode.constData(), false);
}

QString PhoneNumberInfo::typeName(Type type)
{
    switch (type) {
    case Type::Unknown: return QStringLiteral("unknown type");
    case Type::FixedLine: return QStringLiteral("fixed line");
    case Type::Mobile: return QStringLiteral("mobile");
    case Type::FixedLineOrMobile: return QStringLiteral("fixed line or mobile");
    case Type::TollFree: return QStringLiteral("toll free");
    case Type::PremiumRate: return QStringLiteral("premium rate");
    case Type::SharedCost: return QStringLiteral("shared cost");
    case Type::Voip: return QStringLiteral("VoIP");
    case Type::PersonalNumber: return QStringLiteral("personal number");
    case Type::Pager: return QStringLiteral("pager");
    case Type::Uan: return QStringLiteral("universal access number");
    case Type::Voicemail: return QStringLiteral("voicemail");
    }
    return QString();
}

} // namespace PhoneDesk

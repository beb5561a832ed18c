// SPDX-License-Identifier: MIT
#include "phonenumberinfo.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

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

PhoneNumberInfo infoOf(const QString &stored, const char *defaultRegion)
{
    PhoneNumberInfo info;
    info.stored = stored;
    info.e164 = info.international = info.national = stored;

    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    if (stored.trimmed().isEmpty())
        return info;
    if (const auto error = util.Parse(stored.toStdString(), defaultRegion, &number); error != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
        info.length = lengthOf(error);
        return info;
    }
    info.parsed = true;
    // A number is valid exactly when its region's numbering plan gives it a type, so one
    // GetNumberType answers both (IsValidNumber would run the same patterns again): libphonenumber
    // is the cost of loading 150,000 numbers.
    const pn::PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
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
    info.e164 = QString::fromStdString(text);
    info.isE164 = info.e164 == stored;
    util.Format(number, pn::PhoneNumberUtil::INTERNATIONAL, &text);
    info.international = QString::fromStdString(text);
    util.Format(number, pn::PhoneNumberUtil::NATIONAL, &text);
    info.national = QString::fromStdString(text);

    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    // "ZZ" is libphonenumber's "no region"; "001" the non-geographic entities.
    if (!region.empty() && region != "ZZ" && region != "001") {
        info.regionCode = QString::fromStdString(region);
        const QLocale::Territory territory = QLocale::codeToTerritory(info.regionCode);
        if (territory != QLocale::AnyTerritory)
            info.countryName = QLocale::territoryToString(territory);
    }
    info.type = typeOf(type);
    return info;
}
} // namespace

PhoneNumberInfo PhoneNumberInfo::of(const QString &stored)
{
    // "ZZ": no default region. Clerk stores international numbers, so a number without its
    // country code is not guessed into one.
    return infoOf(stored, "ZZ");
}

PhoneNumberInfo PhoneNumberInfo::ofTyped(const QString &typed, const QString &region)
{
    const QByteArray regionCode = region.isEmpty() ? QByteArrayLiteral("ZZ") : region.toLatin1();
    return infoOf(typed, regionCode.constData());
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

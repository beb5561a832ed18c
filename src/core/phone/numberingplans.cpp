// SPDX-License-Identifier: MIT
#include "numberingplans.h"

#include <algorithm>
#include <list>
#include <set>

// The metadata libphonenumber compiles in and PhoneNumberUtil loads itself (declared in its
// metadata.h, which distributions do not install).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;

bool allDigits(const std::string &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where FormatByPattern formats NATIONAL as Format does: it drops a national prefix formatting
// rule when the region has no national prefix, which Format applies as it is.
bool formatsNationalAsFormatDoes(const pn::PhoneMetadata &metadata)
{
    return !metadata.national_prefix().empty()
        || std::all_of(metadata.number_format().cbegin(), metadata.number_format().cend(),
                       [](const pn::NumberFormat &f) { return f.national_prefix_formatting_rule().empty(); });
}
} // namespace

const NumberingPlans &NumberingPlans::instance()
{
    static const NumberingPlans plans;
    return plans;
}

const NumberingPlans::Plan &NumberingPlans::of(int callingCode) const
{
    return callingCode > 0 && callingCode < int(m_plans.size()) ? m_plans.at(size_t(callingCode)) : m_unknown;
}

NumberingPlans::NumberingPlans()
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneMetadataCollection collection;
    // Unreadable metadata leaves every plan Unknown and without formats: numbers then take the
    // general way (Parse, Format).
    const bool readable = collection.ParseFromArray(pn::metadata_get(), pn::metadata_size());
    std::set<int> codes;
    util.GetSupportedCallingCodes(&codes);
    for (const int code : codes) {
        if (code <= 0 || code >= int(m_plans.size()))
            continue;
        Plan &plan = m_plans.at(size_t(code));
        plan.known = true;
        if (!readable)
            continue;
        // Parse and Format read a number with the metadata of its calling code's main region (or
        // of the non-geographic entity "001" that has this code).
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        const auto metadata = std::find_if(collection.metadata().cbegin(), collection.metadata().cend(),
                                           [&](const pn::PhoneMetadata &m) { return m.id() == region && m.country_code() == code; });
        if (metadata == collection.metadata().cend())
            continue;

        std::list<std::string> regions;
        util.GetRegionCodesForCountryCallingCode(code, &regions);
        if (regions.size() == 1)
            plan.soleRegion = regions.front();

        // Parse strips or transforms a national prefix only when this pattern matches at the
        // start of the national number (lookingAt); with a transform rule or without.
        const std::string &prefix = metadata->national_prefix_for_parsing();
        if (prefix.empty()) {
            plan.prefix = NationalPrefix::None;
        } else if (allDigits(prefix)) {
            plan.prefix = NationalPrefix::Digits;
            plan.prefixDigits = prefix;
        } else {
            // Digits, classes, groups and alternatives: PCRE2 reads them as ICU and RE2 do.
            plan.prefixPattern = DigitPattern(prefix, DigitPattern::Anchoring::Start);
            if (plan.prefixPattern.isValid())
                plan.prefix = NationalPrefix::Pattern;
        }

        if (formatsNationalAsFormatDoes(*metadata)) {
            plan.nationalFormats = metadata->number_format();
            plan.nationalCompiled = CompiledFormats::of(*plan.nationalFormats, true, metadata->national_prefix());
        }
        plan.internationalFormats = metadata->intl_number_format_size() > 0 ? metadata->intl_number_format()
                                                                            : metadata->number_format();
        plan.internationalCompiled = CompiledFormats::of(*plan.internationalFormats, false, std::string());

        // Every region of the code, each with its own metadata ("001" entries share that id and
        // differ by code).
        for (const std::string &name : regions) {
            const auto regionMetadata = std::find_if(collection.metadata().cbegin(), collection.metadata().cend(),
                                                     [&](const pn::PhoneMetadata &m) { return m.id() == name && m.country_code() == code; });
            std::optional<RegionNumberTypes> types = regionMetadata == collection.metadata().cend()
                ? std::nullopt
                : RegionNumberTypes::of(*regionMetadata);
            if (!types) {
                plan.regions.clear();
                break;
            }
            plan.regions.push_back(std::move(*types));
        }
    }
}

std::optional<NumberingPlans::Classification> NumberingPlans::classify(int callingCode, const std::string &national) const
{
    const Plan &plan = of(callingCode);
    if (plan.regions.empty())
        return std::nullopt;
    // One region: the number is its, valid or not.
    if (plan.regions.size() == 1)
        return Classification{plan.regions.front().typeOf(national), plan.regions.front().region()};
    for (const RegionNumberTypes &region : plan.regions) {
        if (const auto type = region.claim(national))
            return Classification{*type, region.region()};
    }
    return Classification{pn::PhoneNumberUtil::UNKNOWN, "ZZ"};
}

void NumberingPlans::format(const pn::PhoneNumber &number, pn::PhoneNumberUtil::PhoneNumberFormat style,
                            std::string *text) const
{
    std::string national;
    pn::PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &national);
    format(number, national, style, text);
}

void NumberingPlans::format(const pn::PhoneNumber &number, const std::string &national,
                            pn::PhoneNumberUtil::PhoneNumberFormat style, std::string *text) const
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    const Plan &plan = of(number.country_code());
    const bool nationalStyle = style == pn::PhoneNumberUtil::NATIONAL;
    const bool internationalStyle = style == pn::PhoneNumberUtil::INTERNATIONAL;
    // An extension and a raw input change what Format writes: those numbers take its own way.
    const bool plain = !number.has_extension() && !number.has_raw_input();
    const std::optional<CompiledFormats> *compiled = nationalStyle ? &plan.nationalCompiled
        : internationalStyle                                      ? &plan.internationalCompiled
                                                                  : nullptr;
    if (plain && compiled && *compiled && (*compiled)->format(national, text)) {
        // FormatByPattern's last step, PrefixNumberWithCountryCallingCode.
        if (internationalStyle)
            text->insert(0, "+" + std::to_string(number.country_code()) + ' ');
        return;
    }
    const std::optional<Formats> *formats = nationalStyle ? &plan.nationalFormats
        : internationalStyle                             ? &plan.internationalFormats
                                                         : nullptr;
    if (plain && formats && *formats)
        util.FormatByPattern(number, style, **formats, text);
    else
        util.Format(number, style, text);
}

} // namespace PhoneDesk

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
            // Digits, classes, groups and alternatives: PCRE reads them as ICU does.
            plan.prefixPattern = QRegularExpression(QString::fromStdString(prefix));
            if (plan.prefixPattern.isValid()) {
                plan.prefixPattern.optimize(); // compiled now, not by the first thread to match
                plan.prefix = NationalPrefix::Pattern;
            }
        }

        if (formatsNationalAsFormatDoes(*metadata))
            plan.nationalFormats = metadata->number_format();
        plan.internationalFormats = metadata->intl_number_format_size() > 0 ? metadata->intl_number_format()
                                                                            : metadata->number_format();
    }
}

void NumberingPlans::format(const pn::PhoneNumber &number, pn::PhoneNumberUtil::PhoneNumberFormat style,
                            std::string *text) const
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    const Plan &plan = of(number.country_code());
    const std::optional<Formats> *formats = style == pn::PhoneNumberUtil::NATIONAL ? &plan.nationalFormats
        : style == pn::PhoneNumberUtil::INTERNATIONAL                             ? &plan.internationalFormats
                                                                                  : nullptr;
    if (formats && *formats && !number.has_extension() && !number.has_raw_input())
        util.FormatByPattern(number, style, **formats, text);
    else
        util.Format(number, style, text);
}

} // namespace PhoneDesk

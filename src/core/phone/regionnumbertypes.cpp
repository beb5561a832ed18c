// SPDX-License-Identifier: MIT
#include "regionnumbertypes.h"

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;
} // namespace

std::optional<RegionNumberTypes::Description> RegionNumberTypes::describe(const pn::PhoneNumberDesc &description)
{
    Description described;
    described.anyLength = description.possible_length_size() == 0;
    for (const int length : description.possible_length()) {
        // -1 ("no number of this type") and lengths no national number has set no bit.
        if (length >= 0 && length < 32)
            described.lengths |= std::uint32_t(1) << length;
    }
    if (!description.national_number_pattern().empty()) {
        DigitPattern pattern(description.national_number_pattern(), DigitPattern::Anchoring::Whole);
        if (!pattern.isValid())
            return std::nullopt;
        described.pattern = std::move(pattern);
    }
    return described;
}

std::optional<RegionNumberTypes> RegionNumberTypes::of(const pn::PhoneMetadata &metadata)
{
    RegionNumberTypes types;
    types.m_region = metadata.id();
    types.m_sameMobileAndFixedLine = metadata.same_mobile_and_fixed_line_pattern();
    const std::array<const pn::PhoneNumberDesc *, SlotCount> descriptions{
        &metadata.general_desc(), &metadata.premium_rate(), &metadata.toll_free(), &metadata.shared_cost(),
        &metadata.voip(), &metadata.personal_number(), &metadata.pager(), &metadata.uan(),
        &metadata.voicemail(), &metadata.fixed_line(), &metadata.mobile()};
    for (size_t slot = 0; slot < descriptions.size(); ++slot) {
        std::optional<Description> described = describe(*descriptions.at(slot));
        if (!described)
            return std::nullopt;
        types.m_descriptions.at(slot) = std::move(*described);
    }
    if (metadata.has_leading_digits()) {
        DigitPattern leading(metadata.leading_digits(), DigitPattern::Anchoring::Start);
        if (!leading.isValid())
            return std::nullopt;
        types.m_leadingDigits = std::move(leading);
    }
    return types;
}

bool RegionNumberTypes::Description::matches(const std::string &national) const
{
    if (!anyLength && (national.size() >= 32 || !(lengths & (std::uint32_t(1) << national.size()))))
        return false;
    return pattern && pattern->matches(national);
}

RegionNumberTypes::Type RegionNumberTypes::typeOf(const std::string &national) const
{
    if (!m_descriptions[General].matches(national))
        return pn::PhoneNumberUtil::UNKNOWN;
    static constexpr std::array<std::pair<Slot, Type>, 8> special{{
        {PremiumRate, pn::PhoneNumberUtil::PREMIUM_RATE},
        {TollFree, pn::PhoneNumberUtil::TOLL_FREE},
        {SharedCost, pn::PhoneNumberUtil::SHARED_COST},
        {Voip, pn::PhoneNumberUtil::VOIP},
        {PersonalNumber, pn::PhoneNumberUtil::PERSONAL_NUMBER},
        {Pager, pn::PhoneNumberUtil::PAGER},
        {Uan, pn::PhoneNumberUtil::UAN},
        {Voicemail, pn::PhoneNumberUtil::VOICEMAIL},
    }};
    for (const auto &[slot, type] : special) {
        if (m_descriptions.at(slot).matches(national))
            return type;
    }
    if (m_descriptions[FixedLine].matches(national)) {
        return m_sameMobileAndFixedLine || m_descriptions[Mobile].matches(national)
            ? pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE
            : pn::PhoneNumberUtil::FIXED_LINE;
    }
    if (!m_sameMobileAndFixedLine && m_descriptions[Mobile].matches(national))
        return pn::PhoneNumberUtil::MOBILE;
    return pn::PhoneNumberUtil::UNKNOWN;
}

std::optional<RegionNumberTypes::Type> RegionNumberTypes::claim(const std::string &national) const
{
    // A region with leading digits takes every number that starts with them, valid or not.
    if (m_leadingDigits)
        return m_leadingDigits->matches(national) ? std::optional(typeOf(national)) : std::nullopt;
    const Type type = typeOf(national);
    return type != pn::PhoneNumberUtil::UNKNOWN ? std::optional(type) : std::nullopt;
}

} // namespace PhoneDesk

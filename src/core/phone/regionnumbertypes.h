// SPDX-License-Identifier: MIT
#pragma once

#include "digitpattern.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace PhoneDesk {

// The patterns that tell the type of a national number in one region (or non-geographic entity
// "001"), read from its metadata and compiled once, and the same questions PhoneNumberUtil asks of
// them, with the same answers: which type a number is (GetNumberTypeHelper) and whether the region
// takes a number of a calling code several regions share (GetRegionCodeForNumberFromRegionList).
class RegionNumberTypes
{
public:
    using Type = i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType;

    // Nullopt where PCRE2 cannot read one of the region's patterns.
    [[nodiscard]] static std::optional<RegionNumberTypes> of(const i18n::phonenumbers::PhoneMetadata &metadata);

    [[nodiscard]] const std::string &region() const { return m_region; }

    // UNKNOWN for a national significant number that is not in the region's numbering plan.
    [[nodiscard]] Type typeOf(const std::string &national) const;
    // The type of a number this region takes among those sharing its calling code; nullopt when
    // it does not take it (the next region of the code is asked then).
    [[nodiscard]] std::optional<Type> claim(const std::string &national) const;

private:
    // One PhoneNumberDesc: the lengths it allows and its pattern.
    struct Description
    {
        bool anyLength = true;  // no possible lengths listed: the pattern alone decides
        std::uint32_t lengths = 0; // bit n: numbers of n digits
        std::optional<DigitPattern> pattern; // none for an empty pattern, which matches nothing

        [[nodiscard]] bool matches(const std::string &national) const;
    };

    // In the order GetNumberTypeHelper tries them after the general description.
    enum Slot { General, PremiumRate, TollFree, SharedCost, Voip, PersonalNumber, Pager, Uan, Voicemail, FixedLine, Mobile, SlotCount };

    static std::optional<Description> describe(const i18n::phonenumbers::PhoneNumberDesc &description);

    std::string m_region;
    std::array<Description, SlotCount> m_descriptions;
    std::optional<DigitPattern> m_leadingDigits;
    bool m_sameMobileAndFixedLine = false;
};

} // namespace PhoneDesk

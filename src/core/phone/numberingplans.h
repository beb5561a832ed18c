// SPDX-License-Identifier: MIT
#pragma once

#include "compiledformats.h"
#include "digitpattern.h"
#include "regionnumbertypes.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace PhoneDesk {

// What libphonenumber's own metadata says about each country calling code, read once (thread-safe
// static initialisation) with its patterns compiled, and only read afterwards, so that threads
// building rows at once never wait on each other here. It lets stored numbers skip the parts of
// Parse and Format that do nothing for them, and answers GetNumberType, GetRegionCodeForNumber
// and Format without libphonenumber's pattern cache, with the same results (see CanonicalNumber,
// classify() and format(); tst_phonenumberinfo holds them to libphonenumber's own answers).
class NumberingPlans
{
public:
    // What Parse may strip from the start of a national number of one calling code.
    enum class NationalPrefix {
        None,    // nothing: Parse keeps the national number as it is
        Digits,  // `prefixDigits`, when the number starts with them
        Pattern, // what `prefixPattern` matches at the start (then also transformed, for some)
        Unknown, // a pattern Qt cannot read: only Parse can tell
    };

    using Formats = google::protobuf::RepeatedPtrField<i18n::phonenumbers::NumberFormat>;

    struct Plan
    {
        bool known = false; // a calling code libphonenumber has metadata for
        NationalPrefix prefix = NationalPrefix::Unknown;
        std::string prefixDigits;
        DigitPattern prefixPattern; // matched at the start of the national number
        // The region of every number with this code, when only one region has it ("DE"; "001"
        // for a non-geographic entity); empty when several do (+1, +7, +44, ...).
        std::string soleRegion;
        // The formats Format chooses from, for FormatByPattern; unset where FormatByPattern
        // would format differently (a national prefix formatting rule without a national prefix).
        std::optional<Formats> nationalFormats;
        std::optional<Formats> internationalFormats;
        // The same formats compiled, where every pattern and rule could be.
        std::optional<CompiledFormats> nationalCompiled;
        std::optional<CompiledFormats> internationalCompiled;
        // The regions with this code, in the order GetRegionCodeForNumber tries them; empty
        // where a pattern of one of them could not be compiled.
        std::vector<RegionNumberTypes> regions;
    };

    // A number's type and the region it belongs to ("US"; "001" for a non-geographic entity;
    // "ZZ" for none), as GetNumberType and GetRegionCodeForNumber answer.
    struct Classification
    {
        i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType type;
        std::string_view region;
    };

    [[nodiscard]] static const NumberingPlans &instance();

    // The plan of `callingCode`; an unknown one for codes outside 1–999.
    [[nodiscard]] const Plan &of(int callingCode) const;

    // The type and region of a number of `callingCode` whose national significant number is
    // `national`; nullopt where only libphonenumber can tell (a code it has no metadata for here).
    [[nodiscard]] std::optional<Classification> classify(int callingCode, const std::string &national) const;

    // PhoneNumberUtil::Format for INTERNATIONAL and NATIONAL, same result: the calling code's
    // compiled formats, else FormatByPattern with its formats held here (where Format copies its
    // whole list of formats, a protobuf copy, for every call), else Format.
    void format(const i18n::phonenumbers::PhoneNumber &number,
                i18n::phonenumbers::PhoneNumberUtil::PhoneNumberFormat style, std::string *text) const;
    // The same with the number's national significant number already at hand.
    void format(const i18n::phonenumbers::PhoneNumber &number, const std::string &national,
                i18n::phonenumbers::PhoneNumberUtil::PhoneNumberFormat style, std::string *text) const;

private:
    NumberingPlans();

    std::array<Plan, 1000> m_plans;
    Plan m_unknown;
};

} // namespace PhoneDesk

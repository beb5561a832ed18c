// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <optional>
#include <string>

namespace PhoneDesk {

// What libphonenumber's own metadata says about each country calling code, read once (thread-safe
// static initialisation) and only read afterwards, so that threads building rows at once do not
// wait on each other here (but for QRegularExpression's own brief lock when a prefix pattern is
// matched). It lets stored numbers skip the parts of Parse and Format that do
// nothing for them, with the same results (see CanonicalNumber and format()).
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
        QRegularExpression prefixPattern;
        // The region of every number with this code, when only one region has it ("DE"; "001"
        // for a non-geographic entity); empty when several do (+1, +7, +44, ...).
        std::string soleRegion;
        // The formats Format chooses from, for FormatByPattern; unset where FormatByPattern
        // would format differently (a national prefix formatting rule without a national prefix).
        std::optional<Formats> nationalFormats;
        std::optional<Formats> internationalFormats;
    };

    [[nodiscard]] static const NumberingPlans &instance();

    // The plan of `callingCode`; an unknown one for codes outside 1–999.
    [[nodiscard]] const Plan &of(int callingCode) const;

    // PhoneNumberUtil::Format for INTERNATIONAL and NATIONAL, same result: FormatByPattern with the
    // calling code's formats held here, where Format copies its whole list of formats (a protobuf
    // copy, a quarter of its time) for every call.
    void format(const i18n::phonenumbers::PhoneNumber &number,
                i18n::phonenumbers::PhoneNumberUtil::PhoneNumberFormat style, std::string *text) const;

private:
    NumberingPlans();

    std::array<Plan, 1000> m_plans;
    Plan m_unknown;
};

} // namespace PhoneDesk

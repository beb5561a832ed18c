// SPDX-License-Identifier: MIT
#pragma once

#include "digitpattern.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <optional>
#include <string>
#include <vector>

namespace PhoneDesk {

// The number formats of one calling code for one style (national or international), compiled
// once, and PhoneNumberUtil::FormatByPattern's choice and rewriting of the national significant
// number with them (ChooseFormattingPatternForNumber, FormatNsnUsingPattern), same result.
class CompiledFormats
{
public:
    using Formats = google::protobuf::RepeatedPtrField<i18n::phonenumbers::NumberFormat>;

    // `nationalPrefix` non-empty: each format's national prefix formatting rule is applied, as
    // FormatByPattern does for NATIONAL. Nullopt where PCRE2 cannot read a pattern or a rule
    // would be rewritten differently than libphonenumber's regular expressions rewrite it.
    [[nodiscard]] static std::optional<CompiledFormats> of(const Formats &formats, bool national,
                                                           const std::string &nationalPrefix);

    // `national` (the national significant number) as the first format that fits it writes it,
    // or as it is when none fits. False, *text untouched, where only libphonenumber can tell.
    [[nodiscard]] bool format(const std::string &national, std::string *text) const;

private:
    struct Format
    {
        std::optional<DigitPattern> leadingDigits; // the last, most detailed, of the format's
        DigitPattern whole;                        // the format fits a number this matches whole
        DigitPattern rewrite;                      // the same pattern, for the rewrite
        std::string rule;                          // "$1 $2", with the national prefix applied
    };

    std::vector<Format> m_formats;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct pcre2_real_code_8;

namespace PhoneDesk {

// One of the patterns of libphonenumber's metadata (digits, classes, groups, alternatives,
// counted repeats), compiled once by PCRE2 with its JIT and afterwards only read, so that threads
// match it at once without waiting: libphonenumber's own regular expression cache looks every
// pattern up by its text, under one mutex, for every match, which is most of what classifying and
// formatting a number costs it. Matching answers what libphonenumber's own engine answers (ICU's
// regular expressions in Debian's build, RE2 in others; they agree on the metadata's patterns).
class DigitPattern
{
public:
    enum class Anchoring {
        Whole,    // matches() is libphonenumber's FullMatch: the pattern spans all the text
        Start,    // matches() is libphonenumber's Consume ("lookingAt"): a match at the start
        Anywhere, // for replaceAll(), which finds the matches wherever they are
    };

    DigitPattern() = default;
    // Invalid (isValid() false) when PCRE2 cannot read the pattern.
    DigitPattern(const std::string &pattern, Anchoring anchoring);

    [[nodiscard]] bool isValid() const { return m_code != nullptr; }
    [[nodiscard]] int groupCount() const { return m_groups; }

    [[nodiscard]] bool matches(std::string_view text) const;

    // libphonenumber's GlobalReplace(text, rule) with its "$n" group references, into *out.
    // False, *out untouched, where an engine could refuse or read the rule otherwise (a group the
    // pattern does not have, a "$" or "\" that is not a reference) or where an empty match would
    // make the engines step differently: the caller then asks libphonenumber itself.
    [[nodiscard]] bool replaceAll(std::string_view text, std::string_view rule, std::string *out) const;

private:
    std::shared_ptr<pcre2_real_code_8> m_code;
    int m_groups = 0;
};

} // namespace PhoneDesk

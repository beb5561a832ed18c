// SPDX-License-Identifier: MIT
#include "compiledformats.h"

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;

void replaceEvery(std::string *text, const std::string &what, const std::string &with)
{
    for (size_t at = text->find(what); at != std::string::npos; at = text->find(what, at + with.size()))
        text->replace(at, what.size(), with);
}

// The rule of a NATIONAL format: its first group reference ("$1") replaced by the national prefix
// formatting rule ("0$1", "($1)"), where that rule's own "$1" (libphonenumber replaces with the
// pattern "(\$\d)") stands for the reference it replaces. Nullopt for a rule it could read otherwise.
std::optional<std::string> withNationalPrefix(const std::string &format, std::string prefixRule,
                                              const std::string &nationalPrefix)
{
    replaceEvery(&prefixRule, "$NP", nationalPrefix);
    replaceEvery(&prefixRule, "$FG", "$1");
    size_t reference = std::string::npos;
    for (size_t i = 0; i + 1 < format.size(); ++i) {
        if (format[i] == '$' && format[i + 1] >= '0' && format[i + 1] <= '9') {
            reference = i;
            break;
        }
    }
    if (reference == std::string::npos)
        return format;
    std::string replacement;
    for (size_t i = 0; i < prefixRule.size(); ++i) {
        const char c = prefixRule[i];
        if (c == '\\')
            return std::nullopt;
        if (c != '$') {
            replacement.push_back(c);
            continue;
        }
        const char next = i + 1 < prefixRule.size() ? prefixRule[i + 1] : '\0';
        if (next != '0' && next != '1')
            return std::nullopt; // no such group in "(\$\d)"
        replacement.append(format, reference, 2);
        ++i;
    }
    return format.substr(0, reference) + replacement + format.substr(reference + 2);
}
} // namespace

std::optional<CompiledFormats> CompiledFormats::of(const Formats &formats, bool national, const std::string &nationalPrefix)
{
    CompiledFormats compiled;
    for (const pn::NumberFormat &format : formats) {
        Format entry;
        if (const int count = format.leading_digits_pattern_size(); count > 0) {
            entry.leadingDigits = DigitPattern(format.leading_digits_pattern(count - 1), DigitPattern::Anchoring::Start);
            if (!entry.leadingDigits->isValid())
                return std::nullopt;
        }
        entry.whole = DigitPattern(format.pattern(), DigitPattern::Anchoring::Whole);
        entry.rewrite = DigitPattern(format.pattern(), DigitPattern::Anchoring::Anywhere);
        if (!entry.whole.isValid() || !entry.rewrite.isValid())
            return std::nullopt;
        entry.rule = format.format();
        // FormatByPattern drops the national prefix formatting rule where there is no prefix.
        if (national && !format.national_prefix_formatting_rule().empty() && !nationalPrefix.empty()) {
            std::optional<std::string> rule = withNationalPrefix(format.format(), format.national_prefix_formatting_rule(), nationalPrefix);
            if (!rule)
                return std::nullopt;
            entry.rule = std::move(*rule);
        }
        compiled.m_formats.push_back(std::move(entry));
    }
    return compiled;
}

bool CompiledFormats::format(const std::string &national, std::string *text) const
{
    for (const Format &format : m_formats) {
        if (format.leadingDigits && !format.leadingDigits->matches(national))
            continue;
        if (format.whole.matches(national))
            return format.rewrite.replaceAll(national, format.rule, text);
    }
    *text = national;
    return true;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "digitpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace PhoneDesk {

namespace {
// Enough for every pattern of the metadata (the most groups one has is six).
constexpr uint32_t kMaxPairs = 32;

// Each thread's own match data: PCRE2 lets threads share a compiled pattern, not match data.
pcre2_match_data *threadMatchData()
{
    struct Holder
    {
        pcre2_match_data *data = pcre2_match_data_create(kMaxPairs, nullptr);
        ~Holder() { pcre2_match_data_free(data); }
    };
    thread_local Holder holder;
    return holder.data;
}

int matchAt(const pcre2_code *code, std::string_view text, size_t offset)
{
    return pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), offset, 0, threadMatchData(), nullptr);
}
} // namespace

DigitPattern::DigitPattern(const std::string &pattern, Anchoring anchoring)
{
    // FullMatch: the pattern anchored at both ends, its alternatives tried until one spans it all.
    const std::string source = anchoring == Anchoring::Whole ? "(?:" + pattern + ")\\z" : pattern;
    const uint32_t options = anchoring == Anchoring::Anywhere ? 0 : PCRE2_ANCHORED;
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(), options, &error,
                                     &errorOffset, nullptr);
    if (!code)
        return;
    uint32_t groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    if (groups + 1 > kMaxPairs) {
        pcre2_code_free(code);
        return;
    }
    // Without the JIT (a platform it does not support) matching still works, only slower.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    m_code = std::shared_ptr<pcre2_real_code_8>(code, pcre2_code_free);
    m_groups = int(groups);
}

bool DigitPattern::matches(std::string_view text) const
{
    return m_code && matchAt(m_code.get(), text, 0) >= 0;
}

bool DigitPattern::replaceAll(std::string_view text, std::string_view rule, std::string *out) const
{
    if (!m_code)
        return false;
    // A rewrite with anything after "$" but a digit, a group the pattern does not have or a
    // backslash is one the engines may refuse or read otherwise: libphonenumber answers it.
    for (size_t i = 0; i < rule.size(); ++i) {
        if (rule[i] == '\\')
            return false;
        if (rule[i] == '$') {
            if (i + 1 >= rule.size() || rule[i + 1] < '0' || rule[i + 1] > '9' || rule[i + 1] - '0' > m_groups)
                return false;
            ++i;
        }
    }

    std::string result;
    result.reserve(text.size() + rule.size());
    size_t position = 0;
    bool replaced = false;
    while (position <= text.size()) {
        if (matchAt(m_code.get(), text, position) < 0)
            break;
        const PCRE2_SIZE *pairs = pcre2_get_ovector_pointer(threadMatchData());
        if (pairs[0] == pairs[1])
            return false; // an empty match: the engines step past it differently
        result.append(text.substr(position, pairs[0] - position));
        for (size_t i = 0; i < rule.size(); ++i) {
            if (rule[i] != '$') {
                result.push_back(rule[i]);
                continue;
            }
            const size_t group = size_t(rule[++i] - '0');
            // A group that took no part in the match stands for nothing, as in ICU and RE2.
            if (pairs[2 * group] != PCRE2_UNSET)
                result.append(text.substr(pairs[2 * group], pairs[2 * group + 1] - pairs[2 * group]));
        }
        position = pairs[1];
        replaced = true;
    }
    if (!replaced) {
        *out = std::string(text);
        return true;
    }
    result.append(text.substr(position));
    *out = std::move(result);
    return true;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "canonicalnumber.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>

// The metadata libphonenumber compiles in and PhoneNumberUtil loads itself (declared in its
// metadata.h, which distributions do not install). Reading it tells which countries have a
// national prefix that Parse could strip from a number given with its country code.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace PhoneDesk::CanonicalNumber {

namespace {
namespace pn = i18n::phonenumbers;

// libphonenumber's limits (kMaxLengthCountryCode, kMinLengthForNsn, kMaxLengthForNsn).
constexpr qsizetype kMaxCallingCodeLength = 3;
constexpr qsizetype kMinNationalLength = 2;
constexpr qsizetype kMaxNationalLength = 17;

// What Parse may strip from the start of a national number of one calling code.
struct CallingCode
{
    enum class NationalPrefix {
        None,    // nothing: Parse keeps the national number as it is
        Digits,  // these digits, when the number starts with them
        Pattern, // a pattern or a transformation: only Parse can tell
    };
    bool known = false;
    NationalPrefix prefix = NationalPrefix::Pattern;
    std::string digits;
};

// Every calling code libphonenumber knows, read once (thread-safe static initialisation) and
// only read afterwards, so that rows built on several threads never wait on each other here.
class CallingCodes
{
public:
    static const CallingCodes &instance()
    {
        static const CallingCodes codes;
        return codes;
    }

    [[nodiscard]] const CallingCode &of(int code) const { return m_codes.at(static_cast<size_t>(code)); }

private:
    CallingCodes()
    {
        const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
        pn::PhoneMetadataCollection collection;
        // Unreadable metadata leaves every code on the Pattern path: always parsed the general way.
        const bool readable = collection.ParseFromArray(pn::metadata_get(), pn::metadata_size());
        std::set<int> codes;
        util.GetSupportedCallingCodes(&codes);
        for (const int code : codes) {
            if (code <= 0 || code >= int(m_codes.size()))
                continue;
            CallingCode &entry = m_codes.at(static_cast<size_t>(code));
            entry.known = true;
            if (!readable)
                continue;
            // Parse reads a national number with the metadata of its calling code's main region
            // (or of the non-geographic entity "001" that has this code).
            std::string region;
            util.GetRegionCodeForCountryCode(code, &region);
            const auto metadata = std::find_if(collection.metadata().cbegin(), collection.metadata().cend(),
                                               [&](const pn::PhoneMetadata &m) {
                                                   return m.id() == region && m.country_code() == code;
                                               });
            if (metadata == collection.metadata().cend())
                continue;
            const std::string &prefix = metadata->national_prefix_for_parsing();
            if (prefix.empty()) {
                entry.prefix = CallingCode::NationalPrefix::None;
            } else if (metadata->national_prefix_transform_rule().empty()
                       && std::all_of(prefix.cbegin(), prefix.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
                entry.prefix = CallingCode::NationalPrefix::Digits;
                entry.digits = prefix;
            }
        }
    }

    std::array<CallingCode, 1000> m_codes;
};

bool startsWith(QStringView digits, const std::string &prefix)
{
    if (digits.size() < qsizetype(prefix.size()))
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (digits.at(qsizetype(i)) != QLatin1Char(prefix[i]))
            return false;
    }
    return true;
}
} // namespace

bool read(QStringView text, pn::PhoneNumber *number)
{
    if (text.size() < 2 || text.front() != u'+')
        return false;
    const QStringView digits = text.sliced(1);
    if (!std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    // Parse answers TOO_SHORT_AFTER_IDD for this, and no calling code starts with 0.
    if (digits.size() <= kMinNationalLength || digits.front() == u'0')
        return false;

    const CallingCodes &codes = CallingCodes::instance();
    int code = 0;
    qsizetype codeLength = 0;
    for (qsizetype i = 0; i < kMaxCallingCodeLength && i < digits.size(); ++i) {
        code = code * 10 + digits.at(i).digitValue();
        if (codes.of(code).known) {
            codeLength = i + 1;
            break;
        }
    }
    if (codeLength == 0)
        return false; // INVALID_COUNTRY_CODE_ERROR

    const QStringView national = digits.sliced(codeLength);
    if (national.size() < kMinNationalLength || national.size() > kMaxNationalLength)
        return false; // TOO_SHORT_NSN, TOO_LONG_NSN
    const CallingCode &entry = codes.of(code);
    switch (entry.prefix) {
    case CallingCode::NationalPrefix::None: break;
    case CallingCode::NationalPrefix::Digits:
        if (startsWith(national, entry.digits))
            return false;
        break;
    case CallingCode::NationalPrefix::Pattern: return false;
    }

    number->Clear();
    number->set_country_code(code);
    // As Parse keeps them: a leading zero is remembered, and so is a run of them.
    if (national.size() > 1 && national.front() == u'0') {
        number->set_italian_leading_zero(true);
        qsizetype zeros = 1;
        while (zeros < national.size() - 1 && national.at(zeros) == u'0')
            ++zeros;
        if (zeros != 1)
            number->set_number_of_leading_zeros(int(zeros));
    }
    quint64 value = 0;
    for (const QChar c : national)
        value = value * 10 + quint64(c.digitValue());
    number->set_national_number(value);
    return true;
}

} // namespace PhoneDesk::CanonicalNumber

// SPDX-License-Identifier: MIT
#include "canonicalnumber.h"

#include "numberingplans.h"

#include <phonenumbers/phonenumber.pb.h>

#include <algorithm>
#include <array>
#include <string>

namespace PhoneDesk::CanonicalNumber {

namespace {
namespace pn = i18n::phonenumbers;

// libphonenumber's limits (kMaxLengthCountryCode, kMinLengthForNsn, kMaxLengthForNsn).
constexpr qsizetype kMaxCallingCodeLength = 3;
constexpr qsizetype kMinNationalLength = 2;
constexpr qsizetype kMaxNationalLength = 17;

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

    const NumberingPlans &plans = NumberingPlans::instance();
    int code = 0;
    qsizetype codeLength = 0;
    for (qsizetype i = 0; i < kMaxCallingCodeLength && i < digits.size(); ++i) {
        code = code * 10 + digits.at(i).digitValue();
        if (plans.of(code).known) {
            codeLength = i + 1;
            break;
        }
    }
    if (codeLength == 0)
        return false; // INVALID_COUNTRY_CODE_ERROR

    const QStringView national = digits.sliced(codeLength);
    if (national.size() < kMinNationalLength || national.size() > kMaxNationalLength)
        return false; // TOO_SHORT_NSN, TOO_LONG_NSN
    // Parse strips a national prefix only where its pattern matches at the start (lookingAt).
    const NumberingPlans::Plan &plan = plans.of(code);
    switch (plan.prefix) {
    case NumberingPlans::NationalPrefix::None: break;
    case NumberingPlans::NationalPrefix::Digits:
        if (startsWith(national, plan.prefixDigits))
            return false;
        break;
    case NumberingPlans::NationalPrefix::Pattern: {
        std::array<char, kMaxNationalLength> ascii{};
        std::transform(national.cbegin(), national.cend(), ascii.begin(), [](QChar c) { return char(c.unicode()); });
        if (plan.prefixPattern.matches(std::string_view(ascii.data(), size_t(national.size()))))
            return false;
        break;
    }
    case NumberingPlans::NationalPrefix::Unknown: return false;
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

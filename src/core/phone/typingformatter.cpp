// SPDX-License-Identifier: MIT
#include "typingformatter.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;

constexpr int kLongestCallingCode = 3;
} // namespace

QString TypingFormatter::dialable(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    QString out;
    if (trimmed.startsWith(QLatin1Char('+')))
        out.append(QLatin1Char('+'));
    for (const QChar c : trimmed) {
        // ASCII digits only: other scripts' digits would reach Clerk as they are.
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

QString TypingFormatter::format(const QString &typed, const QString &region)
{
    const QString input = dialable(typed);
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    // "ZZ" for a number that brings its own country code, or when no region is chosen.
    const std::string regionCode = region.isEmpty() || input.startsWith(QLatin1Char('+')) ? std::string("ZZ")
                                                                                           : region.toStdString();
    const std::unique_ptr<pn::AsYouTypeFormatter> formatter(util.GetAsYouTypeFormatter(regionCode));
    std::string result;
    for (const QChar c : input)
        formatter->InputDigit(static_cast<pn::char32>(c.unicode()), &result);
    return QString::fromStdString(result);
}

QString TypingFormatter::regionOf(const QString &typed, const QString &region)
{
    const QString input = dialable(typed);
    if (!input.startsWith(QLatin1Char('+')))
        return region;
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    if (util.Parse(input.toStdString(), "ZZ", &number) == pn::PhoneNumberUtil::NO_PARSING_ERROR
        && util.IsValidNumber(number)) {
        std::string exact;
        util.GetRegionCodeForNumber(number, &exact);
        if (!exact.empty() && exact != "ZZ" && exact != "001")
            return QString::fromStdString(exact);
    }
    // Calling codes are prefix-free: the first known one among the leading 1–3 digits is it,
    // and its main region stands for it until the number says more.
    const QString digits = input.mid(1);
    for (int length = 1; length <= kLongestCallingCode && length <= digits.size(); ++length) {
        std::string main;
        util.GetRegionCodeForCountryCode(digits.left(length).toInt(), &main);
        if (!main.empty() && main != "ZZ")
            return main == "001" ? QString() : QString::fromStdString(main);
    }
    return {};
}

} // namespace PhoneDesk

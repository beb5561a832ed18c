// SPDX-License-Identifier: MIT
#include "phonenumbertext.h"

#include <phonenumbers/phonenumberutil.h>

namespace PhoneDesk {

bool PhoneNumberText::isValidE164(const QString &text)
{
    namespace pn = i18n::phonenumbers;
    if (!text.startsWith(QLatin1Char('+')) || text.size() > 16)
        return false;
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    if (util.Parse(text.toStdString(), "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (!util.IsValidNumber(number))
        return false;
    // Only the canonical spelling is E.164: no spaces, dashes or national prefixes.
    std::string canonical;
    util.Format(number, pn::PhoneNumberUtil::E164, &canonical);
    return QString::fromStdString(canonical) == text;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

// What libphonenumber says about the text of a phone number.
class PhoneNumberText
{
public:
    // True for "+4915123456789": a '+', digits only, and a number valid for its country.
    [[nodiscard]] static bool isValidE164(const QString &text);
};

} // namespace PhoneDesk

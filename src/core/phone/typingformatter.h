// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

// Formats a phone number while it is being typed, the way libphonenumber's AsYouTypeFormatter
// does for a region: "+4915123" reads "+49 1512 3", "2015550" in "US" reads "201-555-0".
// Only a leading "+" and the digits of the text count, so that text it formatted before (with
// its spaces and dashes) formats to itself again.
class TypingFormatter
{
public:
    // The text as libphonenumber formats it when typed digit by digit; `region` ("DE") applies to
    // a number without "+", a number with "+" brings its own country calling code.
    [[nodiscard]] static QString format(const QString &typed, const QString &region);
    // The region a typed number belongs to: the one of its country calling code when it starts
    // with "+" ("+49…" → "DE"; the exact region when the number is valid, "+1 604…" → "CA"),
    // else `region`. "" when it starts with "+" and no known code follows yet.
    [[nodiscard]] static QString regionOf(const QString &typed, const QString &region);
    // "+" (when the text starts with one, after blanks) followed by the digits of the text.
    [[nodiscard]] static QString dialable(const QString &typed);
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace i18n::phonenumbers {
class PhoneNumber;
}

namespace PhoneDesk::CanonicalNumber {

// Reads a number stored in the canonical E.164 spelling ("+" and digits only) exactly as
// libphonenumber's Parse(text, "ZZ") reads it, without Parse's free-text pipeline (its viability,
// extension and punctuation patterns cost more than typing and formatting the number together).
// The country calling code is the shortest prefix that is one, as Parse takes it; the rest is the
// national number, with its leading zeros kept as Parse keeps them.
// Returns false, leaving `number` as it was, for any text Parse could read differently: not
// "+" and digits, no calling code, a national number of a length Parse rejects, or one that
// starts with what its country's national prefix for parsing matches (Parse may strip it).
// The caller then parses the text the general way.
[[nodiscard]] bool read(QStringView text, i18n::phonenumbers::PhoneNumber *number);

} // namespace PhoneDesk::CanonicalNumber

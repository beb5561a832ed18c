// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

// One copy of each of the few values that repeat across 100,000s of rows (region codes,
// country names, verification statuses and strategies): a row holds a reference to it rather
// than its own allocation. Thread-safe, for rows built on the thread pool.
namespace SharedStrings {

// The pooled string equal to `text`. Past a few thousand distinct values (a server sending
// free text where a code was expected) the text is returned as it is, so the pool stays small.
[[nodiscard]] QString of(const QString &text);

} // namespace SharedStrings

} // namespace PhoneDesk

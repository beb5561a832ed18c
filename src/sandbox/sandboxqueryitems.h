// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QStringList>

#include <optional>

namespace PhoneDesk {

// Reading the parameters of a query as Clerk reads them: `key` and `key[]` are the same
// parameter, and a repeated single-valued parameter keeps one of its values.

// Every value of `key`, in order.
[[nodiscard]] QStringList queryValues(const QueryItems &query, const QString &key);
// The last value of `key`: a single-valued parameter given more than once counts its last,
// except where Clerk documents otherwise (see firstQueryValue).
[[nodiscard]] std::optional<QString> lastQueryValue(const QueryItems &query, const QString &key);
// The first value of `key`: Clerk documents this for order_by ("we will only keep the first one").
[[nodiscard]] std::optional<QString> firstQueryValue(const QueryItems &query, const QString &key);
// An integer as the spec's `type: integer` takes it: an optional minus and digits, nothing else.
[[nodiscard]] std::optional<qint64> queryInteger(const QString &text);

} // namespace PhoneDesk

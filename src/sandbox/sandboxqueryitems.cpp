// SPDX-License-Identifier: MIT
// The values of a query's parameters, for the listing and its filters.
#include "sandboxqueryitems.h"

#include <QRegularExpression>

namespace PhoneDesk {

QStringList queryValues(const QueryItems &query, const QString &key)
{
    QStringList values;
    const QString arrayKey = key + QStringLiteral("[]");
    for (const auto &[k, v] : query) {
        if (k == key || k == arrayKey)
            values.append(v);
    }
    return values;
}

std::optional<QString> lastQueryValue(const QueryItems &query, const QString &key)
{
    const QStringList values = queryValues(query, key);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

std::optional<QString> firstQueryValue(const QueryItems &query, const QString &key)
{
    const QStringList values = queryValues(query, key);
    if (values.isEmpty())
        return std::nullopt;
    return values.first();
}

std::optional<qint64> queryInteger(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,19}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "userlistquery.h"

namespace PhoneDesk {

QList<QPair<QString, QString>> UserListQuery::toQueryItems(Use use) const
{
    QList<QPair<QString, QString>> items;
    if (use == Use::List) {
        if (limit)
            items.append({QStringLiteral("limit"), QString::number(*limit)});
        if (offset)
            items.append({QStringLiteral("offset"), QString::number(*offset)});
        if (!startingAfter.isEmpty())
            items.append({QStringLiteral("starting_after"), startingAfter});
        if (!orderBy.isEmpty())
            items.append({QStringLiteral("order_by"), orderBy});
    }
    if (!query.isEmpty())
        items.append({QStringLiteral("query"), query});
    if (!phoneNumberQuery.isEmpty())
        items.append({QStringLiteral("phone_number_query"), phoneNumberQuery});
    for (const QString &number : phoneNumbers)
        items.append({QStringLiteral("phone_number"), number});
    for (const QString &id : userIds)
        items.append({QStringLiteral("user_id"), id});
    if (createdAtAfter)
        items.append({QStringLiteral("created_at_after"), QString::number(*createdAtAfter)});
    if (createdAtBefore)
        items.append({QStringLiteral("created_at_before"), QString::number(*createdAtBefore)});
    return items;
}

} // namespace PhoneDesk

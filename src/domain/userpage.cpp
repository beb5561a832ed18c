// SPDX-License-Identifier: MIT
#include "userpage.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace PhoneDesk {

Parsed<UserPage> UserPage::fromJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<UserPage>::failure(QStringLiteral("the list of users is not valid JSON (%1 at byte %2)")
                                             .arg(error.errorString()).arg(error.offset));
    if (!doc.isArray())
        return Parsed<UserPage>::failure(QStringLiteral("the list of users is not a JSON array"));

    const QJsonArray items = doc.array();
    UserPage page;
    page.receivedCount = items.size();
    page.users.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            page.problems.append(QStringLiteral("user #%1 of the page is %2, not an object").arg(i + 1).arg(jsonTypeName(item)));
            continue;
        }
        const QJsonObject object = item.toObject();
        const QJsonValue id = object.value(QLatin1StringView("id"));
        if (id.isString())
            page.lastId = id.toString();
        Parsed<UserSummary> user = UserSummary::fromJson(object);
        if (!user.ok()) {
            page.problems.append(user.error());
            continue;
        }
        page.problems.append(user.value().problems);
        page.users.append(user.takeValue());
    }
    return Parsed<UserPage>::success(std::move(page));
}

} // namespace PhoneDesk

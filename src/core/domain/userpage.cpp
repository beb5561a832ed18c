// SPDX-License-Identifier: MIT
#include "userpage.h"

#include "simdjsonmodel.h"

namespace PhoneDesk {

Parsed<UserPage> UserPage::fromJson(const QByteArray &body)
{
    using Json = SimdJsonModel;
    // simdjson, not Qt's JSON: a page of 500 users is about 1 MB, read on the window's thread,
    // and Qt's JSON took several times as long (parse_page_500_ms in phonedesk-bench). One parser
    // per thread keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (const simdjson::error_code error = parser.parse(body.constData(), size_t(body.size())).get(document); error != simdjson::SUCCESS)
        return Parsed<UserPage>::failure(QStringLiteral("the list of users is not valid JSON (%1)")
                                             .arg(QLatin1StringView(simdjson::error_message(error))));
    simdjson::dom::array items;
    if (document.get_array().get(items) != simdjson::SUCCESS)
        return Parsed<UserPage>::failure(QStringLiteral("the list of users is not a JSON array"));

    UserPage page;
    page.users.reserve(qsizetype(items.size()));
    for (const Json::Value item : items) {
        ++page.receivedCount;
        if (!Json::isObject(item)) {
            page.problems.append(QStringLiteral("user #%1 of the page is %2, not an object").arg(page.receivedCount).arg(Json::typeName(item)));
            continue;
        }
        const Json::Object object = Json::toObject(item);
        if (const Json::Value id = Json::field(object, QLatin1StringView("id")); Json::isString(id)) {
            page.lastId = Json::toString(id);
            const Json::Value createdAt = Json::field(object, QLatin1StringView("created_at"));
            page.lastCreatedAt = Json::isNumber(createdAt) ? Json::toInteger(createdAt) : std::nullopt;
        }
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

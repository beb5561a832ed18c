// SPDX-License-Identifier: MIT
#include "usernumberspage.h"

#include "jsonreader.h"
#include "simdjsonmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk {

namespace {
namespace dom = simdjson::dom;

using Json = SimdJsonModel;

// The number object as sent, minified. The API sends no "user_id" in a number; one that came
// anyway is left out (a rare path, through Qt's JSON), so that the one a listing adds is the only one.
QByteArray numberBytes(const dom::object &number)
{
    const std::string minified = simdjson::minify(number);
    QByteArray bytes(minified.data(), qsizetype(minified.size()));
    dom::element ownUserId;
    if (number.at_key("user_id").get(ownUserId) == simdjson::SUCCESS) {
        QJsonObject object = QJsonDocument::fromJson(bytes).object();
        object.remove(QStringLiteral("user_id"));
        bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return bytes;
}
} // namespace

Parsed<UserNumbersPage> UserNumbersPage::fromJson(const QByteArray &body)
{
    // One parser per thread: it keeps its buffers from page to page.
    thread_local dom::parser parser;
    dom::element document;
    if (const simdjson::error_code error = parser.parse(body.constData(), size_t(body.size())).get(document); error != simdjson::SUCCESS)
        return Parsed<UserNumbersPage>::failure(QStringLiteral("not valid JSON (%1)").arg(QLatin1StringView(simdjson::error_message(error))));
    dom::array entries;
    if (document.get_array().get(entries) != simdjson::SUCCESS)
        return Parsed<UserNumbersPage>::failure(QStringLiteral("not a JSON array"));

    UserNumbersPage page;
    page.users.reserve(qsizetype(entries.size()));
    qsizetype index = 0;
    for (const dom::element entry : entries) {
        ++index;
        ++page.receivedCount;
        dom::object user;
        if (entry.get_object().get(user) != simdjson::SUCCESS) {
            page.problems.append(QStringLiteral("user #%1 is %2, not an object").arg(index).arg(Json::typeName(entry)));
            continue;
        }
        const Json::Value id = Json::field(user, QLatin1StringView("id"));
        if (Json::isMissing(id)) {
            page.problems.append(QStringLiteral("user #%1: required field \"id\" is missing").arg(index));
            continue;
        }
        if (!Json::isString(id)) {
            page.problems.append(QStringLiteral("user #%1: field \"id\" should be a string but is %2").arg(index).arg(Json::typeName(id)));
            continue;
        }
        User readable;
        readable.id = Json::toString(id);
        if (const Json::Value createdAt = Json::field(user, QLatin1StringView("created_at")); Json::isNumber(createdAt))
            readable.createdAt = Json::toInteger(createdAt);
        page.lastId = readable.id;
        page.lastCreatedAt = readable.createdAt;
        // The user's fields as BasicJsonReader words them (UserSummary reads the same ones).
        BasicJsonReader<Json> fields(user, QStringLiteral("user %1").arg(readable.id));
        readable.primaryPhoneNumberId = fields.string(QLatin1StringView("primary_phone_number_id"));
        const std::optional<dom::array> numbers = fields.array(QLatin1StringView("phone_numbers"));
        if (!fields.ok()) {
            page.problems.append(fields.error());
            continue;
        }
        if (numbers) {
            readable.phoneNumbers.reserve(qsizetype(numbers->size()));
            qsizetype position = 0;
            for (const dom::element item : *numbers) {
                ++position;
                dom::object number;
                if (item.get_object().get(number) != simdjson::SUCCESS) {
                    page.problems.append(QStringLiteral("user %1: phone number #%2 is %3, not an object")
                                             .arg(readable.id).arg(position).arg(Json::typeName(item)));
                    continue;
                }
                Parsed<PhoneNumber> phone = PhoneNumber::fromJson(number);
                if (!phone.ok()) {
                    page.problems.append(QStringLiteral("user %1: %2").arg(readable.id, phone.error()));
                    continue;
                }
                readable.phoneNumbers.append({phone.takeValue(), numberBytes(number)});
            }
        }
        page.users.append(std::move(readable));
    }
    return Parsed<UserNumbersPage>::success(std::move(page));
}

} // namespace PhoneDesk

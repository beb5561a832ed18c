// SPDX-License-Identifier: MIT
#include "journallinehead.h"

#include "domain/simdjsonmodel.h"

#include <simdjson.h>

namespace PhoneDesk {

namespace {
// A field's text as JournalEntry's text() reads it from Qt's JSON: a string's value, anything
// else (a number, null, a missing field) empty.
QString text(const simdjson::dom::object &object, QLatin1StringView key)
{
    const SimdJsonModel::Value value = SimdJsonModel::field(object, key);
    return SimdJsonModel::isString(value) ? SimdJsonModel::toString(value) : QString();
}
} // namespace

std::optional<JournalLineHead> JournalLineHead::read(QByteArrayView line)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    // The line is copied into the parser's padded buffer (realloc_if_needed): lines are not padded.
    if (parser.parse(line.data(), size_t(line.size()), true).get(document) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;
    JournalLineHead head;
    head.id = text(object, QLatin1StringView("id"));
    if (head.id.isEmpty() || text(object, QLatin1StringView("operation")).isEmpty())
        return std::nullopt;
    head.time = QDateTime::fromString(text(object, QLatin1StringView("time")), Qt::ISODateWithMs);
    if (!head.time.isValid())
        return std::nullopt;
    head.time = head.time.toUTC();
    const SimdJsonModel::Value outcome = SimdJsonModel::field(object, QLatin1StringView("outcome"));
    simdjson::dom::object outcomeObject;
    if (!outcome || outcome->get_object().get(outcomeObject) != simdjson::SUCCESS)
        return std::nullopt;
    const QString status = text(outcomeObject, QLatin1StringView("status"));
    if (status != QLatin1StringView("done") && status != QLatin1StringView("failed"))
        return std::nullopt;
    head.userId = text(object, QLatin1StringView("user_id"));
    return head;
}

} // namespace PhoneDesk

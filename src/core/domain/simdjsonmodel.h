// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <simdjson.h>

#include <cmath>
#include <optional>
#include <string_view>

namespace PhoneDesk {

// simdjson's DOM as BasicJsonReader (jsonreader.h) sees it, so that the domain types are read from
// a page simdjson parsed with the very rules, and messages, they have for Qt's JSON. A missing
// field is an empty Value.
struct SimdJsonModel
{
    using Object = simdjson::dom::object;
    using Array = simdjson::dom::array;
    using Value = std::optional<simdjson::dom::element>;

    // The last field of that name, as QJsonObject keeps it when an object repeats a key
    // (simdjson's at_key would answer the first): both readings must agree on every input.
    static Value field(const Object &object, QLatin1StringView key)
    {
        const std::string_view name(key.data(), size_t(key.size()));
        Value found;
        for (const simdjson::dom::key_value_pair pair : object) {
            if (pair.key == name)
                found = pair.value;
        }
        return found;
    }
    static bool isMissing(const Value &v) { return !v || v->is_null(); }
    static bool isString(const Value &v) { return v && v->is_string(); }
    static QString toString(const Value &v)
    {
        const std::string_view utf8 = v->get_string().value_unsafe();
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    static bool isBool(const Value &v) { return v && v->is_bool(); }
    static bool toBool(const Value &v) { return v->get_bool().value_unsafe(); }
    static bool isNumber(const Value &v) { return v && v->is_number(); }
    // As QtJsonModel::toInteger: an integral number within ±9e15, else nothing.
    static std::optional<qint64> toInteger(const Value &v)
    {
        constexpr double kLimit = 9.0e15;
        switch (v->type()) {
        case simdjson::dom::element_type::INT64: {
            const int64_t n = v->get_int64().value_unsafe();
            if (double(n) > -kLimit && double(n) < kLimit)
                return qint64(n);
            return std::nullopt;
        }
        case simdjson::dom::element_type::DOUBLE: {
            const double d = v->get_double().value_unsafe();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < kLimit)
                return static_cast<qint64>(d);
            return std::nullopt;
        }
        default: // UINT64: beyond int64, so beyond the limit too
            return std::nullopt;
        }
    }
    static bool isObject(const Value &v) { return v && v->is_object(); }
    static Object toObject(const Value &v) { return v->get_object().value_unsafe(); }
    static bool isArray(const Value &v) { return v && v->is_array(); }
    static Array toArray(const Value &v) { return v->get_array().value_unsafe(); }
    static QString typeName(const Value &v)
    {
        if (!v)
            return QStringLiteral("nothing");
        switch (v->type()) {
        case simdjson::dom::element_type::NULL_VALUE: return QStringLiteral("null");
        case simdjson::dom::element_type::BOOL: return QStringLiteral("a boolean");
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE: return QStringLiteral("a number");
        case simdjson::dom::element_type::STRING: return QStringLiteral("a string");
        case simdjson::dom::element_type::ARRAY: return QStringLiteral("an array");
        case simdjson::dom::element_type::OBJECT: return QStringLiteral("an object");
        }
        return QStringLiteral("nothing");
    }
};

} // namespace PhoneDesk

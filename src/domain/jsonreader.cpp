// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <cmath>
#include <limits>

namespace PhoneDesk {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

JsonReader::JsonReader(const QJsonObject &object, QString what)
    : m_object(object)
    , m_what(std::move(what))
{
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void JsonReader::wrongType(QLatin1StringView key, const char *expected, const QJsonValue &got)
{
    fail(QStringLiteral("%1: field \"%2\" should be %3 but is %4")
             .arg(m_what, key, QLatin1StringView(expected), jsonTypeName(got)));
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        fail(QStringLiteral("%1: required field \"%2\" is missing").arg(m_what, key));
    else
        wrongType(key, "a string", v);
    return {};
}

std::optional<QString> JsonReader::string(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a string", v);
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a boolean", v);
    return std::nullopt;
}

std::optional<qint64> JsonReader::integer(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Millisecond timestamps fit a double exactly; a fraction or an overflow means a broken field.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        wrongType(key, "an integer", v);
        return std::nullopt;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an integer", v);
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::object(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an object", v);
    return std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an array", v);
    return std::nullopt;
}

std::optional<QStringList> JsonReader::stringList(QLatin1StringView key)
{
    const std::optional<QJsonArray> items = array(key);
    if (!items)
        return std::nullopt;
    QStringList result;
    result.reserve(items->size());
    for (const QJsonValue &item : *items) {
        if (!item.isString()) {
            wrongType(key, "an array of strings", item);
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace PhoneDesk {

// A short name for a JSON value's type, for error messages.
[[nodiscard]] QString jsonTypeName(const QJsonValue &value);

// Qt's JSON as BasicJsonReader sees it. A Model names an object's, array's and value's types and
// answers the few questions the reader asks; SimdJsonModel (simdjsonmodel.h) is the other one.
struct QtJsonModel
{
    using Object = QJsonObject;
    using Array = QJsonArray;
    using Value = QJsonValue;

    static Value field(const Object &object, QLatin1StringView key) { return object.value(key); }
    static bool isMissing(const Value &v) { return v.isUndefined() || v.isNull(); }
    static bool isString(const Value &v) { return v.isString(); }
    static QString toString(const Value &v) { return v.toString(); }
    static bool isBool(const Value &v) { return v.isBool(); }
    static bool toBool(const Value &v) { return v.toBool(); }
    static bool isNumber(const Value &v) { return v.isDouble(); }
    // An integral number within ±9e15 (millisecond timestamps and counts); else nothing.
    static std::optional<qint64> toInteger(const Value &v)
    {
        const double d = v.toDouble();
        // Millisecond timestamps fit a double exactly; a fraction or an overflow means a broken field.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    static bool isObject(const Value &v) { return v.isObject(); }
    static Object toObject(const Value &v) { return v.toObject(); }
    static bool isArray(const Value &v) { return v.isArray(); }
    static Array toArray(const Value &v) { return v.toArray(); }
    static QString typeName(const Value &v) { return jsonTypeName(v); }
};

// Reads the fields of one JSON object with Clerk's leniency: a missing or null field is
// "unknown" (std::nullopt), a field of the wrong type is an error that makes the object
// unreadable. The first error is kept with the field's name so the message says what broke.
// One definition of these rules for every JSON library the domain types are read from.
template<typename Model>
class BasicJsonReader
{
public:
    using Object = typename Model::Object;
    using Array = typename Model::Array;
    using Value = typename Model::Value;

    BasicJsonReader(const Object &object, QString what)
        : m_object(object)
        , m_what(std::move(what))
    {
    }

    // Required fields: missing, null or wrongly typed is an error.
    [[nodiscard]] QString requiredString(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isString(v))
            return Model::toString(v);
        if (Model::isMissing(v))
            fail(QStringLiteral("%1: required field \"%2\" is missing").arg(m_what, key));
        else
            wrongType(key, "a string", v);
        return {};
    }

    // Optional fields: missing or null is std::nullopt; a wrong type is an error.
    [[nodiscard]] std::optional<QString> string(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isString(v))
            return Model::toString(v);
        if (!Model::isMissing(v))
            wrongType(key, "a string", v);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<bool> boolean(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isBool(v))
            return Model::toBool(v);
        if (!Model::isMissing(v))
            wrongType(key, "a boolean", v);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<qint64> integer(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isNumber(v)) {
            if (const std::optional<qint64> n = Model::toInteger(v))
                return n;
            wrongType(key, "an integer", v);
            return std::nullopt;
        }
        if (!Model::isMissing(v))
            wrongType(key, "an integer", v);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<Object> object(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isObject(v))
            return Model::toObject(v);
        if (!Model::isMissing(v))
            wrongType(key, "an object", v);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<Array> array(QLatin1StringView key)
    {
        const Value v = Model::field(m_object, key);
        if (Model::isArray(v))
            return Model::toArray(v);
        if (!Model::isMissing(v))
            wrongType(key, "an array", v);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<QStringList> stringList(QLatin1StringView key)
    {
        const std::optional<Array> items = array(key);
        if (!items)
            return std::nullopt;
        QStringList result;
        for (const Value item : *items) {
            if (!Model::isString(item)) {
                wrongType(key, "an array of strings", item);
                return std::nullopt;
            }
            result.append(Model::toString(item));
        }
        return result;
    }

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    // Records an error found by the caller (for example in a nested object).
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    void wrongType(QLatin1StringView key, const char *expected, const Value &got)
    {
        fail(QStringLiteral("%1: field \"%2\" should be %3 but is %4")
                 .arg(m_what, key, QLatin1StringView(expected), Model::typeName(got)));
    }

    const Object &m_object;
    QString m_what;
    QString m_error;
};

using JsonReader = BasicJsonReader<QtJsonModel>;

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// Reads the fields of one JSON object with Clerk's leniency: a missing or null field is
// "unknown" (std::nullopt), a field of the wrong type is an error that makes the object
// unreadable. The first error is kept with the field's name so the message says what broke.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString what);

    // Required fields: missing, null or wrongly typed is an error.
    [[nodiscard]] QString requiredString(QLatin1StringView key);

    // Optional fields: missing or null is std::nullopt; a wrong type is an error.
    [[nodiscard]] std::optional<QString> string(QLatin1StringView key);
    [[nodiscard]] std::optional<bool> boolean(QLatin1StringView key);
    [[nodiscard]] std::optional<qint64> integer(QLatin1StringView key);
    [[nodiscard]] std::optional<QJsonObject> object(QLatin1StringView key);
    [[nodiscard]] std::optional<QJsonArray> array(QLatin1StringView key);
    [[nodiscard]] std::optional<QStringList> stringList(QLatin1StringView key);

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    // Records an error found by the caller (for example in a nested object).
    void fail(const QString &message);

private:
    void wrongType(QLatin1StringView key, const char *expected, const QJsonValue &got);

    const QJsonObject &m_object;
    QString m_what;
    QString m_error;
};

// A short name for a JSON value's type, for error messages.
[[nodiscard]] QString jsonTypeName(const QJsonValue &value);

} // namespace PhoneDesk

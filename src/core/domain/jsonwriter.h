// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// Writes compact JSON straight into bytes, in the order it is told. It is the one definition of
// how PhoneDesk's objects look on the wire, and several times faster than building a QJsonObject
// first, which matters where the sandbox serializes whole instances.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // A key in the current object; the value follows with one of the value calls.
    JsonWriter &key(QLatin1StringView name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void null();
    // Bytes that are already JSON (a cached object, say).
    void raw(const QByteArray &json);

    // A field whose value may be unknown: written as null, as the spec's nullable fields are.
    template<typename T>
    void nullable(QLatin1StringView name, const std::optional<T> &v)
    {
        key(name);
        if (v)
            value(*v);
        else
            null();
    }
    // A field written only when known: for optional fields that are not nullable.
    template<typename T>
    void optional(QLatin1StringView name, const std::optional<T> &v)
    {
        if (v)
            key(name).value(*v);
    }

    [[nodiscard]] QByteArray take() { return std::move(m_out); }
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    void separate();

    QByteArray m_out;
    QList<bool> m_firstInScope; // per open object/array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace PhoneDesk

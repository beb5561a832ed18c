// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <algorithm>

namespace PhoneDesk {

namespace {
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(kHex[u >> 4]);
                out.append(kHex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}
} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInScope.isEmpty()) {
        if (!m_firstInScope.last())
            m_out.append(',');
        m_firstInScope.last() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_firstInScope.append(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_firstInScope.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_firstInScope.append(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_firstInScope.removeLast();
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size()); // keys are our own ASCII names
    m_out.append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendEscaped(m_out, text.toUtf8());
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    const QByteArray bytes(text.data(), text.size());
    // Latin-1 above ASCII is not UTF-8: convert those (rare) texts properly.
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    appendEscaped(m_out, ascii ? bytes : QString(text).toUtf8());
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

} // namespace PhoneDesk

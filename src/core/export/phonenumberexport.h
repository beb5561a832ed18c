// SPDX-License-Identifier: MIT
#pragma once

#include "phonenumberrecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace PhoneDesk {

// Writes phone-number records as lines of text, UTF-8:
// - JSON lines: each number's object as the API sent it (unknown fields kept) plus "user_id",
//   compact, one per line, "\n" after each;
// - CSV (RFC 4180): a header, then one row per number with the main fields, "\r\n" after each;
//   a field holding a comma, a quote, CR or LF is quoted and its quotes doubled.
// In CSV, an unknown value is an empty field, booleans are true/false and times are ISO 8601 UTC.
class PhoneNumberExport
{
public:
    enum class Format { Jsonl, Csv };

    // "jsonl" or "csv"; anything else is nullopt.
    [[nodiscard]] static std::optional<Format> formatNamed(QStringView name);

    explicit PhoneNumberExport(Format format) : m_format(format) {}
    [[nodiscard]] Format format() const { return m_format; }

    // What comes before the first record: the CSV header line; nothing for JSON lines.
    [[nodiscard]] QByteArray header() const;
    // One record with its line end.
    [[nodiscard]] QByteArray line(const PhoneNumberRecord &record) const;

    [[nodiscard]] static QByteArray jsonLine(const PhoneNumberRecord &record);
    [[nodiscard]] static QStringList csvColumns();
    [[nodiscard]] static QStringList csvFields(const PhoneNumberRecord &record);
    [[nodiscard]] static QByteArray csvLine(const QStringList &fields);
    // One field, quoted when RFC 4180 needs it.
    [[nodiscard]] static QString csvField(const QString &value);

private:
    Format m_format;
};

} // namespace PhoneDesk

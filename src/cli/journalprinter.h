// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journalfilter.h"
#include "journal/journalreader.h"

#include <QString>

#include <optional>

class QIODevice;

namespace PhoneDesk {

// `phonedesk-cli journal`: the entries that match, oldest first, as JSON lines (each entry as
// stored) or CSV; each damaged line of the file reported on `err` with its line number.
class JournalPrinter
{
public:
    enum class Format { Jsonl, Csv };
    [[nodiscard]] static std::optional<Format> formatNamed(const QString &name);
    // The exit code: 0 (damage is reported, not fatal), 1 when the output failed, 3 when the file
    // exists but cannot be read.
    static int print(const JournalContents &contents, const JournalFilter &filter, Format format, QIODevice *out,
                     QIODevice *err);
};

} // namespace PhoneDesk

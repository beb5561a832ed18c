// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// A line of a journal file that could not be read, and why.
struct JournalDamage
{
    int line = 0; // 1-based
    QString reason;
};

// What a journal file holds: every entry that could be read, in file order (oldest first), and
// every line that could not, so that damage (a crash mid-write, an edited file) costs only the
// damaged lines and is reported by line number.
struct JournalContents
{
    QList<JournalEntry> entries;
    QList<JournalDamage> damage;
    QString error; // the file exists but could not be opened

    // "line 7: not JSON (…)" for each damaged line.
    [[nodiscard]] QStringList damageText() const;
};

class JournalReader
{
public:
    [[nodiscard]] static JournalContents read(const QByteArray &bytes);
    // One line (without its line end): the entry, or nothing and `problem` says why. `cutOff`: the
    // line is the file's last and has no line end.
    [[nodiscard]] static std::optional<JournalEntry> readLine(const QByteArray &line, bool cutOff, QString *problem);
    // A missing file is an empty journal.
    [[nodiscard]] static JournalContents readFile(const QString &path);
};

} // namespace PhoneDesk

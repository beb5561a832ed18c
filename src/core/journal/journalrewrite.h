// SPDX-License-Identifier: MIT
#pragma once

#include "journallinehead.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace PhoneDesk {

// What a rewrite of a journal file did: the lines it removed and kept (lines that could not be
// read among them, counted apart), or why it could not.
struct JournalRewriteResult
{
    int removed = 0;
    int kept = 0;
    int unreadableKept = 0;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Removes lines from a journal file, atomically: the lines kept are written to a new file (0600),
// synced to the disk, renamed over the journal, and the folder synced, so that a crash or a kill
// at any moment leaves the journal whole, either as it was or as it is meant to be, never half.
// The file is locked meanwhile (see LockedFile): a change appended by the window or by
// phonedesk-cli during the rewrite waits, then goes to the new file. A file with nothing to remove
// is not written at all.
class JournalRewrite
{
public:
    // Whether a line goes: `entry` is what the line says of its entry, or null when the line is not
    // an entry (JournalLineHead: the journal view shows it as damaged).
    using Removes = std::function<bool(QByteArrayView line, const JournalLineHead *entry)>;
    // Rewrite the file, or only count what a rewrite would remove (for a confirmation).
    enum class Mode { Rewrite, CountOnly };

    [[nodiscard]] static JournalRewriteResult run(const QString &path, const Removes &removes, Mode mode = Mode::Rewrite);

    // Entries older than `cutoff` go; entries at or after it stay, and so do lines that cannot be
    // read (they cannot be dated, and removing them could lose an entry).
    [[nodiscard]] static JournalRewriteResult removeBefore(const QString &path, const QDateTime &cutoff,
                                                           Mode mode = Mode::Rewrite);
    // A rewrite's new file is named (QSaveFile: the journal's name and six characters) just before
    // it is renamed over the journal; one killed in that moment leaves it behind. Those older than
    // a minute are removed; answers how many.
    static int removeLeftovers(const QString &path);

    // Every entry of the user, and every line that names them anywhere (an unreadable one too):
    // an erasure leaves no line with their id.
    [[nodiscard]] static JournalRewriteResult removeUser(const QString &path, const QString &userId,
                                                         Mode mode = Mode::Rewrite);
};

} // namespace PhoneDesk

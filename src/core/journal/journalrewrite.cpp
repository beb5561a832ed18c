// SPDX-License-Identifier: MIT
#include "journalrewrite.h"

#include "storage/lockedfile.h"
#include "storage/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSaveFile>

namespace PhoneDesk {

JournalRewriteResult JournalRewrite::run(const QString &path, const Removes &removes, Mode mode)
{
    JournalRewriteResult result;
    if (!QFileInfo::exists(path))
        return result;
    // Held until the new file is in place: appends wait for it.
    LockedFile locked(path);
    if (!locked.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("the journal %1 cannot be read: %2").arg(path, locked.errorString());
        return result;
    }
    const QByteArray bytes = locked.file().readAll();
    // The lines kept, as views into `bytes`: joined only when something is removed.
    QList<QByteArrayView> keptLines;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const std::optional<JournalLineHead> entry = JournalLineHead::read(line);
        if (removes(line, entry ? &*entry : nullptr)) {
            ++result.removed;
            continue;
        }
        ++result.kept;
        if (!entry)
            ++result.unreadableKept;
        keptLines.append(line);
    }
    if (result.removed == 0 || mode == Mode::CountOnly)
        return result;
    QByteArray kept;
    kept.reserve(bytes.size());
    for (const QByteArrayView line : std::as_const(keptLines)) {
        kept.append(line);
        kept.append('\n');
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("the journal %1 cannot be rewritten: %2").arg(path, out.errorString());
        return result;
    }
    if (out.write(kept) != kept.size()) {
        result.error = QStringLiteral("the journal %1 could not be rewritten: %2").arg(path, out.errorString());
        out.cancelWriting();
        out.commit();
        return result;
    }
    if (!PrivateFiles::commit(out, &result.error))
        return result;
    return result;
}

int JournalRewrite::removeLeftovers(const QString &path)
{
    const QFileInfo journal(path);
    const QRegularExpression temporary(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(journal.fileName())));
    const QDateTime aMinuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    int removed = 0;
    const QFileInfoList siblings = journal.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &sibling : siblings) {
        if (temporary.match(sibling.fileName()).hasMatch() && sibling.lastModified().toUTC() < aMinuteAgo
            && QFile::remove(sibling.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

JournalRewriteResult JournalRewrite::removeBefore(const QString &path, const QDateTime &cutoff, Mode mode)
{
    const QDateTime limit = cutoff.toUTC();
    return run(path, [&limit](QByteArrayView, const JournalLineHead *entry) { return entry && entry->time < limit; }, mode);
}

JournalRewriteResult JournalRewrite::removeUser(const QString &path, const QString &userId, Mode mode)
{
    if (userId.isEmpty()) {
        JournalRewriteResult refused;
        refused.error = QStringLiteral("no user id was given");
        return refused;
    }
    // The id as JSON writes it, quotes included, so that "user_1" does not match "user_12"; a line
    // cut off may have lost the closing quote.
    QByteArray quoted = QJsonDocument(QJsonArray{userId}).toJson(QJsonDocument::Compact);
    quoted = quoted.mid(1, quoted.size() - 2);
    const QByteArray opened = quoted.chopped(1);
    return run(path, [&](QByteArrayView line, const JournalLineHead *entry) {
        if (entry)
            return entry->userId == userId || line.contains(quoted);
        return line.contains(opened);
    }, mode);
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "journal.h"

#include "journalrewrite.h"
#include "journalsnapshot.h"

#include "settings/profile.h"
#include "storage/lockedfile.h"
#include "storage/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

namespace PhoneDesk {

Journal::Journal(QObject *parent)
    : QObject(parent)
{
}

Journal::~Journal() = default;

QString Journal::folder()
{
    // GenericDataLocation/PhoneDesk is the window's AppDataLocation; named here so that
    // phonedesk-cli, another application name, writes to the same files.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PhoneDesk");
}

QString Journal::pathForProfile(const QString &profileName)
{
    // Percent-encoded, so that any profile name makes one safe file name of its own.
    return folder() + QStringLiteral("/journal-profile-")
           + QString::fromLatin1(QUrl::toPercentEncoding(profileName, QByteArray(), QByteArrayLiteral(".")))
           + QStringLiteral(".jsonl");
}

QString Journal::pathForDemo()
{
    return folder() + QStringLiteral("/journal-demo.jsonl");
}

QString Journal::pathForEnvironment()
{
    return folder() + QStringLiteral("/journal-environment.jsonl");
}

JournalSource Journal::sourceFor(const QString &profile, const QUrl &apiUrl, const QString &secretKey)
{
    JournalSource source;
    source.profile = profile;
    source.host = apiUrl.port() == -1 ? apiUrl.host() : QStringLiteral("%1:%2").arg(apiUrl.host()).arg(apiUrl.port());
    source.keyKind = environmentOfKey(secretKey);
    return source;
}

void Journal::openFor(const QString &profileName, bool demo, const QUrl &apiUrl, const QString &secretKey)
{
    if (demo)
        open(pathForDemo(), sourceFor(QStringLiteral("demo"), apiUrl, secretKey));
    else if (profileName.isEmpty())
        open(pathForEnvironment(), sourceFor(QStringLiteral("environment"), apiUrl, secretKey));
    else
        open(pathForProfile(profileName), sourceFor(profileName, apiUrl, secretKey));
}

void Journal::open(const QString &path, const JournalSource &source)
{
    m_path = path;
    m_source = source;
    setWriteError({});
    Q_EMIT reset();
}

bool Journal::append(JournalEntry &entry)
{
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.source = m_source;
    // Only what undo and the record need of the customer goes to the disk.
    entry.before = JournalSnapshot::of(entry.before);
    entry.after = JournalSnapshot::of(entry.after);
    if (m_path.isEmpty()) {
        setWriteError(QStringLiteral("no journal file is set"));
        return false;
    }
    const PrivateOutcome folder = PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    if (!folder.ok()) {
        setWriteError(folder.error);
        return false;
    }
    // Locked against a rewrite (retention, purge, forget) replacing the file meanwhile.
    LockedFile locked(m_path);
    if (!locked.open(QIODevice::ReadWrite | QIODevice::Append)) {
        setWriteError(QStringLiteral("the journal %1 cannot be opened: %2").arg(m_path, locked.errorString()));
        return false;
    }
    QFile &file = locked.file();
    // A file an older version made readable by others is narrowed before anything is added to it.
    (void)PrivateFiles::narrowFile(m_path);
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // A line cut off by a crash must not swallow this one: it starts on a line of its own.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != QByteArrayLiteral("\n"))
        line.prepend('\n');
    const bool written = file.write(line) == line.size() && file.flush() && ::fsync(file.handle()) == 0;
    if (!written) {
        setWriteError(QStringLiteral("the journal %1 could not be written: %2").arg(m_path, file.errorString()));
        return false;
    }
    setWriteError({});
    Q_EMIT appended(entry);
    return true;
}

JournalUpkeep Journal::tidy(int retentionDays, const QDateTime &now)
{
    JournalUpkeep upkeep;
    upkeep.retentionDays = retentionDays;
    if (m_path.isEmpty())
        return upkeep;
    // The journal's folder is PhoneDesk's data folder: every file in it is PhoneDesk's.
    const PrivateOutcome modes = PrivateFiles::narrowTree(QFileInfo(m_path).absolutePath());
    upkeep.madePrivate = modes.tightened;
    upkeep.error = modes.error;
    (void)JournalRewrite::removeLeftovers(m_path);
    if (retentionDays > 0) {
        const JournalRewriteResult expired = JournalRewrite::removeBefore(m_path, now.addDays(-retentionDays));
        upkeep.expired = expired.removed;
        if (upkeep.error.isEmpty())
            upkeep.error = expired.error;
    }
    if (m_retentionDays != retentionDays) {
        m_retentionDays = retentionDays;
        Q_EMIT retentionDaysChanged();
    }
    if (upkeep.expired > 0)
        Q_EMIT reset();
    return upkeep;
}

JournalRewriteResult Journal::forgetUser(const QString &userId)
{
    const JournalRewriteResult result = JournalRewrite::removeUser(m_path, userId);
    if (result.removed > 0)
        Q_EMIT reset();
    return result;
}

JournalRewriteResult Journal::removeBefore(const QDate &day)
{
    const JournalRewriteResult result = JournalRewrite::removeBefore(m_path, day.startOfDay());
    if (result.removed > 0)
        Q_EMIT reset();
    return result;
}

JournalContents Journal::read() const
{
    return JournalReader::readFile(m_path);
}

std::optional<JournalEntry> Journal::find(const QString &entryId) const
{
    const JournalContents contents = read();
    for (const JournalEntry &entry : contents.entries) {
        if (entry.id == entryId)
            return entry;
    }
    return std::nullopt;
}

void Journal::setWriteError(const QString &error)
{
    if (error == m_writeError)
        return;
    m_writeError = error;
    Q_EMIT writeErrorChanged();
}

} // namespace PhoneDesk

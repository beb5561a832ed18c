// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"
#include "journalreader.h"
#include "journalrewrite.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace PhoneDesk {

// What opening a connection's journal did to it (Journal::tidy).
struct JournalUpkeep
{
    // Files and folders that other accounts could read and that are private now.
    QStringList madePrivate;
    // Entries older than the retention, removed.
    int expired = 0;
    int retentionDays = 0;
    QString error;
};

// The change journal of one profile: a file of JSON lines in PhoneDesk's data folder, one entry
// per change, appended and synced to the disk before the change is reported done, so that a
// crash or a power cut never loses a change that was shown as made. The window and
// phonedesk-cli write the same files.
class Journal : public QObject
{
    Q_OBJECT

    // The file; set from QML to show a journal file as it is (its entries name their source).
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY reset)
    // Why the last entry could not be written; empty when it was.
    Q_PROPERTY(QString writeError READ writeError NOTIFY writeErrorChanged)
    // Days an entry is kept, as the last tidy() applied them; 0 keeps every entry.
    Q_PROPERTY(int retentionDays READ retentionDays NOTIFY retentionDaysChanged)

public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    // PhoneDesk's data folder (QStandardPaths::AppDataLocation of the window, "PhoneDesk"; the
    // command line, whose application name differs, uses the same folder).
    [[nodiscard]] static QString folder();
    // The file of a saved profile, of the demo sandbox and of a key from the environment.
    [[nodiscard]] static QString pathForProfile(const QString &profileName);
    [[nodiscard]] static QString pathForDemo();
    [[nodiscard]] static QString pathForEnvironment();

    // The source of changes sent to `apiUrl` with `secretKey`: its host and the kind of key only.
    [[nodiscard]] static JournalSource sourceFor(const QString &profile, const QUrl &apiUrl, const QString &secretKey);
    // The file and source of a connection: a saved profile's (`profileName`), the demo's, or the
    // environment's (no profile name).
    void openFor(const QString &profileName, bool demo, const QUrl &apiUrl, const QString &secretKey);

    // Writes to `path` from now on, naming `source` in each entry.
    void open(const QString &path, const JournalSource &source);
    [[nodiscard]] QString path() const { return m_path; }
    void setPath(const QString &path) { open(path, m_source); }
    [[nodiscard]] JournalSource source() const { return m_source; }
    [[nodiscard]] QString writeError() const { return m_writeError; }

    // Gives the entry an id, a time and the source, keeps only JournalSnapshot's part of the owner
    // before and after, appends it as one line and syncs the file (0600, in a folder 0700).
    // False (and writeError says why) when it could not be written completely.
    bool append(JournalEntry &entry);

    // What is done when a connection's journal is opened, by the window and by phonedesk-cli: the
    // journal's folder and everything in it made private (0700, 0600), and entries older than
    // `retentionDays` removed (0 keeps them all) by an atomic rewrite.
    JournalUpkeep tidy(int retentionDays, const QDateTime &now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] int retentionDays() const { return m_retentionDays; }
    // An erasure request: every entry of the user, and every line naming them, removed.
    JournalRewriteResult forgetUser(const QString &userId);
    // Entries before `day` (local time) removed; entries of that day and later stay.
    JournalRewriteResult removeBefore(const QDate &day);
    [[nodiscard]] JournalContents read() const;
    [[nodiscard]] std::optional<JournalEntry> find(const QString &entryId) const;

Q_SIGNALS:
    void reset();
    void appended(const PhoneDesk::JournalEntry &entry);
    void writeErrorChanged();
    void retentionDaysChanged();

private:
    void setWriteError(const QString &error);

    QString m_path;
    JournalSource m_source;
    QString m_writeError;
    int m_retentionDays = 0;
};

} // namespace PhoneDesk

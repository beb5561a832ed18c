// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"
#include "journalreader.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace PhoneDesk {

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

    // Gives the entry an id, a time and the source, appends it as one line and syncs the file.
    // False (and writeError says why) when it could not be written completely.
    bool append(JournalEntry &entry);
    [[nodiscard]] JournalContents read() const;
    [[nodiscard]] std::optional<JournalEntry> find(const QString &entryId) const;

Q_SIGNALS:
    void reset();
    void appended(const PhoneDesk::JournalEntry &entry);
    void writeErrorChanged();

private:
    void setWriteError(const QString &error);

    QString m_path;
    JournalSource m_source;
    QString m_writeError;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journal.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The entries of a journal, newest first, for the Journal view. Reads the file when the journal is
// set or reset and on reload() (phonedesk-cli may have written to it); entries written from this
// process arrive at the top as they are appended. Lines that could not be read are in `damage`.
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PhoneDesk::Journal *journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // "line 7: not JSON (…)", one per damaged line of the file.
    Q_PROPERTY(QStringList damage READ damage NOTIFY damageChanged)
    // The file exists but could not be read.
    Q_PROPERTY(QString readError READ readError NOTIFY damageChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TimeRole,
        TimeTextRole,
        OperationRole,      // a JournalOperation, as its number
        OperationLabelRole, // "Edit", "Delete number", …; an unknown operation's name as written
        RequestRole,
        UserIdRole,
        PhoneNumberIdRole,
        PhoneNumberRole,
        OutcomeRole,
        ErrorTextRole,
        TraceIdRole,
        ProfileRole,
        HostRole,
        UndoesRole,
        // [{name, before, after, changed}] for the target number and its owner
        ChangesRole,
        BeforeJsonRole,
        AfterJsonRole,
    };
    Q_ENUM(Role)

    explicit JournalListModel(QObject *parent = nullptr);
    ~JournalListModel() override;

    [[nodiscard]] Journal *journal() const { return m_journal; }
    void setJournal(Journal *journal);
    [[nodiscard]] QStringList damage() const { return m_damage; }
    [[nodiscard]] QString readError() const { return m_readError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const JournalEntry &entryAt(int row) const { return m_entries.at(row); }
    // Reads the file again.
    Q_INVOKABLE void reload();

    // "Edit", "Delete number", … for what an entry did.
    [[nodiscard]] static QString operationLabel(const JournalEntry &entry);

Q_SIGNALS:
    void journalChanged();
    void countChanged();
    void damageChanged();

private:
    void prepend(const JournalEntry &entry);

    QPointer<Journal> m_journal;
    QList<JournalEntry> m_entries; // newest first
    QStringList m_damage;
    QString m_readError;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "journal/journal.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The Journal view's erasures of its own file: forgetting a user (an erasure request: every entry
// of theirs, and every line naming them) and removing the entries before a day. What each would
// remove is counted as it is typed, for the confirmation; the removal is the journal's atomic
// rewrite, after which the view reads the file again. Clerk is not touched.
class JournalEraser : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PhoneDesk::Journal *journal READ journal WRITE setJournal NOTIFY journalChanged)
    // The user to forget, as typed.
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY inputChanged)
    // Entries before this day (YYYY-MM-DD, local time) go.
    Q_PROPERTY(QString beforeDay READ beforeDay WRITE setBeforeDay NOTIFY inputChanged)
    // Why beforeDay is not a day; empty when it is or nothing is typed.
    Q_PROPERTY(QString dayError READ dayError NOTIFY inputChanged)
    // Lines forget() and removeBefore() would remove now; 0 while nothing (valid) is typed.
    Q_PROPERTY(int userLineCount READ userLineCount NOTIFY inputChanged)
    Q_PROPERTY(int beforeCount READ beforeCount NOTIFY inputChanged)
    // The last removal's outcome, in words: what was removed, or why not.
    Q_PROPERTY(QString notice READ notice NOTIFY outcomeChanged)
    Q_PROPERTY(QString error READ error NOTIFY outcomeChanged)

public:
    explicit JournalEraser(QObject *parent = nullptr);
    ~JournalEraser() override;

    [[nodiscard]] Journal *journal() const { return m_journal; }
    void setJournal(Journal *journal);
    [[nodiscard]] QString userId() const { return m_userId; }
    void setUserId(const QString &userId);
    [[nodiscard]] QString beforeDay() const { return m_beforeDay; }
    void setBeforeDay(const QString &day);
    [[nodiscard]] QString dayError() const;
    [[nodiscard]] int userLineCount() const { return m_userLineCount; }
    [[nodiscard]] int beforeCount() const { return m_beforeCount; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString error() const { return m_error; }

    // Each removes, says what it did in notice (or why not in error) and answers whether it did.
    Q_INVOKABLE bool forget();
    Q_INVOKABLE bool removeBefore();
    // Counts again (the file may have changed meanwhile) and forgets the last outcome.
    Q_INVOKABLE void recount();

Q_SIGNALS:
    void journalChanged();
    void inputChanged();
    void outcomeChanged();

private:
    [[nodiscard]] QDate day() const;
    void setOutcome(const QString &notice, const QString &error);

    QPointer<Journal> m_journal;
    QString m_userId;
    QString m_beforeDay;
    int m_userLineCount = 0;
    int m_beforeCount = 0;
    QString m_notice;
    QString m_error;
};

} // namespace PhoneDesk

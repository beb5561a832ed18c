// SPDX-License-Identifier: MIT
#pragma once

#include "operations/undorunner.h"
#include "ui/changes/accountchange.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// Core's UndoRunner for the journal view: check() says what undoing an entry would do or why it
// cannot, submit() checks again and sends; the owner's rows in the model follow.
class JournalUndo : public AccountChange
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    // The journal the entry is in and the undo is written to; the model's when not set.
    Q_PROPERTY(PhoneDesk::Journal *journal READ journal WRITE setUndoJournal NOTIFY journalChanged)
    // What the undo will do, in a sentence; empty until checked or when it cannot be done.
    Q_PROPERTY(QString plan READ plan NOTIFY checkedChanged)
    // Why the entry cannot be undone (unsupported, or what drifted since); empty when it can.
    Q_PROPERTY(QString refusal READ refusal NOTIFY checkedChanged)
    // The plan as the confirmation's list of what happens (ConfirmationDialog shows it).
    Q_PROPERTY(QStringList consequences READ consequences NOTIFY checkedChanged)

public:
    explicit JournalUndo(QObject *parent = nullptr);
    ~JournalUndo() override;

    [[nodiscard]] QString entryId() const { return m_runner->entryId(); }
    void setEntryId(const QString &id);
    void setUndoJournal(Journal *journal);
    [[nodiscard]] QString plan() const { return m_runner->plan(); }
    [[nodiscard]] QString refusal() const { return m_runner->refusal(); }
    [[nodiscard]] QStringList consequences() const { return plan().isEmpty() ? QStringList() : QStringList{plan()}; }
    [[nodiscard]] bool canSubmit() const override { return m_runner->canSubmit(); }
    [[nodiscard]] bool refused() const { return m_runner->refused(); }

    Q_INVOKABLE void check() { m_runner->check(); }
    Q_INVOKABLE void submit() { m_runner->submit(); }

Q_SIGNALS:
    void entryIdChanged();
    void journalChanged();
    void checkedChanged();
    // check() has set plan or refusal.
    void checked();

private:
    JournalUndo(UndoRunner *runner, QObject *parent);

    UndoRunner *m_runner; // child of this
};

} // namespace PhoneDesk

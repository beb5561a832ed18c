// SPDX-License-Identifier: MIT
#pragma once

#include "journal/undoplan.h"

#include "ui/changes/accountchange.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// Undoes one journal entry: checks that the owner is still as the entry left them (what would be
// reverted must not have drifted), then sends the plan's requests; the undo is journaled itself.
// check() only says what the undo would do, or why it cannot; submit() checks again and sends.
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
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY checkedChanged)
    // The plan as the confirmation's list of what happens (ConfirmationDialog shows it).
    Q_PROPERTY(QStringList consequences READ consequences NOTIFY checkedChanged)

public:
    explicit JournalUndo(QObject *parent = nullptr);
    ~JournalUndo() override;

    [[nodiscard]] QString entryId() const { return m_entryId; }
    void setEntryId(const QString &id);
    void setUndoJournal(Journal *journal);
    [[nodiscard]] QString plan() const { return m_plan; }
    [[nodiscard]] QString refusal() const { return m_refusal; }
    [[nodiscard]] QStringList consequences() const { return m_plan.isEmpty() ? QStringList() : QStringList{m_plan}; }
    [[nodiscard]] bool canSubmit() const { return !loading() && !m_plan.isEmpty() && m_refusal.isEmpty(); }
    // The undo was refused before anything was sent (not supported, or the state drifted).
    [[nodiscard]] bool refused() const { return !m_refusal.isEmpty(); }

    // Reads the owner and says what the undo would do (plan) or why not (refusal).
    Q_INVOKABLE void check();
    // Checks again and, when nothing drifted, undoes the entry.
    Q_INVOKABLE void submit();

signals:
    void entryIdChanged();
    void journalChanged();
    void checkedChanged();
    // check() has set plan or refusal.
    void checked();

private:
    // The entry and its plan, or a refusal already shown.
    bool prepare(const QString &request, JournalEntry *entry, UndoPlan *plan);
    // Reads the owner and compares them with the entry's "after"; sends the undo when `send`.
    void compareWithOwner(bool send);
    void takeOwner(bool send, const JournalEntry &entry, const UndoPlan &plan, const ApiResult<QJsonObject> &owner);
    void runStep(const JournalEntry &entry, const UndoPlan &plan, qsizetype index);
    void setChecked(const QString &plan, const QString &refusal);
    void refuse(const QString &request, const QString &why);

    QString m_entryId;
    QString m_plan;
    QString m_refusal;
};

} // namespace PhoneDesk

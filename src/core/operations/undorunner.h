// SPDX-License-Identifier: MIT
#pragma once

#include "changepipeline.h"

#include "journal/undoplan.h"

#include <QString>

namespace PhoneDesk {

// Undoes one journal entry: checks that the owner is still as the entry left them (what would be
// reverted must not have drifted), then sends the plan's requests; the undo is journaled itself.
// check() only says what the undo would do, or why it cannot; submit() checks again and sends.
// The journal view (JournalUndo) and `phonedesk-cli undo` both undo through it.
class UndoRunner : public ChangePipeline
{
    Q_OBJECT

public:
    explicit UndoRunner(QObject *parent = nullptr);
    ~UndoRunner() override;

    [[nodiscard]] QString entryId() const { return m_entryId; }
    // Another entry (or journal): whatever was in flight or checked is dropped.
    void setEntryId(const QString &id);
    void setUndoJournal(Journal *journal);
    // What the undo will do, in a sentence; empty until checked or when it cannot be done.
    [[nodiscard]] QString plan() const { return m_plan; }
    // Why the entry cannot be undone (unsupported, or what drifted since); empty when it can.
    [[nodiscard]] QString refusal() const { return m_refusal; }
    // The undo was refused before anything was sent (not supported, or the state drifted).
    [[nodiscard]] bool refused() const { return !m_refusal.isEmpty(); }
    [[nodiscard]] bool canSubmit() const { return !loading() && !m_plan.isEmpty() && m_refusal.isEmpty(); }

    // Reads the owner and says what the undo would do (plan) or why not (refusal).
    void check();
    // Checks again and, when nothing drifted, undoes the entry.
    void submit();

Q_SIGNALS:
    void checkedChanged();
    // check() has set plan or refusal.
    void checked();

private:
    // The entry and its plan, or a refusal already made.
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

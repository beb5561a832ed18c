// SPDX-License-Identifier: MIT
#include "journalundo.h"

namespace PhoneDesk {

JournalUndo::JournalUndo(QObject *parent)
    : JournalUndo(new UndoRunner, parent)
{
}

JournalUndo::JournalUndo(UndoRunner *runner, QObject *parent)
    : AccountChange(runner, parent)
    , m_runner(runner)
{
    m_runner->setParent(this);
    connect(m_runner, &UndoRunner::checkedChanged, this, &JournalUndo::checkedChanged);
    connect(m_runner, &UndoRunner::checkedChanged, this, &JournalUndo::reviewState);
    connect(m_runner, &UndoRunner::checked, this, &JournalUndo::checked);
}

JournalUndo::~JournalUndo() = default;

void JournalUndo::setEntryId(const QString &id)
{
    if (id == m_runner->entryId())
        return;
    m_runner->setEntryId(id);
    Q_EMIT entryIdChanged();
}

void JournalUndo::setUndoJournal(Journal *journal)
{
    if (journal == this->journal())
        return;
    m_runner->setUndoJournal(journal);
    setJournal(journal);
    Q_EMIT journalChanged();
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "undorunner.h"

#include "journal/journal.h"
#include "journal/journalrecorder.h"

namespace PhoneDesk {

namespace {
const QString kRequest = QStringLiteral("undo");
} // namespace

UndoRunner::UndoRunner(QObject *parent)
    : ChangePipeline(parent)
{
    connect(this, &ChangePipeline::loadingChanged, this, &UndoRunner::checkedChanged);
}

UndoRunner::~UndoRunner() = default;

void UndoRunner::setEntryId(const QString &id)
{
    if (id == m_entryId)
        return;
    cancel();
    m_entryId = id;
    setChecked({}, {});
}

void UndoRunner::setUndoJournal(Journal *journal)
{
    if (journal == this->journal())
        return;
    cancel();
    setJournal(journal);
    setChecked({}, {});
}

void UndoRunner::setChecked(const QString &plan, const QString &refusal)
{
    if (plan == m_plan && refusal == m_refusal)
        return;
    m_plan = plan;
    m_refusal = refusal;
    Q_EMIT checkedChanged();
}

void UndoRunner::refuse(const QString &request, const QString &why)
{
    setChecked({}, why);
    failWith(request, why);
}

bool UndoRunner::prepare(const QString &request, JournalEntry *entry, UndoPlan *plan)
{
    if (loading())
        return false;
    Journal *book = journal();
    if (!book) {
        refuse(request, tr("No journal is open."));
        return false;
    }
    const std::optional<JournalEntry> found = book->find(m_entryId);
    if (!found) {
        refuse(request, tr("The journal %1 has no entry %2.").arg(book->path(), m_entryId));
        return false;
    }
    *entry = *found;
    *plan = UndoPlan::of(*entry);
    if (!plan->possible()) {
        refuse(request, plan->refusal);
        return false;
    }
    if (!begin(request))
        return false;
    return true;
}

void UndoRunner::check()
{
    compareWithOwner(false);
}

void UndoRunner::submit()
{
    // Checked again right before sending: the state may have moved since check().
    compareWithOwner(true);
}

void UndoRunner::compareWithOwner(bool send)
{
    JournalEntry entry;
    UndoPlan plan;
    if (!prepare(kRequest, &entry, &plan))
        return;
    track(JournalRecorder::readOwner(client(), entry.userId, this,
                                     whileCurrent<QJsonObject>([this, send, entry, plan](const ApiResult<QJsonObject> &owner) {
                                         takeOwner(send, entry, plan, owner);
                                     })));
}

void UndoRunner::takeOwner(bool send, const JournalEntry &entry, const UndoPlan &plan, const ApiResult<QJsonObject> &owner)
{
    if (!owner.ok()) {
        setChecked({}, {});
        fail(owner.error());
        return;
    }
    if (owner.value().isEmpty()) {
        refuse(kRequest, tr("Not undone: the user %1 no longer exists.").arg(entry.userId));
        return;
    }
    if (const QStringList drifted = UndoPlan::drift(entry, owner.value()); !drifted.isEmpty()) {
        refuse(kRequest, tr("Not undone: the account changed after this entry. %1").arg(drifted.join(QLatin1Char(' '))));
        return;
    }
    setChecked(plan.description, {});
    if (!send) {
        setLoading(false);
        Q_EMIT checked();
        return;
    }
    JournalEntry undo = JournalEntry::of(JournalOperation::Undo, UndoPlan::requestOf(plan.steps.constFirst().kind),
                                         entry.userId, entry.phoneNumberId);
    undo.undoes = entry.id;
    sendJournaled(undo, [this, entry, plan] { runStep(entry, plan, 0); });
}

void UndoRunner::runStep(const JournalEntry &entry, const UndoPlan &plan, qsizetype index)
{
    if (index >= plan.steps.size()) {
        rereadOwner(entry.userId, [this](const ApiResult<UserSummary> &) {
            // Made on the server whether or not the owner could be read again.
            succeed();
        });
        return;
    }
    const UndoPlan::Step &step = plan.steps.at(index);
    const auto next = [this, entry, plan, index](const ApiResult<QJsonObject> &answer) {
        if (!answer.ok()) {
            fail(answer.error());
            return;
        }
        if (plan.steps.at(index).kind == UndoPlan::Step::Kind::Create) {
            const QString createdId = answer.value().value(QLatin1StringView("id")).toString();
            journalCreated(createdId);
        }
        runStep(entry, plan, index + 1);
    };
    switch (step.kind) {
    case UndoPlan::Step::Kind::Patch:
        track(client()->updatePhoneNumberObject(step.phoneNumberId, step.changes, this, whileCurrent<QJsonObject>(next)));
        return;
    case UndoPlan::Step::Kind::Create:
        track(client()->createPhoneNumberObject(step.number, this, whileCurrent<QJsonObject>(next)));
        return;
    case UndoPlan::Step::Kind::Delete:
        track(client()->deletePhoneNumberObject(step.phoneNumberId, this, whileCurrent<QJsonObject>(next)));
        return;
    case UndoPlan::Step::Kind::Ban:
        track(client()->banUserObject(step.userId, this, whileCurrent<QJsonObject>(next)));
        return;
    case UndoPlan::Step::Kind::Unban:
        track(client()->unbanUserObject(step.userId, this, whileCurrent<QJsonObject>(next)));
        return;
    }
}

} // namespace PhoneDesk

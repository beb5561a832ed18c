// SPDX-License-Identifier: MIT
#include "accountchange.h"

#include "guard/lockoutguard.h"
#include "ui/changes/accountconsequences.h"

namespace PhoneDesk {

AccountChange::AccountChange(QObject *parent)
    : AccountChange(new ChangePipeline, parent)
{
    m_pipeline->setParent(this);
}

AccountChange::AccountChange(ChangePipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    m_pipeline->setOptions(ChangePipeline::windowOptions());
    connect(m_pipeline, &ChangePipeline::loadingChanged, this, &AccountChange::busyChanged);
    connect(m_pipeline, &ChangePipeline::loadingChanged, this, &AccountChange::reviewState);
    connect(m_pipeline, &ChangePipeline::errorChanged, this, &AccountChange::errorChanged);
    connect(m_pipeline, &ChangePipeline::journalProblemChanged, this, &AccountChange::journalErrorChanged);
    connect(m_pipeline, &ChangePipeline::done, this, &AccountChange::done);
    connect(m_pipeline, &ChangePipeline::failed, this, &AccountChange::failed);
    connect(m_pipeline, &ChangePipeline::ownerRead, this, &AccountChange::showOwner);
    // The model's client and journal unless set by hand, read at each request: the window's
    // connection can change under an open dialog.
    m_pipeline->setClientSource([this] { return m_model ? m_model->client() : nullptr; });
    m_pipeline->setJournalSource([this] { return m_model ? m_model->journal() : nullptr; });
}

AccountChange::~AccountChange()
{
    // The pipeline is deleted after this (a child) and may still journal a change cut short:
    // it keeps the model's journal and client, and nothing of it reaches back here.
    m_pipeline->setJournal(journal());
    m_pipeline->setClient(client());
    m_pipeline->setJournalSource({});
    m_pipeline->setClientSource({});
    disconnect(m_pipeline, nullptr, this, nullptr);
}

void AccountChange::setModel(PhoneNumberListModel *model)
{
    if (model == m_model)
        return;
    m_model = model;
    Q_EMIT modelChanged();
    modelSet();
}

void AccountChange::setClient(ClerkClient *client)
{
    m_pipeline->setClient(client);
}

void AccountChange::setJournal(Journal *journal)
{
    m_pipeline->setJournal(journal);
}

void AccountChange::showOwner(const UserSummary &owner, ChangePipeline::OwnerRows rows)
{
    if (m_model)
        m_model->applyUser(owner, rows == ChangePipeline::OwnerRows::InsertIfAbsent ? PhoneNumberListModel::ApplyMode::InsertIfAbsent
                                                                                 : PhoneNumberListModel::ApplyMode::UpdateOnly);
}

QString AccountChange::error() const
{
    return lastError() ? lastError()->message() : QString();
}

QString AccountChange::errorCode() const
{
    return lastError() ? lastError()->code() : QString();
}

QString AccountChange::errorField() const
{
    return lastError() ? lastError()->paramName() : QString();
}

QString AccountChange::errorTraceId() const
{
    return lastError() ? lastError()->traceId : QString();
}

QString AccountChange::journalError() const
{
    const QString problem = m_pipeline->journalProblem();
    return problem.isEmpty() ? QString() : tr("The change is not in the journal: %1").arg(problem);
}

void AccountChange::reviewState()
{
    Q_EMIT canSubmitChanged();
    Q_EMIT hasUnsentInputChanged();
}

QString AccountChange::lockoutWarningOf(const QString &userId, const std::optional<ProposedChange> &change,
                                        const std::optional<UserSummary> &owner) const
{
    if (!change || userId.isEmpty())
        return {};
    const AccountConsequences rows = AccountConsequences::ofOwner(model(), userId);
    if (rows.isKnown())
        return LockoutGuard::judge(rows.guardedAccount(), *change).message();
    if (owner)
        return LockoutGuard::judge(GuardedAccount::ofUser(*owner), *change).message();
    return {};
}

} // namespace PhoneDesk

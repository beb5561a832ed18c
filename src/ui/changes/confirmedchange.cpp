// SPDX-License-Identifier: MIT
#include "confirmedchange.h"

#include "guard/lockoutguard.h"

namespace PhoneDesk {

ConfirmedChange::ConfirmedChange(QObject *parent)
    : AccountChange(parent)
{
    followBusy();
}

ConfirmedChange::ConfirmedChange(ChangePipeline *pipeline, QObject *parent)
    : AccountChange(pipeline, parent)
{
    followBusy();
}

void ConfirmedChange::followBusy()
{
    connect(this, &AccountChange::busyChanged, this, [this] {
        reviewState();
        // Rows that changed while the request was in flight are taken in once it failed.
        updateConsequences();
    });
}

ConfirmedChange::~ConfirmedChange()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
}

void ConfirmedChange::submit()
{
    if (canSubmit())
        send();
}

void ConfirmedChange::succeedAsConfirmed()
{
    m_confirmed = true;
    succeed();
}

void ConfirmedChange::setOwnerId(const QString &userId)
{
    if (userId == m_ownerId)
        return;
    m_ownerId = userId;
    Q_EMIT ownerIdChanged();
    updateConsequences();
}

void ConfirmedChange::inputChanged()
{
    m_confirmed = false;
    reviewState();
    updateConsequences();
}

void ConfirmedChange::modelSet()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    if (PhoneNumberListModel *list = model()) {
        const auto update = [this] {
            reviewState(); // readiness may depend on the rows
            updateConsequences();
        };
        m_modelConnections = {
            connect(list, &QAbstractItemModel::dataChanged, this, update),
            connect(list, &QAbstractItemModel::rowsInserted, this, update),
            connect(list, &QAbstractItemModel::rowsRemoved, this, update),
            connect(list, &QAbstractItemModel::modelReset, this, update),
        };
    }
    updateConsequences();
}

void ConfirmedChange::updateConsequences()
{
    // In flight or made: the rows change because of this very change, and the agent confirmed
    // what was shown before.
    if (busy() || m_confirmed)
        return;
    const AccountConsequences ofOwner = owner();
    const QStringList sentences = consequencesOf(ofOwner);
    const std::optional<ProposedChange> change = proposedChange();
    const QString warning = lockoutWarningOf(m_ownerId, change, ownerAsRead());
    if (sentences == m_consequences && warning == m_lockoutWarning)
        return;
    m_consequences = sentences;
    m_lockoutWarning = warning;
    Q_EMIT consequencesChanged();
}

} // namespace PhoneDesk

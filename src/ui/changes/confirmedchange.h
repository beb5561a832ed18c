// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/accountchange.h"
#include "guard/proposedchange.h"
#include "ui/changes/accountconsequences.h"

#include <QMetaObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// An AccountChange to one owner's account that the agent confirms after reading what it will do:
// the consequences, in sentences, computed from the owner's rows in the list model and computed
// again whenever those rows change, so that the confirmation never describes an outdated state.
// While the request is in flight and after it succeeded, the sentences stay as confirmed.
class ConfirmedChange : public AccountChange
{
    Q_OBJECT
    QML_ANONYMOUS

    // The owner whose account changes, "user_…"; empty while unknown.
    Q_PROPERTY(QString ownerId READ ownerId NOTIFY ownerIdChanged)
    Q_PROPERTY(QStringList consequences READ consequences NOTIFY consequencesChanged)
    // The lockout guard's sentences when the change leaves the owner no phone number or no way
    // at all to sign in, or turns their 2FA off; empty otherwise. Shown as a warning.
    Q_PROPERTY(QString lockoutWarning READ lockoutWarning NOTIFY consequencesChanged)
    // Everything needed is there and nothing is in flight.

public:
    explicit ConfirmedChange(QObject *parent = nullptr);
    // With the pipeline of a core operation (a SignInFix) that this shows.
    explicit ConfirmedChange(ChangePipeline *pipeline, QObject *parent = nullptr);
    ~ConfirmedChange() override;

    [[nodiscard]] QString ownerId() const { return m_ownerId; }
    [[nodiscard]] QStringList consequences() const { return m_consequences; }
    [[nodiscard]] QString lockoutWarning() const { return m_lockoutWarning; }
    [[nodiscard]] bool canSubmit() const override { return !busy() && isReady(); }

    // Sends the change; does nothing unless canSubmit.
    Q_INVOKABLE void submit();

Q_SIGNALS:
    void ownerIdChanged();
    void consequencesChanged();

protected:
    void setOwnerId(const QString &userId);
    // Ends the change successfully; the sentences stay as confirmed until an input changes.
    void succeedAsConfirmed();
    // Computes the sentences again (an input changed); they may change again after a success.
    void inputChanged();
    // The owner's rows as the list has them now.
    [[nodiscard]] AccountConsequences owner() const { return AccountConsequences::ofOwner(model(), m_ownerId); }
    void modelSet() override;

    // Whether the inputs allow sending, loading aside.
    [[nodiscard]] virtual bool isReady() const = 0;
    // The sentences for the owner's current rows.
    [[nodiscard]] virtual QStringList consequencesOf(const AccountConsequences &owner) const = 0;
    // The change for the lockout guard; none while the inputs do not name one.
    [[nodiscard]] virtual std::optional<ProposedChange> proposedChange() const = 0;
    // Sends the request; called by submit() once canSubmit.
    virtual void send() = 0;
    // The owner as the backend read them from the server, for the lockout guard when the list
    // shows none of their rows; nothing by default.
    [[nodiscard]] virtual std::optional<UserSummary> ownerAsRead() const { return std::nullopt; }

private:
    void followBusy();
    void updateConsequences();

    QString m_ownerId;
    QStringList m_consequences;
    QString m_lockoutWarning;
    bool m_confirmed = false; // done: the sentences describe what was confirmed
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace PhoneDesk

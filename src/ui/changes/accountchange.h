// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "journal/journal.h"
#include "guard/proposedchange.h"
#include "operations/changepipeline.h"
#include "ui/list/phonenumberlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>
#include <utility>

namespace PhoneDesk {

// The QML face every dialog backend that changes account state shares: the list model whose rows
// show the result (and whose client and journal the change uses), and the change's state as
// properties. The change itself is made by core's ChangePipeline (the same as phonedesk-cli's);
// this class shows its owner reads in the model and its state to QML.
class AccountChange : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *model READ model WRITE setModel NOTIFY modelChanged)
    // What every dialog binds, the same for every backend:
    // a request is in flight; a second submit is refused until it answers.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // submit() would send something now.
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY canSubmitChanged)
    // The agent has typed or changed something not sent yet (closing asks before dropping it).
    Q_PROPERTY(bool hasUnsentInput READ hasUnsentInput NOTIFY hasUnsentInputChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    // meta.param_name of Clerk's error: which field the dialog shows the error next to.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY errorChanged)
    // The last change failed and a read showed that the server did not make it: sending it
    // again is safe (the dialog's button offers it as a retry).
    Q_PROPERTY(bool retryable READ retryable NOTIFY errorChanged)
    // Why the last change could not be written to the journal; empty when it was.
    Q_PROPERTY(QString journalError READ journalError NOTIFY journalErrorChanged)

public:
    explicit AccountChange(QObject *parent = nullptr);
    // With the pipeline of a core operation (a PhoneNumberEdit, an UndoRunner) that this shows.
    explicit AccountChange(ChangePipeline *pipeline, QObject *parent = nullptr);
    ~AccountChange() override;

    [[nodiscard]] PhoneNumberListModel *model() const { return m_model; }
    void setModel(PhoneNumberListModel *model);
    [[nodiscard]] bool busy() const { return m_pipeline->loading(); }
    [[nodiscard]] virtual bool canSubmit() const { return !busy(); }
    [[nodiscard]] virtual bool hasUnsentInput() const { return false; }
    [[nodiscard]] QString error() const;
    [[nodiscard]] QString errorCode() const;
    [[nodiscard]] QString errorField() const;
    [[nodiscard]] QString errorTraceId() const;
    [[nodiscard]] bool retryable() const { return m_pipeline->retryable(); }
    [[nodiscard]] QString journalError() const;

    // The client to send through when there is no model; a model's client is used otherwise.
    void setClient(ClerkClient *client);
    // The journal to record changes in when there is no model; the model's journal is used
    // otherwise. Without either, changes are made unrecorded.
    void setJournal(Journal *journal);
    [[nodiscard]] Journal *journal() const { return m_pipeline->journal(); }
    // The journal entry written for the last change; empty when none was.
    [[nodiscard]] QString lastJournalEntryId() const { return m_pipeline->lastJournalEntryId(); }
    // The last failure as a value.
    [[nodiscard]] const std::optional<ApiError> &lastError() const { return m_pipeline->lastError(); }
    [[nodiscard]] ChangePipeline *pipeline() const { return m_pipeline; }

    // Drops the request in flight (its answer will not land) and clears the error.
    Q_INVOKABLE void cancel() { m_pipeline->cancel(); }

Q_SIGNALS:
    void modelChanged();
    void busyChanged();
    void canSubmitChanged();
    void hasUnsentInputChanged();
    void errorChanged();
    void journalErrorChanged();
    // The server made the change and the model shows it.
    void done();
    // The change ended with the error now shown.
    void failed();

protected:
    // The pipeline's steps, for the backends (ChangePipeline says what each does).
    [[nodiscard]] ClerkClient *client() const { return m_pipeline->client(); }
    bool begin(const QString &request) { return m_pipeline->begin(request); }
    void track(PendingCall call) { m_pipeline->track(std::move(call)); }
    template<typename T>
    [[nodiscard]] ClerkClient::Callback<T> whileCurrent(std::function<void(const ApiResult<T> &)> then)
    {
        return m_pipeline->whileCurrent<T>(std::move(then));
    }
    void sendJournaled(const JournalEntry &change, std::function<void()> send) { m_pipeline->sendJournaled(change, std::move(send)); }
    void journalCreated(const QString &phoneNumberId) { m_pipeline->journalCreated(phoneNumberId); }
    void fail(const ApiError &error) { m_pipeline->fail(error); }
    void failOrRecheck(const ApiError &error, const QString &ownerId, std::function<bool(const UserSummary &)> applied,
                       std::function<void(const UserSummary &)> confirmed)
    {
        m_pipeline->failOrRecheck(error, ownerId, std::move(applied), std::move(confirmed));
    }
    void failWith(const QString &request, const QString &message) { m_pipeline->failWith(request, message); }
    void succeed() { m_pipeline->succeed(); }
    void rereadOwner(const QString &userId, std::function<void(const ApiResult<UserSummary> &)> then,
                     ChangePipeline::OwnerRows rows = ChangePipeline::OwnerRows::UpdateOnly)
    {
        m_pipeline->rereadOwner(userId, std::move(then), rows);
    }
    void setLoading(bool on) { m_pipeline->setLoading(on); }
    void setError(const ApiError *error) { m_pipeline->setError(error); }
    // Called after the model changed, for subclasses that load from it.
    virtual void modelSet() {}
    // What canSubmit and hasUnsentInput depend on may have changed: QML reads them again.
    void reviewState();
    // The lockout guard's sentence on `change` to the account of `userId`, as the model's rows
    // show them, else as `owner` (read from the server); empty when it does not object or when
    // neither knows the account.
    [[nodiscard]] QString lockoutWarningOf(const QString &userId, const std::optional<ProposedChange> &change,
                                           const std::optional<UserSummary> &owner = std::nullopt) const;

private:
    void showOwner(const UserSummary &owner, ChangePipeline::OwnerRows rows);

    ChangePipeline *m_pipeline; // a child of this, or of the core operation this shows
    QPointer<PhoneNumberListModel> m_model;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "journal/journal.h"
#include "journal/journalrecorder.h"
#include "ui/list/phonenumberlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>
#include <utility>

namespace PhoneDesk {

// What every dialog backend that changes account state shares: the list model whose rows show
// the result (and whose client sends the requests), one request in flight at a time, and the last
// failure in Clerk's words (message, code, the field it concerns, trace id). Answers that arrive
// after cancel() or after the object is gone are dropped, so no spinner outlives its request.
class AccountChange : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *model READ model WRITE setModel NOTIFY modelChanged)
    // A request is in flight; a second submit is refused until it answers.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    // meta.param_name of Clerk's error: which field the dialog shows the error next to.
    Q_PROPERTY(QString errorParam READ errorParam NOTIFY errorChanged)
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY errorChanged)
    // The last change failed and a read showed that the server did not make it: sending it
    // again is safe (the dialog's button offers it as a retry).
    Q_PROPERTY(bool retryable READ retryable NOTIFY errorChanged)
    // Why the last change could not be written to the journal; empty when it was.
    Q_PROPERTY(QString journalError READ journalError NOTIFY journalErrorChanged)

public:
    explicit AccountChange(QObject *parent = nullptr);
    ~AccountChange() override;

    [[nodiscard]] PhoneNumberListModel *model() const { return m_model; }
    void setModel(PhoneNumberListModel *model);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorParam() const { return m_errorParam; }
    [[nodiscard]] QString errorTraceId() const { return m_errorTraceId; }
    [[nodiscard]] bool retryable() const { return m_retryable; }
    [[nodiscard]] QString journalError() const { return m_journalError; }

    // The client to send through when there is no model (the command line); a model's client
    // is used otherwise.
    void setClient(ClerkClient *client) { m_client = client; }
    // The journal to record changes in when there is no model (the command line); the model's
    // journal is used otherwise. Without either, changes are made unrecorded.
    void setJournal(Journal *journal) { m_journal = journal; }
    [[nodiscard]] Journal *journal() const;
    // The journal entry written for the last change; empty when none was.
    [[nodiscard]] QString lastJournalEntryId() const { return m_lastJournalEntryId; }
    // The last failure as a value, for callers that sort failures (the command line's exit codes).
    [[nodiscard]] const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Drops the request in flight (its answer will not land) and clears the error.
    Q_INVOKABLE void cancel();

signals:
    void modelChanged();
    void loadingChanged();
    void errorChanged();
    void journalErrorChanged();
    // The server made the change and the model shows it.
    void done();
    // The change ended with the error now shown.
    void failed();

protected:
    // The client set with setClient, else the model's; null when there is none.
    [[nodiscard]] ClerkClient *client() const;
    // Starts a change: clears the error and sets loading. False when one is already in flight
    // or there is no client (the error then says so, naming `request`).
    bool begin(const QString &request);
    // Keeps the request in flight, so that cancel() and the destructor can abort it.
    void track(PendingCall call) { m_pending = std::move(call); }
    // Wraps a callback so that it only runs for the change it was made for.
    template<typename T>
    [[nodiscard]] ClerkClient::Callback<T> whileCurrent(std::function<void(const ApiResult<T> &)> then)
    {
        const quint64 generation = m_generation;
        return [this, generation, then = std::move(then)](const ApiResult<T> &result) {
            if (generation == m_generation)
                then(result);
        };
    }
    // Reads the owner as the server has them now into the journal's "before" of `change`, then
    // calls `send`, which sends the change; its answer is recorded by fail(), by rereadOwner() (with
    // the owner as the server has them after) or, failing both, when loading ends. Without a
    // journal `send` is called at once. When the owner cannot be read nothing is sent.
    void sendJournaled(const JournalEntry &change, std::function<void()> send);
    // Names the number the change in flight created (from its answer), for the journal.
    void journalCreated(const QString &phoneNumberId) { m_recorder.setPhoneNumberId(phoneNumberId); }
    // Ends the change with a failure: error shown, loading off.
    void fail(const ApiError &error);
    // A write failed. When the server may have made the change anyway (its answer was lost or
    // unreadable, or a 5xx came back), the owner is read again and `applied` says from the
    // owner's state whether the change is there: if so, `confirmed` takes over as if the answer
    // had come (the model already shows the owner); if not, the failure is shown with a retry
    // offered. Clerk's refusals, and failures before anything was sent, are shown as they are.
    // The client never re-sends such a write by itself, so nothing is applied twice.
    void failOrRecheck(const ApiError &error, const QString &ownerId, std::function<bool(const UserSummary &)> applied,
                       std::function<void(const UserSummary &)> confirmed);
    // Ends it with a refusal made here, before anything was sent.
    void failWith(const QString &request, const QString &message);
    // Ends it successfully: loading off, done().
    void succeed();
    // Re-reads the owner after the server changed their numbers and lets the model show every
    // row of theirs as the server now has it; `then` gets the answer (the model is already
    // updated when it is ok). `mode` says whether an owner without rows in the model joins it.
    void rereadOwner(const QString &userId, std::function<void(const ApiResult<UserSummary> &)> then,
                     PhoneNumberListModel::ApplyMode mode = PhoneNumberListModel::ApplyMode::UpdateOnly);
    void setLoading(bool on);
    void setError(const ApiError *error);
    // Called after the model changed, for subclasses that load from it.
    virtual void modelSet() {}

private:
    void takeJournalWrite(const std::optional<QString> &entryId, const QString &problem);

    QPointer<PhoneNumberListModel> m_model;
    QPointer<ClerkClient> m_client;
    QPointer<Journal> m_journal;
    JournalRecorder m_recorder;
    QString m_journalError;
    QString m_lastJournalEntryId;
    // A write whose answer was lost, while the owner is read to see whether it was made: the
    // journal records it as done or failed by what the owner shows.
    std::optional<ApiError> m_lostAnswer;
    std::function<bool(const UserSummary &)> m_lostChangeMade;
    std::optional<ApiError> m_lastError;
    bool m_loading = false;
    QString m_error;
    QString m_errorCode;
    QString m_errorParam;
    QString m_errorTraceId;
    bool m_retryable = false;
    quint64 m_generation = 0; // bumped by cancel(): older answers are dropped
    PendingCall m_pending;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "journal/journal.h"
#include "journal/journalrecorder.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace PhoneDesk {

// How every change to an account is made, by the window and by phonedesk-cli alike: one request
// in flight at a time; the owner read before it for the journal; the answer, or Clerk's error,
// written to the journal with the owner as read after it; a lost answer checked against the
// owner's state before anything is said. Answers that arrive after cancel() or after the object
// is gone are dropped, so no spinner outlives its request.
// The two front ends differ in two ways, named by Options rather than by separate code.
class ChangePipeline : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The change names no owner (a number the search did not find, or a command given only a
        // number's id).
        enum class UnknownOwner {
            RecordWithoutBefore, // journaled without "before": the window knows its rows' owners
            FindOwnerOfNumber,   // looked up by the exact number search first: the command line
        };
        // A write failed in a way that leaves unknown whether the server made it (ApiError's
        // RetryPolicy::outcomeUnknown) and the change says how to recognise it (failOrRecheck).
        enum class LostAnswer {
            RecheckOwner,  // the owner is read again: made means done, not made means retryable
            RecordFailure, // recorded and reported as the failure it looked like
        };
        UnknownOwner unknownOwner = UnknownOwner::RecordWithoutBefore;
        LostAnswer lostAnswer = LostAnswer::RecheckOwner;
    };
    // The window's choices, and the command line's for changes it sends by themselves.
    [[nodiscard]] static Options windowOptions() { return {}; }
    [[nodiscard]] static Options commandLineOptions()
    {
        return {Options::UnknownOwner::FindOwnerOfNumber, Options::LostAnswer::RecordFailure};
    }

    // Which of the owner's numbers a view shows after a re-read (ownerRead).
    enum class OwnerRows {
        UpdateOnly,     // the numbers it already shows
        InsertIfAbsent, // and the owner joins it when it showed none of theirs
    };

    explicit ChangePipeline(QObject *parent = nullptr);
    ~ChangePipeline() override;

    void setOptions(const Options &options) { m_options = options; }
    [[nodiscard]] const Options &options() const { return m_options; }
    void setClient(ClerkClient *client) { m_client = client; }
    // Where the client comes from when none is set: asked at each request, so that a view whose
    // connection changes sends through its new one.
    void setClientSource(std::function<ClerkClient *()> source) { m_clientSource = std::move(source); }
    [[nodiscard]] ClerkClient *client() const { return m_client ? m_client.data() : m_clientSource ? m_clientSource() : nullptr; }
    // The journal changes are recorded in; without one, changes are made unrecorded.
    void setJournal(Journal *journal) { m_journal = journal; }
    // Where the journal comes from when none is set, like setClientSource.
    void setJournalSource(std::function<Journal *()> source) { m_journalSource = std::move(source); }
    [[nodiscard]] Journal *journal() const { return m_journal ? m_journal.data() : m_journalSource ? m_journalSource() : nullptr; }

    [[nodiscard]] bool loading() const { return m_loading; }
    // The last failure; empty when the last change did not fail.
    [[nodiscard]] const std::optional<ApiError> &lastError() const { return m_lastError; }
    // The last change failed and a read showed that the server did not make it: sending it again is safe.
    [[nodiscard]] bool retryable() const { return m_retryable; }
    // Why the last change could not be written to the journal, in the journal's words; empty when it was.
    [[nodiscard]] QString journalProblem() const { return m_journalProblem; }
    // The journal entry written for the last change; empty when none was.
    [[nodiscard]] QString lastJournalEntryId() const { return m_lastJournalEntryId; }

    // Drops the request in flight (its answer will not land) and clears the error.
    void cancel();

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
    // Reads the owner as the server has them now into the journal's "before" of `change` (found
    // by the number when the change names no owner and the options say so), then calls `send`,
    // which sends the change; its answer is recorded by fail(), by rereadOwner() (with the owner
    // as the server has them after) or, failing both, when loading ends. Without a journal `send`
    // is called at once. When the owner cannot be read nothing is sent.
    void sendJournaled(const JournalEntry &change, std::function<void()> send);
    // Names the number the change in flight created (from its answer), for the journal.
    void journalCreated(const QString &phoneNumberId) { m_recorder.setPhoneNumberId(phoneNumberId); }
    // Names the sessions the change in flight revoked and could not, for the journal
    // (JournalRecorder::setSessions).
    void journalSessions(const QStringList &revoked, const QStringList &failed, const std::optional<ApiError> &firstFailure)
    {
        m_recorder.setSessions(revoked, failed, firstFailure);
    }
    // The owner the change in flight is journaled for; empty when unknown.
    [[nodiscard]] QString journaledOwner() const { return m_recorder.entry() ? m_recorder.entry()->userId : QString(); }
    // Ends the change with a failure: error set, loading off.
    void fail(const ApiError &error);
    // fail(), with the words of `shown` in the window's language and `journaled` as the journal
    // writes them (in English whatever the language), when the change is still to be recorded.
    void fail(const ApiError &shown, const ApiError &journaled);
    // A write failed. When the server may have made the change anyway (its answer was lost or
    // unreadable, or a 5xx came back) and the options say to recheck, the owner is read again and
    // `applied` says from the owner's state whether the change is there: if so, `confirmed` takes
    // over as if the answer had come (ownerRead has already shown the owner); if not, the failure
    // is kept with a retry offered. Clerk's refusals, and failures before anything was sent, are
    // failures as they are. The client never re-sends such a write by itself.
    void failOrRecheck(const ApiError &error, const QString &ownerId, std::function<bool(const UserSummary &)> applied,
                       std::function<void(const UserSummary &)> confirmed);
    // Ends it with a refusal made here, before anything was sent.
    void failWith(const QString &request, const QString &message);
    // Ends it successfully: loading off, done().
    void succeed();
    // Re-reads the owner after the server changed their numbers, emits ownerRead with them, and
    // passes the answer to `then`. The change in flight is journaled with this read as "after".
    void rereadOwner(const QString &userId, std::function<void(const ApiResult<UserSummary> &)> then,
                     OwnerRows rows = OwnerRows::UpdateOnly);
    void setLoading(bool on);
    void setError(const ApiError *error);

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void journalProblemChanged();
    // The owner as the server has them after a change (or a refused one): views show it.
    void ownerRead(const PhoneDesk::UserSummary &owner, PhoneDesk::ChangePipeline::OwnerRows rows);
    // The server made the change.
    void done();
    // The change ended with lastError().
    void failed();

private:
    void startRecording(const JournalEntry &change, const ApiResult<QJsonObject> &owner, const std::function<void()> &send);
    void takeJournalWrite(const std::optional<QString> &entryId, const QString &problem);

    Options m_options;
    QPointer<ClerkClient> m_client;
    QPointer<Journal> m_journal;
    std::function<ClerkClient *()> m_clientSource;
    std::function<Journal *()> m_journalSource;
    JournalRecorder m_recorder;
    QString m_journalProblem;
    QString m_lastJournalEntryId;
    // A write whose answer was lost, while the owner is read to see whether it was made: the
    // journal records it as done or failed by what the owner shows.
    std::optional<ApiError> m_lostAnswer;
    std::function<bool(const UserSummary &)> m_lostChangeMade;
    std::optional<ApiError> m_lastError;
    bool m_loading = false;
    bool m_retryable = false;
    quint64 m_generation = 0; // bumped by cancel(): older answers are dropped
    PendingCall m_pending;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "changepipeline.h"

#include "api/retrypolicy.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcJournal, "phonedesk.journal")

namespace PhoneDesk {

ChangePipeline::ChangePipeline(QObject *parent)
    : QObject(parent)
{
}

ChangePipeline::~ChangePipeline()
{
    // Callbacks are bound to this object; a request still in flight must not land half-destroyed.
    ++m_generation;
    m_pending.abort();
    // A change sent but not answered may have been made: the journal says so.
    if (m_recorder.pending())
        m_recorder.finishFailed(journal(), ApiError::fromTransport(m_recorder.entry()->request, ApiError::Transport::Cancelled,
                                                                   QStringLiteral("closed before the answer arrived; the change may have been made")),
                                nullptr);
}

void ChangePipeline::cancel()
{
    ++m_generation;
    m_pending.abort();
    if (m_recorder.pending()) {
        QString problem;
        const auto id = m_recorder.finishFailed(
            journal(), ApiError::fromTransport(m_recorder.entry()->request, ApiError::Transport::Cancelled,
                                               QStringLiteral("cancelled before the answer arrived; the change may have been made")),
            &problem);
        takeJournalWrite(id, problem);
    }
    setError(nullptr);
    setLoading(false);
}

void ChangePipeline::sendJournaled(const JournalEntry &change, std::function<void()> send)
{
    if (!journal()) {
        send();
        return;
    }
    const bool findOwner = m_options.unknownOwner == Options::UnknownOwner::FindOwnerOfNumber && !change.phoneNumberId.isEmpty();
    if (!change.userId.isEmpty() || findOwner) {
        const auto withOwner = whileCurrent<QJsonObject>([this, change, send = std::move(send)](const ApiResult<QJsonObject> &owner) {
            startRecording(change, owner, send);
        });
        track(change.userId.isEmpty() ? JournalRecorder::findOwnerOfNumber(client(), change.phoneNumberId, this, withOwner)
                                      : JournalRecorder::readOwner(client(), change.userId, this, withOwner));
        return;
    }
    // An owner nobody could name: the change is still recorded, without "before".
    m_recorder.start(change);
    send();
}

void ChangePipeline::startRecording(const JournalEntry &change, const ApiResult<QJsonObject> &owner,
                                    const std::function<void()> &send)
{
    if (!owner.ok()) {
        // Nothing is sent that the journal could not tell the state before of (nor is this journaled).
        ApiError error = owner.error();
        error.outcome = tr("nothing was sent: the state before the change, for the journal, could not be read");
        fail(error);
        return;
    }
    JournalEntry entry = change;
    entry.before = owner.value();
    if (entry.userId.isEmpty())
        entry.userId = owner.value().value(QLatin1StringView("id")).toString();
    m_recorder.start(entry);
    send();
}

void ChangePipeline::takeJournalWrite(const std::optional<QString> &entryId, const QString &problem)
{
    m_lastJournalEntryId = entryId.value_or(QString());
    const QString now = entryId ? QString() : problem;
    if (!now.isEmpty())
        qCWarning(lcJournal).noquote() << QStringLiteral("The change is not in the journal: %1").arg(now);
    if (now == m_journalProblem)
        return;
    m_journalProblem = now;
    Q_EMIT journalProblemChanged();
}

bool ChangePipeline::begin(const QString &request)
{
    if (m_loading)
        return false;
    if (!client()) {
        failWith(request, tr("No connection is configured"));
        return false;
    }
    // A new change: whatever an earlier one left in flight must not land on top of it.
    ++m_generation;
    m_pending.abort();
    setError(nullptr);
    setLoading(true);
    return true;
}

void ChangePipeline::fail(const ApiError &error)
{
    fail(error, error);
}

void ChangePipeline::fail(const ApiError &shown, const ApiError &journaled)
{
    if (m_recorder.pending()) {
        QString problem;
        const auto id = m_recorder.finishFailed(journal(), journaled, &problem);
        takeJournalWrite(id, problem);
    }
    setError(&shown);
    setLoading(false);
    Q_EMIT failed();
}

void ChangePipeline::failOrRecheck(const ApiError &error, const QString &ownerId,
                                   std::function<bool(const UserSummary &)> applied,
                                   std::function<void(const UserSummary &)> confirmed)
{
    if (m_options.lostAnswer == Options::LostAnswer::RecordFailure || !RetryPolicy::outcomeUnknown(error)
        || ownerId.isEmpty()) {
        fail(error);
        return;
    }
    m_lostAnswer = error;
    m_lostChangeMade = applied;
    rereadOwner(ownerId, [this, error, applied = std::move(applied), confirmed = std::move(confirmed)](
                             const ApiResult<UserSummary> &owner) {
        // The journal has the lost answer already when the owner was read again; when nobody could
        // ask (no connection any more), it still records this, in its own words.
        ApiError shown = error;
        if (!owner.ok()) {
            static const char *const unchecked = QT_TR_NOOP("whether the server made the change could not be checked "
                                                            "(%1): refresh before sending it again");
            ApiError journaled = error;
            journaled.outcome = QString::fromLatin1(unchecked).arg(owner.error().message());
            shown.outcome = tr(unchecked).arg(owner.error().message());
            fail(shown, journaled);
            return;
        }
        if (applied(owner.value())) {
            confirmed(owner.value());
            return;
        }
        shown.outcome = tr("a read showed the change was not made, so it can be sent again");
        setError(&shown);
        m_retryable = true;
        Q_EMIT errorChanged();
        setLoading(false);
        Q_EMIT failed();
    });
}

void ChangePipeline::failWith(const QString &request, const QString &message)
{
    fail(ApiError::fromTransport(request, ApiError::Transport::Refused, message));
}

void ChangePipeline::succeed()
{
    setLoading(false);
    Q_EMIT done();
}

void ChangePipeline::rereadOwner(const QString &userId, std::function<void(const ApiResult<UserSummary> &)> then,
                                 OwnerRows rows)
{
    if (userId.isEmpty() || !client()) {
        then(ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                     userId.isEmpty() ? QStringLiteral("the owner is not known")
                                                      : QStringLiteral("no connection is configured")));
        return;
    }
    if (m_recorder.pending()) {
        // The owner as sent is the journal's "after"; it is written before the change is reported.
        track(JournalRecorder::readOwner(client(), userId, this, whileCurrent<QJsonObject>([this, rows, then = std::move(then)](const ApiResult<QJsonObject> &raw) {
            Parsed<UserSummary> owner = raw.ok() ? UserSummary::fromJson(raw.value())
                                                 : Parsed<UserSummary>::failure(raw.error().message());
            // A write whose answer was lost is journaled as done only when the owner shows it made.
            std::optional<ApiError> lost = std::exchange(m_lostAnswer, std::nullopt);
            const bool made = !lost || (owner.ok() && m_lostChangeMade && m_lostChangeMade(owner.value()));
            QString problem;
            const auto id = made ? m_recorder.finishDone(journal(), raw.ok() ? raw.value() : QJsonObject(), &problem)
                                 : m_recorder.finishFailed(journal(), *lost, &problem);
            takeJournalWrite(id, problem);
            if (!raw.ok()) {
                then(raw.error());
                return;
            }
            if (!owner.ok()) {
                then(ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::UnreadableAnswer, owner.error()));
                return;
            }
            Q_EMIT ownerRead(owner.value(), rows);
            then(owner.value());
        })));
        return;
    }
    track(client()->getUser(userId, this, whileCurrent<UserSummary>([this, rows, then = std::move(then)](const ApiResult<UserSummary> &owner) {
        if (owner.ok())
            Q_EMIT ownerRead(owner.value(), rows);
        then(owner);
    })));
}

void ChangePipeline::setLoading(bool on)
{
    if (!on && m_recorder.pending()) {
        // Answered without an owner to read again: the change is recorded without "after".
        QString problem;
        const auto id = m_recorder.finishDone(journal(), {}, &problem);
        takeJournalWrite(id, problem);
    }
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void ChangePipeline::setError(const ApiError *error)
{
    const std::optional<ApiError> before = std::exchange(m_lastError, error ? std::optional<ApiError>(*error) : std::nullopt);
    bool changed = m_retryable;
    m_retryable = false;
    const auto shown = [](const std::optional<ApiError> &e) {
        return e ? QStringList{e->message(), e->code(), e->paramName(), e->traceId} : QStringList();
    };
    changed = changed || shown(before) != shown(m_lastError);
    if (changed)
        Q_EMIT errorChanged();
}

} // namespace PhoneDesk

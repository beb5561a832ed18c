// SPDX-License-Identifier: MIT
#include "accountchange.h"

#include "api/retrypolicy.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcJournal, "phonedesk.journal")

namespace PhoneDesk {

AccountChange::AccountChange(QObject *parent)
    : QObject(parent)
{
}

AccountChange::~AccountChange()
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

void AccountChange::setModel(PhoneNumberListModel *model)
{
    if (model == m_model)
        return;
    m_model = model;
    emit modelChanged();
    modelSet();
}

void AccountChange::cancel()
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

ClerkClient *AccountChange::client() const
{
    if (m_client)
        return m_client;
    return m_model ? m_model->client() : nullptr;
}

Journal *AccountChange::journal() const
{
    if (m_journal)
        return m_journal;
    return m_model ? m_model->journal() : nullptr;
}

void AccountChange::sendJournaled(const JournalEntry &change, std::function<void()> send)
{
    if (!journal()) {
        send();
        return;
    }
    if (change.userId.isEmpty()) {
        // An owner the search cannot find: the change is still recorded, without "before".
        m_recorder.start(change);
        send();
        return;
    }
    track(JournalRecorder::readOwner(client(), change.userId, this,
                                     whileCurrent<QJsonObject>([this, change, send = std::move(send)](const ApiResult<QJsonObject> &owner) {
                                         if (!owner.ok()) {
                                             // Nothing is sent that the journal could not tell the state before of.
                                             fail(owner.error());
                                             return;
                                         }
                                         JournalEntry entry = change;
                                         entry.before = owner.value();
                                         m_recorder.start(entry);
                                         send();
                                     })));
}

void AccountChange::takeJournalWrite(const std::optional<QString> &entryId, const QString &problem)
{
    m_lastJournalEntryId = entryId.value_or(QString());
    const QString error = entryId ? QString() : QStringLiteral("The change is not in the journal: %1").arg(problem);
    if (!error.isEmpty())
        qCWarning(lcJournal).noquote() << error;
    if (error == m_journalError)
        return;
    m_journalError = error;
    emit journalErrorChanged();
}

bool AccountChange::begin(const QString &request)
{
    if (m_loading)
        return false;
    if (!client()) {
        failWith(request, QStringLiteral("No connection is configured"));
        return false;
    }
    // A new change: whatever an earlier one left in flight must not land on top of it.
    ++m_generation;
    m_pending.abort();
    setError(nullptr);
    setLoading(true);
    return true;
}

void AccountChange::fail(const ApiError &error)
{
    if (m_recorder.pending()) {
        QString problem;
        const auto id = m_recorder.finishFailed(journal(), error, &problem);
        takeJournalWrite(id, problem);
    }
    setError(&error);
    setLoading(false);
    emit failed();
}

void AccountChange::failOrRecheck(const ApiError &error, const QString &ownerId,
                                  std::function<bool(const UserSummary &)> applied,
                                  std::function<void(const UserSummary &)> confirmed)
{
    if (!RetryPolicy::outcomeUnknown(error) || ownerId.isEmpty()) {
        fail(error);
        return;
    }
    m_lostAnswer = error;
    m_lostChangeMade = applied;
    rereadOwner(ownerId, [this, error, applied = std::move(applied), confirmed = std::move(confirmed)](
                             const ApiResult<UserSummary> &owner) {
        ApiError shown = error;
        if (!owner.ok()) {
            shown.outcome = QStringLiteral("whether the server made the change could not be checked (%1): "
                                           "refresh before sending it again")
                                .arg(owner.error().message());
            fail(shown);
            return;
        }
        if (applied(owner.value())) {
            confirmed(owner.value());
            return;
        }
        shown.outcome = QStringLiteral("a read showed the change was not made, so it can be sent again");
        setError(&shown);
        m_retryable = true;
        emit errorChanged();
        setLoading(false);
        emit failed();
    });
}

void AccountChange::failWith(const QString &request, const QString &message)
{
    fail(ApiError::fromTransport(request, ApiError::Transport::Refused, message));
}

void AccountChange::succeed()
{
    setLoading(false);
    emit done();
}

void AccountChange::rereadOwner(const QString &userId, std::function<void(const ApiResult<UserSummary> &)> then,
                                PhoneNumberListModel::ApplyMode mode)
{
    ClerkClient *api = client();
    if (userId.isEmpty() || !api) {
        then(ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                     userId.isEmpty() ? QStringLiteral("the owner is not known")
                                                         : QStringLiteral("no connection is configured")));
        return;
    }
    if (m_recorder.pending()) {
        // The owner as sent is the journal's "after"; it is written before the change is reported.
        track(JournalRecorder::readOwner(api, userId, this, whileCurrent<QJsonObject>([this, mode, then = std::move(then)](const ApiResult<QJsonObject> &raw) {
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
            if (m_model)
                m_model->applyUser(owner.value(), mode);
            then(owner.value());
        })));
        return;
    }
    track(api->getUser(userId, this, whileCurrent<UserSummary>([this, mode, then = std::move(then)](const ApiResult<UserSummary> &owner) {
        if (owner.ok() && m_model)
            m_model->applyUser(owner.value(), mode);
        then(owner);
    })));
}

void AccountChange::setLoading(bool on)
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
    emit loadingChanged();
}

void AccountChange::setError(const ApiError *error)
{
    m_lastError = error ? std::optional<ApiError>(*error) : std::nullopt;
    if (m_retryable) {
        m_retryable = false;
        emit errorChanged();
    }
    const QString message = error ? error->message() : QString();
    const QString code = error ? error->code() : QString();
    const QString param = error ? error->paramName() : QString();
    const QString trace = error ? error->traceId : QString();
    if (message == m_error && code == m_errorCode && param == m_errorParam && trace == m_errorTraceId)
        return;
    m_error = message;
    m_errorCode = code;
    m_errorParam = param;
    m_errorTraceId = trace;
    emit errorChanged();
}

} // namespace PhoneDesk

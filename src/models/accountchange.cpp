// SPDX-License-Identifier: MIT
#include "accountchange.h"

#include "api/retrypolicy.h"

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
    setError(nullptr);
    setLoading(false);
}

ClerkClient *AccountChange::client() const
{
    if (m_client)
        return m_client;
    return m_model ? m_model->client() : nullptr;
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
    track(api->getUser(userId, this, whileCurrent<UserSummary>([this, mode, then = std::move(then)](const ApiResult<UserSummary> &owner) {
        if (owner.ok() && m_model)
            m_model->applyUser(owner.value(), mode);
        then(owner);
    })));
}

void AccountChange::setLoading(bool on)
{
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

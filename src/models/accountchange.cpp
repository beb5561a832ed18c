// SPDX-License-Identifier: MIT
#include "accountchange.h"

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

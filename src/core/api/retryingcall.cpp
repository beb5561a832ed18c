// SPDX-License-Identifier: MIT
#include "retryingcall.h"

#include "requestpacer.h"
#include "retrypolicy.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace PhoneDesk {

namespace {
// Less than this left of the budget is not worth another attempt.
constexpr int kShortestAttemptMs = 1000;
} // namespace

RetryingCall::RetryingCall(QString label, bool read, RequestPacer *pacer, Send send, Take take, Finish finish,
                           QObject *parent)
    : QObject(parent)
    , m_label(std::move(label))
    , m_read(read)
    , m_pacer(pacer)
    , m_send(std::move(send))
    , m_take(std::move(take))
    , m_finish(std::move(finish))
    , m_budgetMs(RetryPolicy::kDefaultBudgetMs)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &RetryingCall::queue);
}

RetryingCall::~RetryingCall()
{
    if (m_pacer && m_ticket)
        m_pacer->withdraw(m_ticket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RetryingCall::start()
{
    queue();
}

qint64 RetryingCall::spentMs() const
{
    return m_spentBeforeMs + (m_stepCounts && m_step.isValid() ? m_step.elapsed() : 0);
}

void RetryingCall::queue()
{
    if (m_stepCounts)
        m_spentBeforeMs += m_step.elapsed();
    m_stepCounts = false;
    if (!m_pacer) {
        send();
        return;
    }
    m_ticket = m_pacer->enqueue(this, [this] {
        m_ticket = 0;
        send();
    });
}

void RetryingCall::send()
{
    ++m_attempt;
    const qint64 left = m_budgetMs - m_spentBeforeMs;
    const int timeout = int(std::clamp<qint64>(left, kShortestAttemptMs, m_transferTimeoutMs));
    m_step.start();
    m_stepCounts = true;
    m_reply = m_send(timeout);
    connect(m_reply, &QNetworkReply::finished, this, &RetryingCall::takeReply);
}

void RetryingCall::takeReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_cancelled) {
        // Aborted: whatever arrived before is not read (the reply is closed).
        ApiError cancelled = ApiError::fromTransport(m_label, ApiError::Transport::Cancelled, QStringLiteral("cancelled"));
        end(&cancelled);
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() >= 200 && status.toInt() < 300) {
        const QString unreadable = m_take(reply->readAll());
        if (unreadable.isEmpty()) {
            end(nullptr);
            return;
        }
        const QString detail = unreadable.startsWith(QLatin1StringView("not "))
            ? QStringLiteral("answered with a body that is %1").arg(unreadable)
            : QStringLiteral("answered with a body that could not be read: %1").arg(unreadable);
        failed(ApiError::fromTransport(m_label, ApiError::Transport::UnreadableAnswer, detail));
        return;
    }
    failed(failureOf(reply));
}

ApiError RetryingCall::failureOf(QNetworkReply *reply) const
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        // Any HTTP answer outside 2xx, whatever Qt's own error code for it.
        return ApiError::fromHttp(m_label, status.toInt(), reply->readAll(), reply->rawHeader("X-Clerk-Trace-Id"),
                                  reply->rawHeader("Retry-After"));
    }
    ApiError::Transport transport = ApiError::transportFor(reply->error());
    // Qt reports its own transfer timeout as a cancellation; only abort() marks a real one.
    if (transport == ApiError::Transport::Cancelled && !m_cancelled)
        transport = ApiError::Transport::Timeout;
    return ApiError::fromTransport(m_label, transport, reply->errorString());
}

void RetryingCall::failed(ApiError error)
{
    error.attempts = m_attempt;
    if (m_cancelled || !RetryPolicy::mayResend(error, m_read)) {
        end(&error);
        return;
    }
    // A 429 with its Retry-After holds every queued request in the pacer; the others pause
    // this call alone.
    const bool held = !error.isTransport() && error.httpStatus == 429 && error.retryAfterSeconds && m_pacer;
    int delay = RetryPolicy::backoffMs(m_attempt);
    if (held) {
        m_pacer->holdFor(*error.retryAfterSeconds);
        delay = 0;
    }
    const qint64 spent = spentMs() + delay;
    if (m_attempt >= RetryPolicy::kMaxAttempts || spent + kShortestAttemptMs > m_budgetMs) {
        error.gaveUp = true;
        error.spentMs = spentMs();
        end(&error);
        return;
    }
    qCDebug(lcApi).noquote() << m_label << "attempt" << m_attempt << "failed:" << error.message();
    Q_EMIT retrying(error, m_attempt + 1, held ? int(m_pacer->holdRemainingMs()) : delay);
    if (m_stepCounts)
        m_spentBeforeMs += m_step.elapsed();
    m_step.start();
    m_stepCounts = true;
    m_pause.start(delay);
}

void RetryingCall::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finished → takeReply → Cancelled
        return;
    }
    m_pause.stop();
    if (m_pacer && m_ticket)
        m_pacer->withdraw(m_ticket);
    m_ticket = 0;
    ApiError cancelled = ApiError::fromTransport(m_label, ApiError::Transport::Cancelled, QStringLiteral("cancelled"));
    end(&cancelled);
}

void RetryingCall::end(const ApiError *error)
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
    // Moved out first: the answer's receiver may destroy this call's asker, and with it the call.
    const Finish finish = std::move(m_finish);
    finish(error);
}

} // namespace PhoneDesk

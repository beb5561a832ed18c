// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace PhoneDesk {

// Keeps requests under an instance's rate limit (Clerk counts requests per key in a sliding
// window of 10 s), so that a long walk meets as few 429s as possible. Requests under the limit
// go at once, so bursts are never delayed; beyond it they queue in order. A 429 holds every
// queued request until its Retry-After has passed and lowers the pace for a while.
class RequestPacer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindowMs = 10000;
    // Clerk's limits per 10 s: production (sk_live_) keys and development (sk_test_) keys.
    static constexpr int kProductionLimit = 1000;
    static constexpr int kDevelopmentLimit = 100;

    explicit RequestPacer(QObject *parent = nullptr);

    // Requests per window; 0 sends everything at once (an instance without a limit, e.g. the
    // sandbox in process).
    void setLimit(int requestsPerWindow);
    // The window's length; Clerk's is 10 s (shorter ones serve tests).
    void setWindow(int milliseconds) { m_windowMs = milliseconds; }
    [[nodiscard]] int limit() const { return m_limit; }
    // The limit in use now: lower than limit() for a while after a 429.
    [[nodiscard]] int effectiveLimit() const { return m_effective; }
    // The limit Clerk applies to a secret key, from its prefix.
    [[nodiscard]] static int limitForKey(const QString &secretKey);

    // Calls `go` once the request may be sent (at once when it may); `go` is dropped when
    // `owner` is destroyed first. Returns a ticket for withdraw().
    quint64 enqueue(QObject *owner, std::function<void()> go);
    // Takes a queued request out; a ticket already let through is ignored.
    void withdraw(quint64 ticket);
    // The server answered 429: nothing is sent for `seconds`, and the pace is lowered.
    void holdFor(int seconds);

    // Whether queued requests wait for a 429's Retry-After, and how long still.
    [[nodiscard]] bool holding() const { return !m_holdUntil.hasExpired(); }
    [[nodiscard]] qint64 holdRemainingMs() const { return holding() ? m_holdUntil.remainingTime() : 0; }
    [[nodiscard]] int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // A 429 started a wait (holding() turns true), or the wait ended.
    void holdChanged();

private:
    struct Waiting
    {
        quint64 ticket;
        QObject *owner;
        std::function<void()> go;
    };
    void drain();
    void forget(QObject *owner);
    [[nodiscard]] qint64 nextSlotInMs();

    int m_windowMs = kWindowMs;
    int m_limit = 0;
    int m_effective = 0;
    quint64 m_nextTicket = 1;
    QList<Waiting> m_queue;
    std::deque<qint64> m_sent; // steady-clock ms of the sends inside the window
    QDeadlineTimer m_holdUntil{0};
    QDeadlineTimer m_slowUntil{0}; // after a 429 the lowered pace lasts this long
    QTimer m_wake;
    QTimer m_holdEnd;
};

} // namespace PhoneDesk

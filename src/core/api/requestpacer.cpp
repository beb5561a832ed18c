// SPDX-License-Identifier: MIT
#include "requestpacer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace PhoneDesk {

namespace {
// After a 429 the pace stays lowered this long without another one.
constexpr int kSlowDownMs = 30000;

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

RequestPacer::RequestPacer(QObject *parent)
    : QObject(parent)
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &RequestPacer::drain);
    m_holdEnd.setSingleShot(true);
    m_holdEnd.setTimerType(Qt::PreciseTimer);
    connect(&m_holdEnd, &QTimer::timeout, this, [this] {
        // A timer may fire a moment early: the wait ends when its deadline has passed.
        if (holding()) {
            m_holdEnd.start(int(m_holdUntil.remainingTime()) + 1);
            return;
        }
        Q_EMIT holdChanged();
        drain();
    });
}

void RequestPacer::setLimit(int requestsPerWindow)
{
    m_limit = std::max(0, requestsPerWindow);
    m_effective = m_limit;
    m_slowUntil = QDeadlineTimer(0);
    drain();
}

int RequestPacer::limitForKey(const QString &secretKey)
{
    return secretKey.startsWith(QLatin1StringView("sk_live_")) ? kProductionLimit : kDevelopmentLimit;
}

quint64 RequestPacer::enqueue(QObject *owner, std::function<void()> go)
{
    const quint64 ticket = m_nextTicket++;
    m_queue.append({ticket, owner, std::move(go)});
    connect(owner, &QObject::destroyed, this, &RequestPacer::forget, Qt::UniqueConnection);
    drain();
    return ticket;
}

void RequestPacer::withdraw(quint64 ticket)
{
    m_queue.removeIf([ticket](const Waiting &w) { return w.ticket == ticket; });
}

void RequestPacer::forget(QObject *owner)
{
    m_queue.removeIf([owner](const Waiting &w) { return w.owner == owner; });
}

void RequestPacer::holdFor(int seconds)
{
    const qint64 ms = std::max(1, seconds) * 1000LL;
    if (m_holdUntil.hasExpired() || m_holdUntil.remainingTime() < ms)
        m_holdUntil = QDeadlineTimer(ms, Qt::PreciseTimer);
    // Some other client of the same key spends part of the window: a quarter less, for a while.
    if (m_limit > 0) {
        m_effective = std::max(1, m_effective * 3 / 4);
        m_slowUntil = QDeadlineTimer(kSlowDownMs);
    }
    m_wake.stop();
    m_holdEnd.start(int(m_holdUntil.remainingTime()));
    Q_EMIT holdChanged();
}

qint64 RequestPacer::nextSlotInMs()
{
    if (m_limit <= 0)
        return 0;
    if (m_effective < m_limit && m_slowUntil.hasExpired())
        m_effective = m_limit;
    // The server counts a request when it arrives, and requests on fresh connections arrive
    // later than those on kept-alive ones: a send leaves the window a fortieth of it (250 ms of
    // Clerk's 10 s) after the server's count of it could, so that several requests in flight at
    // once never meet a 429 at the window's edge.
    const qint64 window = m_windowMs + m_windowMs / 40;
    const qint64 now = nowMs();
    while (!m_sent.empty() && now - m_sent.front() >= window)
        m_sent.pop_front();
    if (int(m_sent.size()) < m_effective)
        return 0;
    // The window frees a slot when the send `size - effective` places back leaves it.
    const qint64 oldest = m_sent.at(m_sent.size() - size_t(m_effective));
    return std::max<qint64>(1, oldest + window - now);
}

void RequestPacer::drain()
{
    while (!m_queue.isEmpty()) {
        if (holding()) {
            if (!m_holdEnd.isActive())
                m_holdEnd.start(int(m_holdUntil.remainingTime()) + 1);
            return; // m_holdEnd drains again
        }
        const qint64 wait = nextSlotInMs();
        if (wait > 0) {
            if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                m_wake.start(int(wait));
            return;
        }
        Waiting next = m_queue.takeFirst();
        if (m_limit > 0)
            m_sent.push_back(nowMs());
        next.go();
    }
}

} // namespace PhoneDesk

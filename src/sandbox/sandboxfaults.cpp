// SPDX-License-Identifier: MIT
#include "sandboxfaults.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk {

namespace {
constexpr qint64 kRateWindowMs = 10000; // Clerk counts its limits over 10 seconds
constexpr int kServerErrors[] = {500, 502, 503};
} // namespace

QByteArray SandboxStats::toJson() const
{
    const QJsonObject faults{{QStringLiteral("server_errors"), serverErrors},
                             {QStringLiteral("malformed"), malformed},
                             {QStringLiteral("dropped"), dropped}};
    const QJsonObject stats{{QStringLiteral("object"), QStringLiteral("sandbox_stats")},
                            {QStringLiteral("requests"), requests},
                            {QStringLiteral("rate_limited"), rateLimited},
                            {QStringLiteral("offset_pages"), offsetPages},
                            {QStringLiteral("skipped_rows"), skippedRows},
                            {QStringLiteral("faults"), faults}};
    return QJsonDocument(stats).toJson(QJsonDocument::Compact);
}

void SandboxFaultInjector::countOffsetPage(qint64 rows)
{
    const std::lock_guard lock(m_mutex);
    ++m_stats.offsetPages;
    m_stats.skippedRows += rows;
}

SandboxFaultInjector::SandboxFaultInjector()
    : m_random(static_cast<quint32>(m_faults.seed))
{
    m_clock.start();
}

void SandboxFaultInjector::setFaults(const SandboxFaults &faults)
{
    const std::lock_guard lock(m_mutex);
    if (faults.seed != m_faults.seed)
        m_random.seed(static_cast<quint32>(faults.seed ^ (faults.seed >> 32)));
    m_faults = faults;
    if (faults.rateLimit <= 0)
        m_recentRequests.clear();
}

SandboxFaults SandboxFaultInjector::faults() const
{
    const std::lock_guard lock(m_mutex);
    return m_faults;
}

void SandboxFaultInjector::dropNextAnswers(int count)
{
    const std::lock_guard lock(m_mutex);
    m_dropNext = std::max(0, count);
}

SandboxStats SandboxFaultInjector::stats() const
{
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

std::optional<int> SandboxFaultInjector::takeRateLimitSlot(const QByteArray &key, qint64 nowMs)
{
    // A sliding window: at most rateLimit requests started within any 10 s. A refused request
    // does not count, as with Clerk, so a client that waits Retry-After gets through.
    std::deque<qint64> &recent = m_recentRequests[key];
    while (!recent.empty() && recent.front() <= nowMs - kRateWindowMs)
        recent.pop_front();
    if (static_cast<int>(recent.size()) < m_faults.rateLimit) {
        recent.push_back(nowMs);
        return std::nullopt;
    }
    // The oldest request leaves the window at this time; round up to whole seconds.
    const qint64 waitMs = recent.front() + kRateWindowMs - nowMs;
    return static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
}

SandboxFaultInjector::Plan SandboxFaultInjector::plan(const QByteArray &key)
{
    const std::lock_guard lock(m_mutex);
    Plan plan;
    ++m_stats.requests;
    plan.latencyMs = m_faults.latencyMs;
    plan.offsetCostUs = m_faults.offsetCostUs;
    if (m_faults.rateLimit > 0) {
        plan.rateLimitedRetryAfter = takeRateLimitSlot(key, m_clock.elapsed());
        if (plan.rateLimitedRetryAfter) {
            ++m_stats.rateLimited;
            return plan;
        }
    }
    // Every draw is made for every request, so a seed gives the same sequence whatever the rates.
    const double failDraw = m_random.generateDouble();
    const double dropDraw = m_random.generateDouble();
    const double malformDraw = m_random.generateDouble();
    const quint32 statusDraw = m_random.bounded(static_cast<quint32>(std::size(kServerErrors)));
    if (failDraw < m_faults.failRate) {
        plan.serverErrorStatus = kServerErrors[statusDraw];
        ++m_stats.serverErrors;
        return plan;
    }
    if (m_dropNext > 0 || dropDraw < m_faults.dropRate) {
        m_dropNext = std::max(0, m_dropNext - 1);
        plan.dropAnswer = true;
        ++m_stats.dropped;
        return plan;
    }
    plan.malformAnswer = malformDraw < m_faults.malformedRate;
    return plan;
}

QByteArray SandboxFaultInjector::malformed(const QByteArray &body)
{
    const std::lock_guard lock(m_mutex);
    ++m_stats.malformed;
    // Half of them cut short, as a connection reset mid-body looks; half a proxy's error page.
    if (body.size() > 1 && m_random.generateDouble() < 0.5)
        return body.left(1 + static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(body.size() - 1))));
    return QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1>upstream sent an invalid response</body></html>");
}

} // namespace PhoneDesk

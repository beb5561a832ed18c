// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <deque>
#include <mutex>
#include <optional>

namespace PhoneDesk {

// The ways the sandbox can misbehave on purpose, so that PhoneDesk's retries, pacing and error
// reporting are tested against a real server instead of a faked network layer.
struct SandboxFaults
{
    // Not a fault but what Clerk documents for GET /users: a large offset "has to walk and discard
    // every row before it". 20 µs a row holds an answer at offset 100,000 back by 2 s.
    static constexpr int kDefaultOffsetCostUs = 20;

    int latencyMs = 0;         // added before every /v1 answer
    double failRate = 0;       // share of requests answered 500, 502 or 503
    int rateLimit = 0;         // requests per 10 s per key, then 429 with Retry-After; 0: no limit
    double malformedRate = 0;  // share of 200 answers whose body is truncated or not JSON
    double dropRate = 0;       // share of requests handled and then closed without an answer
    quint64 seed = 1;          // the same seed gives the same faults for the same requests
    int offsetCostUs = kDefaultOffsetCostUs; // per row an offset skips, added to the answer's delay; 0: free

    // Whether the sandbox misbehaves on purpose; the offset cost is its normal behaviour.
    [[nodiscard]] bool any() const
    {
        return latencyMs > 0 || failRate > 0 || rateLimit > 0 || malformedRate > 0 || dropRate > 0;
    }
};

// What the sandbox did, as GET /_sandbox/stats reports it.
struct SandboxStats
{
    qint64 requests = 0; // every /v1 request received
    qint64 serverErrors = 0;
    qint64 malformed = 0;
    qint64 dropped = 0;
    qint64 rateLimited = 0;
    qint64 offsetPages = 0; // GET /users answers that skipped rows for a non-zero offset
    qint64 skippedRows = 0; // the rows those offsets skipped

    [[nodiscard]] QByteArray toJson() const;
};

// Decides, request by request, which fault (if any) the sandbox injects, and counts them.
// Called from the server's thread and configured from any thread, hence the mutex.
class SandboxFaultInjector
{
public:
    // What to do with one request, decided before it is handled.
    struct Plan
    {
        int latencyMs = 0;
        int offsetCostUs = 0;                     // per row the answer's offset skipped (SandboxReply::skippedRows)
        std::optional<int> rateLimitedRetryAfter; // answer 429 with this Retry-After instead of handling
        int serverErrorStatus = 0;                // answer this 5xx instead of handling
        bool dropAnswer = false;                  // handle, then close without answering
        bool malformAnswer = false;               // a 200 answer gets a broken body
    };

    SandboxFaultInjector();

    void setFaults(const SandboxFaults &faults);
    [[nodiscard]] SandboxFaults faults() const;
    // The next `count` requests are handled (a change is applied) and their answer is lost.
    void dropNextAnswers(int count);
    [[nodiscard]] SandboxStats stats() const;

    // `key` identifies the caller for the rate limit: Clerk limits per secret key.
    [[nodiscard]] Plan plan(const QByteArray &key);
    // Counts an answer that skipped `rows` for an offset (a walk that should have used a cursor).
    void countOffsetPage(qint64 rows);
    // Counts a planned malformed answer only when there was a 200 body to break.
    [[nodiscard]] QByteArray malformed(const QByteArray &body);

private:
    [[nodiscard]] std::optional<int> takeRateLimitSlot(const QByteArray &key, qint64 nowMs);

    mutable std::mutex m_mutex;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QHash<QByteArray, std::deque<qint64>> m_recentRequests; // per key: start times within the window
    int m_dropNext = 0;
    SandboxStats m_stats;
};

} // namespace PhoneDesk

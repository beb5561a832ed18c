// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>

namespace PhoneDesk {

// When a failed call may be sent again, and how long to wait first.
//
// A read (GET) changes nothing, so it is repeated on every failure that may pass: 429, 500,
// 502, 503, 504, no answer in time, a dropped connection, a refused connection and a 2xx whose
// body cannot be read. A write is repeated only when the server certainly did not process it:
// a 429 (Clerk rejects before processing) or a connection that was never made. Any other write
// failure in transit leaves its outcome unknown; the caller re-checks with a read instead.
struct RetryPolicy
{
    // Active time a call may spend across its attempts and the pauses between them (waits in
    // the pacer's queue, which paces every request alike, do not count). With the per-attempt
    // transfer timeout below, a dead or hanging server ends a call with an error in well under
    // a minute.
    static constexpr int kDefaultBudgetMs = 35000;
    static constexpr int kMaxAttempts = 10;
    // Exponential backoff with full jitter: a random pause up to base · 2^(attempt-1), capped.
    static constexpr int kBackoffBaseMs = 250;
    static constexpr int kBackoffCapMs = 8000;
    // A 429 whose Retry-After is longer than this is not waited for.
    static constexpr int kLongestRetryAfterS = 60;

    [[nodiscard]] static bool isRead(const QByteArray &verb) { return verb == "GET"; }
    [[nodiscard]] static bool mayResend(const ApiError &error, bool read);
    // The outcome of a write that failed this way is unknown: it may have been applied.
    [[nodiscard]] static bool outcomeUnknown(const ApiError &error);
    // The random pause before attempt `attempt + 1` (attempt ≥ 1).
    [[nodiscard]] static int backoffMs(int attempt);
};

} // namespace PhoneDesk

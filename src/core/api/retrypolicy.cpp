// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace PhoneDesk {

namespace {
bool isPassingServerFailure(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}
} // namespace

bool RetryPolicy::mayResend(const ApiError &error, bool read)
{
    using T = ApiError::Transport;
    if (error.httpStatus == 429 && !error.isTransport())
        return !error.retryAfterSeconds || *error.retryAfterSeconds <= kLongestRetryAfterS;
    if (error.transport == T::ConnectionRefused)
        return true;
    if (!read)
        return false;
    if (!error.isTransport())
        return isPassingServerFailure(error.httpStatus);
    return error.transport == T::Timeout || error.transport == T::Network || error.transport == T::UnreadableAnswer;
}

bool RetryPolicy::outcomeUnknown(const ApiError &error)
{
    using T = ApiError::Transport;
    if (!error.isTransport())
        return error.httpStatus >= 500;
    return error.transport == T::Timeout || error.transport == T::Network || error.transport == T::UnreadableAnswer;
}

int RetryPolicy::backoffMs(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 16);
    const qint64 ceiling = std::min<qint64>(kBackoffCapMs, qint64(kBackoffBaseMs) << exponent);
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

} // namespace PhoneDesk

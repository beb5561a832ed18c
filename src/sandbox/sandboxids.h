// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator64>
#include <QString>

namespace PhoneDesk {

// Makes ids in Clerk's shape (prefix + 27 base-62 characters), reproducibly from a seed.
class SandboxIds
{
public:
    explicit SandboxIds(quint64 seed) : m_random(seed) {}
    [[nodiscard]] QString make(QLatin1StringView prefix);
    // 32 hex digits, like Clerk's clerk_trace_id.
    [[nodiscard]] QString traceId();
    // A six-digit one-time code that never starts with 0.
    [[nodiscard]] QString code();

private:
    QRandomGenerator64 m_random;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxids.h"
#include "sandboxuser.h"

#include <QList>
#include <QRandomGenerator64>
#include <QSet>

#include <memory>

namespace PhoneDesk {

// Builds the sandbox's demo instance: realistic users from many countries with 0–3 phone
// numbers each, in every verification state a support agent meets. The same seed and count
// give the same users; timestamps are placed relative to `nowMs` so that pending codes are
// pending whenever the sandbox starts.
class DemoDataGenerator
{
public:
    DemoDataGenerator(quint64 seed, qint64 nowMs);
    ~DemoDataGenerator();

    [[nodiscard]] QList<SandboxUser> generate(int count);

private:
    class NumberPool;

    SandboxUser makeUser();
    PhoneNumber makePhone(SandboxUser &user, int regionIndex, qint64 createdAt);
    void applyVerificationState(PhoneNumber &phone, qint64 createdAt);
    [[nodiscard]] qint64 between(qint64 from, qint64 to);
    [[nodiscard]] bool chance(double probability);

    QRandomGenerator64 m_random;
    SandboxIds m_ids;
    qint64 m_now;
    std::unique_ptr<NumberPool> m_numbers;
};

} // namespace PhoneDesk

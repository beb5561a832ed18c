// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxids.h"
#include "sandboxuser.h"

#include <QList>
#include <QRandomGenerator64>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

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

    // Codes left expired or pending past their expiry expired at most this long ago: an instance
    // audit with a longer pending age finds none of them.
    static constexpr qint64 kStaleWindowMs = 3LL * 24 * 60 * 60 * 1000;

    [[nodiscard]] QList<SandboxUser> generate(int count);
    // Gives `count` of `users` one and the same created_at millisecond, so that a cursor walk meets
    // a long run of ties: the `count` users that are neighbours in the middle of the created_at
    // order all move back to the oldest created_at among them. Nobody else moves and nothing the
    // API shows comes before a user's created_at. Returns that millisecond; nullopt (and nothing
    // changed) when fewer than two users would share it.
    static std::optional<qint64> shareOneCreatedAt(QList<SandboxUser> &users, int count);
    // The ids of the legacy numbers that are not E.164 (about 1 in 100), made on purpose: the
    // only numbers of the demo data an instance audit reports.
    [[nodiscard]] const QStringList &legacyPhoneIds() const { return m_legacyPhoneIds; }
    // The region ("BR") whose people the generator gives this last name, the first of them when
    // several do; empty for a name it never gives.
    [[nodiscard]] static QString regionOfLastName(const QString &lastName);

private:
    class NumberPool;

    SandboxUser makeUser();
    PhoneNumber makePhone(SandboxUser &user, int regionIndex, qint64 createdAt);
    void applyVerificationState(PhoneNumber &phone, qint64 createdAt);
    [[nodiscard]] qint64 between(qint64 from, qint64 to);
    [[nodiscard]] bool chance(double probability);
    // A time in the past moved into the last kStaleWindowMs, when it is older.
    [[nodiscard]] qint64 recentPast(qint64 time) const;

    QRandomGenerator64 m_random;
    SandboxIds m_ids;
    qint64 m_now;
    std::unique_ptr<NumberPool> m_numbers;
    QStringList m_legacyPhoneIds;
};

} // namespace PhoneDesk

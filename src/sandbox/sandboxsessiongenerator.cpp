// SPDX-License-Identifier: MIT
// Demo sessions, made per user from the seed when first asked for.
#include "sandboxsessiongenerator.h"

#include "demodatagenerator.h"
#include "sandboxsessionids.h"
#include "sandboxuser.h"

#include <QRandomGenerator64>

#include <algorithm>
#include <array>

namespace PhoneDesk {

namespace {
constexpr qint64 kHour = 60LL * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;

struct Device
{
    const char *type;
    bool mobile;
    const char *browser;
    const char *version;
};

const std::array<Device, 8> kDevices{{
    {"Macintosh", false, "Chrome", "125.0.0.0"},
    {"Macintosh", false, "Safari", "17.5"},
    {"Windows", false, "Edge", "125.0.0.0"},
    {"Windows", false, "Firefox", "126.0"},
    {"iPhone", true, "Safari", "17.5"},
    {"Android", true, "Chrome", "125.0.6422.113"},
    {"iPad", true, "Safari", "17.5"},
    {"Linux", false, "Firefox", "126.0"},
}};

struct Place
{
    const char *country;
    std::array<const char *, 2> cities;
};

// The countries the demo users come from (DemoDataGenerator), two cities each.
const std::array<Place, 20> kPlaces{{
    {"US", {"New York", "San Francisco"}}, {"GB", {"London", "Manchester"}},   {"DE", {"Berlin", "Munich"}},
    {"FR", {"Paris", "Lyon"}},             {"ES", {"Madrid", "Barcelona"}},    {"IT", {"Rome", "Milan"}},
    {"NL", {"Amsterdam", "Rotterdam"}},    {"BR", {"São Paulo", "Rio de Janeiro"}}, {"MX", {"Mexico City", "Guadalajara"}},
    {"IN", {"Mumbai", "Bengaluru"}},       {"JP", {"Tokyo", "Osaka"}},         {"AU", {"Sydney", "Melbourne"}},
    {"CA", {"Toronto", "Montreal"}},       {"SE", {"Stockholm", "Gothenburg"}}, {"PL", {"Warsaw", "Kraków"}},
    {"ZA", {"Johannesburg", "Cape Town"}}, {"NG", {"Lagos", "Abuja"}},         {"KR", {"Seoul", "Busan"}},
    {"CH", {"Zurich", "Geneva"}},          {"AR", {"Buenos Aires", "Córdoba"}},
}};

// Addresses set aside for documentation (RFC 5737): no demo session points at a real host.
const std::array<const char *, 3> kAddressBlocks{"192.0.2.", "198.51.100.", "203.0.113."};

// FNV-1a: a hash of the user id that is the same on every platform and Qt version.
quint64 hashOf(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

qint64 between(QRandomGenerator64 &random, qint64 from, qint64 to)
{
    if (to <= from)
        return from;
    return from + static_cast<qint64>(random.bounded(static_cast<quint64>(to - from)));
}

const Place *homeOf(const SandboxUser &user)
{
    const QString region = DemoDataGenerator::regionOfLastName(user.lastName);
    for (const Place &place : kPlaces) {
        if (region == QLatin1StringView(place.country))
            return &place;
    }
    return nullptr;
}

// The device and place of the `ordinal`-th session, drawn from their own generator so that a
// planted session gets what a generated one of the same ordinal would.
SandboxSessionActivity activityOf(const SandboxUser &user, int ordinal, quint64 seed)
{
    QRandomGenerator64 random(seed * 0x9E3779B97F4A7C15ULL ^ hashOf(user.id) ^ (0xAC71u + static_cast<quint64>(ordinal)));
    const Device &device = kDevices[random.bounded(static_cast<quint32>(kDevices.size()))];
    const Place *home = homeOf(user);
    const bool atHome = random.generateDouble() < 0.85;
    const Place &place = home && atHome ? *home : kPlaces[random.bounded(static_cast<quint32>(kPlaces.size()))];
    SandboxSessionActivity activity;
    activity.id = SandboxSessionIds::make(SandboxSessionIds::Kind::Activity, user.id, ordinal);
    activity.deviceType = QString::fromLatin1(device.type);
    activity.isMobile = device.mobile;
    activity.browserName = QString::fromLatin1(device.browser);
    activity.browserVersion = QString::fromLatin1(device.version);
    activity.city = QString::fromUtf8(place.cities[random.bounded(2U)]);
    activity.country = QString::fromLatin1(place.country);
    activity.ipAddress = QString::fromLatin1(kAddressBlocks[random.bounded(static_cast<quint32>(kAddressBlocks.size()))])
        + QString::number(1 + random.bounded(254U));
    return activity;
}

// How an older session ended, as far as it could have by `origin`.
QString endOf(QRandomGenerator64 &random, const SandboxSession &session, qint64 origin)
{
    const double roll = random.generateDouble();
    if (roll < 0.25 && session.expireAt <= origin)
        return QStringLiteral("expired");
    if (roll < 0.35)
        return QStringLiteral("replaced");
    if (roll < 0.45)
        return QStringLiteral("removed");
    if (roll < 0.52)
        return QStringLiteral("revoked");
    if (roll < 0.57 && session.abandonAt <= origin)
        return QStringLiteral("abandoned");
    return QStringLiteral("ended");
}
} // namespace

SandboxSessionGenerator::SandboxSessionGenerator(quint64 seed, qint64 originMs)
    : m_seed(seed)
    , m_origin(originMs)
{
}

SandboxSession SandboxSessionGenerator::active(const SandboxUser &user, int ordinal, qint64 createdAt, qint64 lastActiveAt) const
{
    SandboxSession session;
    session.id = SandboxSessionIds::make(SandboxSessionIds::Kind::Session, user.id, ordinal);
    session.clientId = SandboxSessionIds::make(SandboxSessionIds::Kind::Client, user.id, ordinal);
    session.userId = user.id;
    session.status = QStringLiteral("active");
    session.createdAt = createdAt;
    session.lastActiveAt = lastActiveAt;
    session.updatedAt = lastActiveAt;
    session.expireAt = createdAt + SandboxSession::kLifetimeMs;
    session.abandonAt = createdAt + SandboxSession::kAbandonAfterMs;
    session.activity = activityOf(user, ordinal, m_seed);
    return session;
}

QList<SandboxSession> SandboxSessionGenerator::generate(const SandboxUser &user) const
{
    QList<SandboxSession> sessions;
    if (!user.lastSignInAt || SandboxSessionIds::make(SandboxSessionIds::Kind::Session, user.id, 0).isEmpty())
        return sessions;
    QRandomGenerator64 random(m_seed * 0xD1B54A32D192ED03ULL ^ hashOf(user.id));
    const int count = 1 + static_cast<int>(random.bounded(3U));
    qint64 createdAt = *user.lastSignInAt;
    qint64 newer = m_origin; // when the next newer session started, or now for the newest
    for (int ordinal = 0; ordinal < count; ++ordinal) {
        if (createdAt < user.createdAt || createdAt < m_origin - kRetentionMs)
            break;
        // The newest session was used on the day the user was last active (the user's
        // last_active_at); an older one until the next sign-in at the latest.
        const qint64 usedUntil = ordinal == 0 ? std::min(m_origin, createdAt - createdAt % kDay + kDay)
                                              : std::min({newer, m_origin, createdAt + SandboxSession::kLifetimeMs});
        SandboxSession session = active(user, ordinal, createdAt, between(random, createdAt, usedUntil));
        const bool signedOut = random.generateDouble() < 0.2;
        if (ordinal == 0 && session.expireAt > m_origin && !signedOut) {
            if (user.banned) {
                session.status = QStringLiteral("revoked");
                session.updatedAt = between(random, session.lastActiveAt, m_origin);
            }
        } else if (ordinal == 0) {
            session.status = session.expireAt <= m_origin && !signedOut ? QStringLiteral("expired") : QStringLiteral("ended");
        } else {
            session.status = endOf(random, session, m_origin);
        }
        if (session.status == QLatin1StringView("expired"))
            session.updatedAt = session.expireAt;
        else if (session.status == QLatin1StringView("abandoned"))
            session.updatedAt = session.abandonAt;
        else if (session.status != QLatin1StringView("active") && session.status != QLatin1StringView("revoked"))
            session.updatedAt = between(random, session.lastActiveAt, std::min(m_origin, session.expireAt));
        sessions.append(session);
        newer = createdAt;
        createdAt -= between(random, 2 * kHour, 20 * kDay);
    }
    return sessions;
}

} // namespace PhoneDesk

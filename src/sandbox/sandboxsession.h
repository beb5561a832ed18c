// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace PhoneDesk {

class JsonWriter;

// Where and on what a session was last used (Clerk's SessionActivityResponse): what tells a
// support agent one session of a user from another.
struct SandboxSessionActivity
{
    QString id; // "sact_…"
    QString deviceType;
    bool isMobile = false;
    QString browserName;
    QString browserVersion;
    QString ipAddress;
    QString city;
    QString country; // ISO 3166-1 alpha-2
};

// One sign-in session of a sandbox user, as the Backend API's Session object holds it. The
// stored status is what happened to it; an active session whose expire_at has passed reads as
// expired (statusAt()).
struct SandboxSession
{
    QString id;       // "sess_…"
    QString clientId; // "client_…"
    QString userId;
    QString status;   // active, revoked, ended, expired, removed, abandoned, replaced
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastActiveAt = 0;
    qint64 expireAt = 0;
    qint64 abandonAt = 0;
    SandboxSessionActivity activity;

    // Clerk's defaults: a session lives at most seven days, and is abandoned after thirty.
    static constexpr qint64 kLifetimeMs = 7LL * 24 * 60 * 60 * 1000;
    static constexpr qint64 kAbandonAfterMs = 30LL * 24 * 60 * 60 * 1000;

    // The status the API shows at `nowMs`.
    [[nodiscard]] QString statusAt(qint64 nowMs) const;
    [[nodiscard]] bool activeAt(qint64 nowMs) const;
    void write(JsonWriter &json, qint64 nowMs) const;
    [[nodiscard]] QByteArray toJson(qint64 nowMs) const;
};

} // namespace PhoneDesk

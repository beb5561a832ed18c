// SPDX-License-Identifier: MIT
#pragma once

#include "parsed.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// Where and on what a session was last used: the spec's SessionActivityResponse, as much of it as
// a person needs to recognise the session ("Chrome 124 on a desktop in Berlin").
struct SessionActivity
{
    QString id;
    std::optional<QString> deviceType;
    std::optional<QString> browserName;
    std::optional<QString> browserVersion;
    std::optional<QString> city;
    std::optional<QString> country;
    std::optional<QString> ipAddress;
    std::optional<bool> isMobile;

    // "Chrome 124, Berlin, DE": the parts that are known; empty when none is.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const SessionActivity &, const SessionActivity &) = default;
};

// Clerk's Session object: one signed-in browser or device of a user. GET /sessions answers a plain
// array of them; POST /sessions/{id}/revoke answers the revoked one.
struct Session
{
    QString id;
    QString userId;
    QString clientId;
    QString status; // "active", "revoked", "ended", … as sent
    std::optional<qint64> lastActiveAt; // milliseconds since the epoch
    std::optional<qint64> expireAt;
    std::optional<qint64> createdAt;
    std::optional<SessionActivity> latestActivity;

    [[nodiscard]] bool isActive() const { return status == QLatin1StringView("active"); }

    [[nodiscard]] static Parsed<Session> fromJson(const QJsonObject &json);
    // The answer of GET /sessions: a JSON array of sessions. One unreadable session makes the
    // whole list unreadable: a list that silently lacks a session would leave it signed in.
    [[nodiscard]] static Parsed<QList<Session>> listFromJson(const QByteArray &body);
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace PhoneDesk

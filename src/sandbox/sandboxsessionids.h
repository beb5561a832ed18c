// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace PhoneDesk {

// The ids of a user's sessions, their clients and their activities, made from the user's id and
// the session's ordinal, so that a session or client id leads back to its user without an index
// over sessions that were never asked for. They look like Clerk's ids (prefix and 27 base-62
// characters): each character of the user's id is shifted by an amount that depends on its
// place, the ordinal and the kind of id.
class SandboxSessionIds
{
public:
    enum class Kind { Session, Client, Activity };
    // Ordinals run from 0 to this, exclusive: a user has at most this many sessions.
    static constexpr int kMaxOrdinals = 8;

    // The id of that kind for the `ordinal`-th session of `userId`; empty when `userId` is not
    // in Clerk's user id shape or the ordinal is out of range.
    [[nodiscard]] static QString make(Kind kind, const QString &userId, int ordinal);
    // Every (user id, ordinal) an id of that kind could have been made from.
    [[nodiscard]] static QList<std::pair<QString, int>> origins(Kind kind, const QString &id);
};

} // namespace PhoneDesk

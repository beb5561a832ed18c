// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxsession.h"
#include "sandboxsessiongenerator.h"

#include <QHash>
#include <QList>
#include <QString>

namespace PhoneDesk {

class SandboxUsers;
struct SandboxUser;

// The sessions of the sandbox's users. A user's sessions are made from the seed when they are
// asked for (SandboxSessionGenerator) and kept only once something changes them, so that an
// instance of millions of users holds no sessions nobody looked at. Session and client ids lead
// back to their user (SandboxSessionIds). Not thread-safe: SandboxStore holds its lock around
// every use.
class SandboxSessions
{
public:
    SandboxSessions() = default;
    // `seed`: the instance's; `originMs`: when the demo data was made.
    SandboxSessions(quint64 seed, qint64 originMs);

    // The sessions of users.at(userIndex), newest first.
    [[nodiscard]] QList<SandboxSession> of(const SandboxUsers &users, int userIndex) const;
    // The same sessions, kept from now on so that they may be changed.
    [[nodiscard]] QList<SandboxSession> &edit(const SandboxUsers &users, int userIndex);
    // Gives the user these sessions instead (newest first), for planted cases.
    void replace(int userIndex, QList<SandboxSession> sessions);
    // Revokes every session of the user that is active at `nowMs`; how many there were.
    int revokeActive(const SandboxUsers &users, int userIndex, qint64 nowMs);

    // Where a session is: its user's index and its place among the user's sessions.
    struct Place
    {
        int userIndex = -1;
        qsizetype position = -1;
        [[nodiscard]] bool found() const { return userIndex >= 0; }
    };
    [[nodiscard]] Place find(const SandboxUsers &users, const QString &sessionId) const;
    // The index of the user who has a session on this client; -1 when nobody has.
    [[nodiscard]] int ownerOfClient(const SandboxUsers &users, const QString &clientId) const;

    [[nodiscard]] const SandboxSessionGenerator &generator() const { return m_generator; }

private:
    SandboxSessionGenerator m_generator{0, 0};
    QHash<int, QList<SandboxSession>> m_kept; // user index → sessions, once changed
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// The users' sessions: made when asked for, kept once changed, found by session or client id.
#include "sandboxsessions.h"

#include "sandboxsessionids.h"
#include "sandboxusers.h"

namespace PhoneDesk {

SandboxSessions::SandboxSessions(quint64 seed, qint64 originMs)
    : m_generator(seed, originMs)
{
}

QList<SandboxSession> SandboxSessions::of(const SandboxUsers &users, int userIndex) const
{
    const auto it = m_kept.constFind(userIndex);
    if (it != m_kept.constEnd())
        return *it;
    return m_generator.generate(users.at(userIndex));
}

QList<SandboxSession> &SandboxSessions::edit(const SandboxUsers &users, int userIndex)
{
    auto it = m_kept.find(userIndex);
    if (it == m_kept.end())
        it = m_kept.insert(userIndex, m_generator.generate(users.at(userIndex)));
    return *it;
}

void SandboxSessions::replace(int userIndex, QList<SandboxSession> sessions)
{
    m_kept.insert(userIndex, std::move(sessions));
}

int SandboxSessions::revokeActive(const SandboxUsers &users, int userIndex, qint64 nowMs)
{
    int revoked = 0;
    for (SandboxSession &session : edit(users, userIndex)) {
        if (session.activeAt(nowMs)) {
            session.status = QStringLiteral("revoked");
            session.updatedAt = nowMs;
            ++revoked;
        }
    }
    return revoked;
}

SandboxSessions::Place SandboxSessions::find(const SandboxUsers &users, const QString &sessionId) const
{
    for (const auto &[userId, ordinal] : SandboxSessionIds::origins(SandboxSessionIds::Kind::Session, sessionId)) {
        const int userIndex = users.indexOf(userId);
        if (userIndex < 0)
            continue;
        const QList<SandboxSession> sessions = of(users, userIndex);
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (sessions.at(i).id == sessionId)
                return {userIndex, i};
        }
    }
    return {};
}

int SandboxSessions::ownerOfClient(const SandboxUsers &users, const QString &clientId) const
{
    for (const auto &[userId, ordinal] : SandboxSessionIds::origins(SandboxSessionIds::Kind::Client, clientId)) {
        const int userIndex = users.indexOf(userId);
        if (userIndex < 0)
            continue;
        for (const SandboxSession &session : of(users, userIndex)) {
            if (session.clientId == clientId)
                return userIndex;
        }
    }
    return -1;
}

} // namespace PhoneDesk

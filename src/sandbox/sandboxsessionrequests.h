// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

class SandboxIds;
class SandboxSessions;
class SandboxUsers;

// GET /sessions, GET /sessions/{id} and POST /sessions/{id}/revoke over the users' sessions, with
// Clerk's parameters and refusals: user_id or client_id (one is required), status, limit, offset
// and paginated. Made for one request, under SandboxStore's lock, at one instant.
class SandboxSessionRequests
{
public:
    SandboxSessionRequests(const SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, qint64 nowMs);

    [[nodiscard]] SandboxReply list(const QueryItems &query);
    [[nodiscard]] SandboxReply get(const QString &sessionId);
    [[nodiscard]] SandboxReply revoke(const QString &sessionId);

    // The statuses GET /sessions filters by (the spec's enum for `status`).
    [[nodiscard]] static const QStringList &statuses();

private:
    // The sessions the query names, newest first; a refusal when the query is not one Clerk takes.
    [[nodiscard]] std::optional<SandboxReply> read(const QueryItems &query, int *limit, int *offset, bool *paginated,
                                                   QList<int> *userIndexes, QString *clientId, QString *status);

    const SandboxUsers &m_users;
    SandboxSessions &m_sessions;
    SandboxIds &m_ids;
    qint64 m_now;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

namespace PhoneDesk {

class SandboxIds;
class SandboxUsers;

// GET /users and GET /users/count over the users as they are: limit, offset, order_by and the
// starting_after cursor, the filters (SandboxUserFilter), and each page made of the users'
// prepared JSON. Used under SandboxStore's lock.
class SandboxListing
{
public:
    // `nowMs`: the instant the users are read at (their lockouts count down).
    SandboxListing(const SandboxUsers &users, SandboxIds &ids, qint64 nowMs);

    [[nodiscard]] SandboxReply list(const QueryItems &query) const;
    [[nodiscard]] SandboxReply count(const QueryItems &query) const;

private:
    const SandboxUsers &m_users;
    // For the trace ids of refusals.
    SandboxIds &m_ids;
    qint64 m_now;
};

} // namespace PhoneDesk

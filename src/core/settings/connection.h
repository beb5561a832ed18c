// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace PhoneDesk {

// Everything a workspace needs to talk to one instance. Held in memory only.
struct Connection
{
    QString profileName; // empty for the unnamed environment connection
    QUrl apiUrl;
    QString secretKey;
    bool readOnly = false;
    // The profile's journal retention; the default for the demo and the environment's key.
    int journalRetentionDays = Profile::kDefaultJournalRetentionDays;

    // CLERK_SECRET_KEY (and CLERK_API_URL, default Clerk's) as an unnamed connection, used as is
    // and never saved; nothing when the variable is not set.
    [[nodiscard]] static std::optional<Connection> fromEnvironment();
};

} // namespace PhoneDesk

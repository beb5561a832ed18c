// SPDX-License-Identifier: MIT
#pragma once

#include "api/clerkclient.h"

#include <QString>
#include <QUrl>

namespace PhoneDesk {

// One Clerk instance PhoneDesk can connect to. Its secret key is not here: it lives in a
// SecretStore under the profile's id, never in the settings.
struct Profile
{
    QString id;   // stable, generated; the keychain entry's name
    QString name; // what the agent calls the instance, e.g. "Production EU"
    QUrl apiUrl = ClerkClient::defaultBaseUrl();
    // Hides and blocks every change to accounts while this profile is in use.
    bool readOnly = false;
    // Days the profile's journal keeps an entry; older ones are removed when the window or
    // phonedesk-cli opens it. 0 keeps every entry.
    int journalRetentionDays = kDefaultJournalRetentionDays;

    static constexpr int kDefaultJournalRetentionDays = 90;
    // The longest retention that can be set: ten years.
    static constexpr int kMaxJournalRetentionDays = 3650;
};

// The kind of instance a secret key belongs to, from Clerk's key prefixes: "development" for
// sk_test_, "production" for sk_live_, "" for anything else.
[[nodiscard]] QString environmentOfKey(const QString &secretKey);

} // namespace PhoneDesk

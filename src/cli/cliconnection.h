// SPDX-License-Identifier: MIT
#pragma once

#include "settings/profile.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace PhoneDesk {

class CliArguments;
class ClerkClient;
class Journal;
struct JournalUpkeep;

// Where and as whom phonedesk-cli connects, and how it paces and retries: a saved profile's API
// URL and key (the key from the system keychain), or CLERK_SECRET_KEY and CLERK_API_URL;
// --api-url over either. The key is never taken from the command line and never logged: it goes
// only to the client and to the journal, which names its file after it.
class CliConnection
{
public:
    // Reads the connection from `args` and the environment; the exit code, after a usage error
    // on stderr, when something is refused (no key, an unsafe URL, a bad --rate-limit …).
    [[nodiscard]] std::optional<int> resolve(const CliArguments &args);

    // Sets up `client` for this connection: URL, key, read-only, pacing and retries.
    void configure(ClerkClient *client) const;
    // Opens the journal every change is recorded in: the profile's, or the environment key's; and
    // tidies it as every start does (private modes, the profile's retention).
    JournalUpkeep openJournal(Journal *journal) const;

    // The refusal of a --profile that names no saved profile.
    [[nodiscard]] static QString unknownProfile(const QString &name);

private:
    // A saved profile's key and URL, or the environment's.
    [[nodiscard]] std::optional<int> readCredentials(const CliArguments &args);
    // --api-url over the profile's or environment's URL, checked by TransportPolicy.
    [[nodiscard]] std::optional<int> readUrl(const CliArguments &args);
    // --verbose: each request logged on stderr (never the key).
    static void logRequests();
    // --rate-limit and --give-up-after.
    [[nodiscard]] std::optional<int> readPacing(const CliArguments &args);

    QString m_secretKey;
    QString m_connectionName; // the profile's name; empty for the environment's key
    bool m_readOnly = false;
    int m_journalRetentionDays = Profile::kDefaultJournalRetentionDays;
    QString m_baseUrl;
    QUrl m_url;
    std::optional<int> m_rateLimit;
    int m_giveUpAfterS = 0;
};

} // namespace PhoneDesk

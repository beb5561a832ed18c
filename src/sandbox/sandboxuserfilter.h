// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

class SandboxIds;
class SandboxUsers;
struct SandboxUser;

// The filters of GET /users and GET /users/count, read from a query and checked as Clerk
// checks them, and the users they keep.
class SandboxUserFilter
{
public:
    // Which endpoint reads the filters: they refuse some requests with different statuses.
    enum class Listing { Users, Count };

    // Reads the filters of `query` into `filter`; Clerk's error answer when one is refused.
    [[nodiscard]] static std::optional<SandboxReply> read(const QueryItems &query, Listing listing, SandboxIds &ids,
                                                          SandboxUserFilter *filter);

    // The users the filter keeps, as indices of `users`, newest first.
    [[nodiscard]] QList<int> select(const SandboxUsers &users) const;

private:
    // The values of an array parameter that takes `+` and `-` prefixes (user_id, external_id):
    // plain and `+` values are included, `-` values excluded.
    struct PrefixedValues
    {
        QSet<QString> included;
        QSet<QString> excluded;

        [[nodiscard]] static PrefixedValues of(const QStringList &values);
        [[nodiscard]] bool given() const { return !included.isEmpty() || !excluded.isEmpty(); }
        // With values to include: those, less the excluded ones. With exclusions alone: everyone
        // but them, users without any value included (no value is not an excluded value).
        [[nodiscard]] bool matches(const QString *value) const;
    };

    // Bounds on one timestamp of a user, in milliseconds: `before` and `after` are strict,
    // `since` (the deprecated last_active_at_since) is inclusive. A user without the timestamp
    // matches no bound.
    struct TimeBounds
    {
        std::optional<qint64> before;
        std::optional<qint64> after;
        std::optional<qint64> since;

        [[nodiscard]] bool given() const { return before || after || since; }
        [[nodiscard]] bool matches(std::optional<qint64> time) const;
    };

    [[nodiscard]] bool any() const;
    [[nodiscard]] bool matches(const SandboxUser &user) const;

    QStringList m_phoneNumbers;
    QStringList m_emails;
    QStringList m_usernames;
    PrefixedValues m_userIds;
    PrefixedValues m_externalIds;
    // Asked for: the sandbox's users have no wallet, so none matches.
    bool m_web3Wallets = false;
    std::optional<QString> m_provider;
    QSet<QString> m_providerUserIds;
    // The words of `query`, lower-cased.
    QStringList m_terms;
    QString m_phoneQuery;
    QString m_emailQuery;
    QString m_usernameQuery;
    QString m_nameQuery;
    std::optional<bool> m_banned;
    TimeBounds m_createdAt;
    TimeBounds m_lastSignInAt;
    TimeBounds m_lastActiveAt;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// The filters of the user listing and count: reading and checking them, and matching users.
#include "sandboxuserfilter.h"

#include "sandboxids.h"
#include "sandboxqueryitems.h"
#include "sandboxusers.h"


#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kParamInvalid = QStringLiteral("form_param_value_invalid");

constexpr int kMaxFilterValues = 100; // "Accepts up to 100 …" for every array filter

} // namespace

SandboxUserFilter::PrefixedValues SandboxUserFilter::PrefixedValues::of(const QStringList &values)
{
    PrefixedValues set;
    for (const QString &value : values) {
        if (value.startsWith(QLatin1Char('-')))
            set.excluded.insert(value.mid(1));
        else if (value.startsWith(QLatin1Char('+')))
            set.included.insert(value.mid(1));
        else
            set.included.insert(value);
    }
    return set;
}

bool SandboxUserFilter::PrefixedValues::matches(const QString *value) const
{
    if (value && excluded.contains(*value))
        return false;
    return included.isEmpty() || (value && included.contains(*value));
}

bool SandboxUserFilter::TimeBounds::matches(std::optional<qint64> time) const
{
    if (!given())
        return true;
    return time && (!before || *time < *before) && (!after || *time > *after) && (!since || *time >= *since);
}

std::optional<SandboxReply> SandboxUserFilter::read(const QueryItems &query, Listing listing, SandboxIds &ids,
                                                    SandboxUserFilter *filter)
{
    // Never a silently unfiltered list: the sandbox has no organizations to filter by. GET /users
    // documents 400 for a request Clerk cannot serve; GET /users/count documents only 422.
    if (!queryValues(query, QStringLiteral("organization_id")).isEmpty())
        return SandboxReply::error(ids, listing == Listing::Users ? 400 : 422, QStringLiteral("organization_not_enabled_in_instance"),
                                   QStringLiteral("not supported"),
                                   QStringLiteral("The sandbox has no organizations, so it cannot filter users by organization_id."),
                                   QStringLiteral("organization_id"));

    for (const char *name : {"email_address", "phone_number", "external_id", "username", "web3_wallet", "user_id",
                             "provider_user_id"}) {
        const QString key = QString::fromLatin1(name);
        if (queryValues(query, key).size() > kMaxFilterValues)
            return SandboxReply::error(ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("%1 accepts at most %2 values").arg(key).arg(kMaxFilterValues), key);
    }
    filter->m_phoneNumbers = queryValues(query, QStringLiteral("phone_number"));
    filter->m_emails = queryValues(query, QStringLiteral("email_address"));
    filter->m_usernames = queryValues(query, QStringLiteral("username"));
    filter->m_userIds = PrefixedValues::of(queryValues(query, QStringLiteral("user_id")));
    filter->m_externalIds = PrefixedValues::of(queryValues(query, QStringLiteral("external_id")));
    filter->m_web3Wallets = !queryValues(query, QStringLiteral("web3_wallet")).isEmpty();
    filter->m_terms =
        lastQueryValue(query, QStringLiteral("query")).value_or(QString()).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    filter->m_phoneQuery = lastQueryValue(query, QStringLiteral("phone_number_query")).value_or(QString()).toLower();
    filter->m_emailQuery = lastQueryValue(query, QStringLiteral("email_address_query")).value_or(QString()).toLower();
    filter->m_usernameQuery = lastQueryValue(query, QStringLiteral("username_query")).value_or(QString()).toLower();
    filter->m_nameQuery = lastQueryValue(query, QStringLiteral("name_query")).value_or(QString()).toLower();

    if (const auto text = lastQueryValue(query, QStringLiteral("banned"))) {
        if (*text != QLatin1StringView("true") && *text != QLatin1StringView("false"))
            return SandboxReply::error(ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("banned must be true or false"), QStringLiteral("banned"));
        filter->m_banned = *text == QLatin1StringView("true");
    }

    const std::pair<const char *, std::optional<qint64> *> bounds[] = {
        {"created_at_before", &filter->m_createdAt.before},
        {"created_at_after", &filter->m_createdAt.after},
        {"last_sign_in_at_before", &filter->m_lastSignInAt.before},
        {"last_sign_in_at_after", &filter->m_lastSignInAt.after},
        {"last_active_at_before", &filter->m_lastActiveAt.before},
        {"last_active_at_after", &filter->m_lastActiveAt.after},
        {"last_active_at_since", &filter->m_lastActiveAt.since},
    };
    for (const auto &[name, out] : bounds) {
        const QString key = QString::fromLatin1(name);
        if (const auto text = lastQueryValue(query, key)) {
            *out = queryInteger(*text);
            if (!*out)
                return SandboxReply::error(
                    ids, 422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                    QStringLiteral("%1 must be an integer: a time in milliseconds since the Unix epoch").arg(key), key);
        }
    }

    // "Must be used in combination": either one alone is refused, naming the one missing.
    filter->m_provider = lastQueryValue(query, QStringLiteral("provider"));
    const QStringList providerUserIds = queryValues(query, QStringLiteral("provider_user_id"));
    if (filter->m_provider && providerUserIds.isEmpty())
        return SandboxReply::error(ids, 422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                                   QStringLiteral("provider_user_id must be included with provider."),
                                   QStringLiteral("provider_user_id"));
    if (!filter->m_provider && !providerUserIds.isEmpty())
        return SandboxReply::error(ids, 422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                                   QStringLiteral("provider must be included with provider_user_id."), QStringLiteral("provider"));
    filter->m_providerUserIds = QSet<QString>(providerUserIds.cbegin(), providerUserIds.cend());
    return std::nullopt;
}

bool SandboxUserFilter::any() const
{
    return !m_phoneNumbers.isEmpty() || !m_emails.isEmpty() || !m_usernames.isEmpty() || m_userIds.given() || m_externalIds.given()
        || m_web3Wallets || m_provider || !m_terms.isEmpty() || !m_phoneQuery.isEmpty() || !m_emailQuery.isEmpty()
        || !m_usernameQuery.isEmpty() || !m_nameQuery.isEmpty() || m_banned || m_createdAt.given() || m_lastSignInAt.given()
        || m_lastActiveAt.given();
}

bool SandboxUserFilter::matches(const SandboxUser &user) const
{
    if (m_web3Wallets)
        return false;
    if (m_banned && user.banned != *m_banned)
        return false;
    if (!m_userIds.matches(&user.id))
        return false;
    if (!m_externalIds.matches(user.externalId ? &*user.externalId : nullptr))
        return false;
    if (!m_createdAt.matches(user.createdAt) || !m_lastSignInAt.matches(user.lastSignInAt)
        || !m_lastActiveAt.matches(user.lastActiveAt))
        return false;
    if (m_provider && std::none_of(user.externalAccounts.cbegin(), user.externalAccounts.cend(), [&](const SandboxExternalAccount &a) {
            return a.provider == *m_provider && m_providerUserIds.contains(a.providerUserId);
        }))
        return false;
    if (!m_usernames.isEmpty() && !(user.username && m_usernames.contains(*user.username)))
        return false;
    if (!m_phoneNumbers.isEmpty() && std::none_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
            return m_phoneNumbers.contains(p.phoneNumber);
        }))
        return false;
    if (!m_emails.isEmpty() && std::none_of(user.emails.cbegin(), user.emails.cend(), [&](const SandboxEmail &e) {
            return m_emails.contains(e.address, Qt::CaseInsensitive);
        }))
        return false;
    if (!m_phoneQuery.isEmpty() && std::none_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
            return p.phoneNumber.contains(m_phoneQuery, Qt::CaseInsensitive);
        }))
        return false;
    if (!m_emailQuery.isEmpty() && std::none_of(user.emails.cbegin(), user.emails.cend(), [&](const SandboxEmail &e) {
            return e.address.contains(m_emailQuery, Qt::CaseInsensitive);
        }))
        return false;
    if (!m_usernameQuery.isEmpty() && !(user.username && user.username->contains(m_usernameQuery, Qt::CaseInsensitive)))
        return false;
    if (!m_nameQuery.isEmpty()
        && !(user.firstName + QLatin1Char(' ') + user.lastName).contains(m_nameQuery, Qt::CaseInsensitive))
        return false;
    // Every word of `query` must match somewhere: "ana lima" finds Ana Lima.
    const QString &text = user.searchText();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) { return text.contains(term); });
}

QList<int> SandboxUserFilter::select(const SandboxUsers &users) const
{
    const QList<int> &newestFirst = users.newestFirst();
    if (!any())
        return newestFirst;
    // The stored order is newest first, so created_at bounds are a range of it, found by
    // bisection: a walk's slices cost what their users cost, as with an index at Clerk, and the
    // sandbox stays out of what a benchmark of the client measures.
    auto begin = newestFirst.cbegin();
    auto end = newestFirst.cend();
    if (const std::optional<qint64> before = m_createdAt.before)
        begin = std::partition_point(begin, end, [&](int index) { return users.at(index).createdAt >= *before; });
    if (const std::optional<qint64> after = m_createdAt.after)
        end = std::partition_point(begin, end, [&](int index) { return users.at(index).createdAt > *after; });
    if (const std::optional<qint64> since = m_createdAt.since)
        end = std::partition_point(begin, end, [&](int index) { return users.at(index).createdAt >= *since; });
    QList<int> result;
    for (auto it = begin; it != end; ++it) {
        if (matches(users.at(*it)))
            result.append(*it);
    }
    return result;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// The user listing and count: paging, ordering and the cursor over the filtered users.
#include "sandboxlisting.h"

#include "sandboxqueryitems.h"
#include "sandboxuserfilter.h"
#include "sandboxusers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kParamInvalid = QStringLiteral("form_param_value_invalid");

// A sortable key for order_by; nulls sort last whatever the direction, as in Clerk's listing.
struct SortKey
{
    bool isNull = false;
    qint64 number = 0;
    QString text;
};

SortKey sortKey(const SandboxUser &user, const QString &field)
{
    auto timestamp = [](std::optional<qint64> value) { return value ? SortKey{false, *value, {}} : SortKey{true, 0, {}}; };
    auto text = [](const QString &value) { return value.isEmpty() ? SortKey{true, 0, {}} : SortKey{false, 0, value.toLower()}; };
    if (field == QLatin1StringView("created_at"))
        return SortKey{false, user.createdAt, {}};
    if (field == QLatin1StringView("updated_at"))
        return SortKey{false, user.updatedAt, {}};
    if (field == QLatin1StringView("last_sign_in_at"))
        return timestamp(user.lastSignInAt);
    if (field == QLatin1StringView("last_active_at"))
        return timestamp(user.lastActiveAt);
    if (field == QLatin1StringView("first_name"))
        return text(user.firstName);
    if (field == QLatin1StringView("last_name"))
        return text(user.lastName);
    if (field == QLatin1StringView("username"))
        return text(user.username.value_or(QString()));
    if (field == QLatin1StringView("email_address"))
        return text(user.emails.isEmpty() ? QString() : user.emails.first().address);
    if (field == QLatin1StringView("phone_number"))
        return text(user.phones.isEmpty() ? QString() : user.phones.first().phoneNumber);
    return SortKey{true, 0, {}}; // web3wallet: the sandbox has none
}

bool isKnownOrderField(const QString &field)
{
    static const QStringList fields{QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("email_address"),
                                    QStringLiteral("web3wallet"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                    QStringLiteral("phone_number"), QStringLiteral("username"), QStringLiteral("last_active_at"),
                                    QStringLiteral("last_sign_in_at")};
    return fields.contains(field);
}

bool parseInt(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        *out = value;
    return ok;
}
} // namespace

SandboxListing::SandboxListing(const SandboxUsers &users, SandboxIds &ids, qint64 nowMs)
    : m_users(users)
    , m_ids(ids)
    , m_now(nowMs)
{
}

SandboxReply SandboxListing::list(const QueryItems &query) const
{
    int limit = 10;
    if (const auto text = lastQueryValue(query, QStringLiteral("limit"))) {
        if (!parseInt(*text, &limit) || limit < 1 || limit > 500)
            return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("limit must be an integer between 1 and 500"), QStringLiteral("limit"));
    }
    int offset = 0;
    if (const auto text = lastQueryValue(query, QStringLiteral("offset"))) {
        if (!parseInt(*text, &offset) || offset < 0)
            return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("offset must be an integer greater than or equal to 0"),
                                       QStringLiteral("offset"));
    }
    const QString orderBy = firstQueryValue(query, QStringLiteral("order_by")).value_or(QStringLiteral("-created_at"));
    bool descending = false;
    QString field = orderBy;
    if (field.startsWith(QLatin1Char('-')) || field.startsWith(QLatin1Char('+'))) {
        descending = field.startsWith(QLatin1Char('-'));
        field = field.mid(1);
    }
    if (!isKnownOrderField(field))
        return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                   QStringLiteral("order_by cannot be '%1'").arg(orderBy), QStringLiteral("order_by"));

    const QString startingAfter = lastQueryValue(query, QStringLiteral("starting_after")).value_or(QString());
    if (!startingAfter.isEmpty()) {
        if (field != QLatin1StringView("created_at"))
            return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("starting_after requires ordering by created_at"),
                                       QStringLiteral("starting_after"));
        if (offset != 0)
            return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("starting_after cannot be combined with a non-zero offset"),
                                       QStringLiteral("starting_after"));
        if (m_users.indexOf(startingAfter) < 0)
            return SandboxReply::error(m_ids, 422, kParamInvalid, QStringLiteral("is invalid"),
                                       QStringLiteral("starting_after must be the id of an existing user"),
                                       QStringLiteral("starting_after"));
    }

    SandboxUserFilter filter;
    if (std::optional<SandboxReply> refused = SandboxUserFilter::read(query, SandboxUserFilter::Listing::Users, m_ids, &filter))
        return *refused;
    QList<int> rows = filter.select(m_users);

    // The stored order is newest first; the other orders are sorted on demand.
    if (field == QLatin1StringView("created_at")) {
        if (!descending)
            std::reverse(rows.begin(), rows.end());
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const SortKey ka = sortKey(m_users.at(a), field);
            const SortKey kb = sortKey(m_users.at(b), field);
            if (ka.isNull != kb.isNull)
                return kb.isNull;
            const int cmp = ka.text.isEmpty() && kb.text.isEmpty() ? (ka.number < kb.number ? -1 : ka.number > kb.number)
                                                                    : ka.text.compare(kb.text);
            return descending ? cmp > 0 : cmp < 0;
        });
    }

    qsizetype begin = offset;
    if (!startingAfter.isEmpty()) {
        // The cursor is a position in the order, so it holds even if that user no longer matches.
        const SandboxUser &cursor = m_users.at(m_users.indexOf(startingAfter));
        const auto after = [&](int index) {
            const SandboxUser &u = m_users.at(index);
            const bool older = u.createdAt != cursor.createdAt ? u.createdAt < cursor.createdAt : u.id < cursor.id;
            return descending ? older : !older && u.id != cursor.id;
        };
        // The rows are in that order, so the first one after the cursor is found by bisection:
        // a walk's late pages cost no more than its first.
        begin = std::partition_point(rows.cbegin(), rows.cend(), [&](int index) { return !after(index); }) - rows.cbegin();
    }

    // Each user's JSON was prepared once (SandboxUser::json): a page is copied, not formatted.
    QByteArray body;
    body.reserve(limit * 2048);
    body.append('[');
    const qsizetype end = std::min<qsizetype>(rows.size(), begin + limit);
    for (qsizetype i = begin; i < end; ++i) {
        if (i > begin)
            body.append(',');
        body.append(m_users.at(rows.at(i)).json(m_now));
    }
    body.append(']');
    SandboxReply reply = SandboxReply::json(std::move(body));
    // What an offset walks past before its page; a cursor's page is found without walking.
    if (startingAfter.isEmpty())
        reply.skippedRows = std::min<qsizetype>(offset, rows.size());
    return reply;
}

SandboxReply SandboxListing::count(const QueryItems &query) const
{
    SandboxUserFilter filter;
    if (std::optional<SandboxReply> refused = SandboxUserFilter::read(query, SandboxUserFilter::Listing::Count, m_ids, &filter))
        return *refused;
    const QList<int> rows = filter.select(m_users);
    return SandboxReply::json(QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("total_count")},
                                                        {QStringLiteral("total_count"), static_cast<double>(rows.size())}})
                                  .toJson(QJsonDocument::Compact));
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "sandboxstore.h"

#include "demodatagenerator.h"
#include "phone/phonenumberinfo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kParamInvalid = QStringLiteral("form_param_value_invalid");

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList valuesOf(const QueryItems &query, const QString &key)
{
    QStringList values;
    const QString arrayKey = key + QStringLiteral("[]");
    for (const auto &[k, v] : query) {
        if (k == key || k == arrayKey)
            values.append(v);
    }
    return values;
}

// A single-valued parameter given more than once: the last one counts, except where Clerk
// documents otherwise (see firstValueOf).
std::optional<QString> valueOf(const QueryItems &query, const QString &key)
{
    const QStringList values = valuesOf(query, key);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

// The first of a repeated parameter: Clerk documents this for order_by ("we will only keep the
// first one").
std::optional<QString> firstValueOf(const QueryItems &query, const QString &key)
{
    const QStringList values = valuesOf(query, key);
    if (values.isEmpty())
        return std::nullopt;
    return values.first();
}

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

SandboxReply SandboxReply::json(QByteArray body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

SandboxStore::SandboxStore(const Options &options)
    : m_ids(options.seed * 7919 + 17)
    , m_fixedNow(options.nowMs)
{
    DemoDataGenerator generator(options.seed, nowLocked());
    m_users = generator.generate(options.users);
    m_legacyPhoneIds = generator.legacyPhoneIds();
    m_sharedCreatedAt = DemoDataGenerator::shareOneCreatedAt(m_users, options.sameCreatedAt);
    m_userIndex.reserve(m_users.size());
    m_newestFirst.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i) {
        const SandboxUser &user = m_users.at(i);
        m_userIndex.insert(user.id, i);
        m_newestFirst.append(i);
        for (const PhoneNumber &phone : user.phones)
            indexPhone(user, phone);
        // Serialized up front, so that no request pays for formatting an untouched user.
        (void)user.json();
        (void)user.searchText();
    }
    std::sort(m_newestFirst.begin(), m_newestFirst.end(), [this](int a, int b) {
        const SandboxUser &ua = m_users.at(a);
        const SandboxUser &ub = m_users.at(b);
        return ua.createdAt != ub.createdAt ? ua.createdAt > ub.createdAt : ua.id > ub.id;
    });
    if (options.plantAuditCases)
        plantAuditCases();
}

qint64 SandboxStore::nowLocked() const
{
    return (m_fixedNow ? m_fixedNow : QDateTime::currentMSecsSinceEpoch()) + m_clockOffset;
}

qint64 SandboxStore::now() const
{
    QMutexLocker lock(&m_mutex);
    return nowLocked();
}

void SandboxStore::advanceClock(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockOffset += milliseconds;
}

int SandboxStore::userCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_users.size());
}

std::optional<qint64> SandboxStore::sharedCreatedAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_sharedCreatedAt;
}

QString SandboxStore::sentCode(const QString &verificationId) const
{
    QMutexLocker lock(&m_mutex);
    return m_codes.value(verificationId).code;
}

void SandboxStore::indexPhone(const SandboxUser &user, const PhoneNumber &phone)
{
    m_phoneOwner.insert(phone.id, m_userIndex.value(user.id));
    m_numberHolders.insert(phone.phoneNumber, phone.id);
}

SandboxReply SandboxStore::error(int status, const QString &code, const QString &message, const QString &longMessage,
                                 const QString &paramName)
{
    QJsonObject entry{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("long_message"), longMessage}};
    if (!paramName.isEmpty())
        entry.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("param_name"), paramName}});
    SandboxReply reply;
    reply.status = status;
    reply.traceId = m_ids.traceId();
    reply.body = toBytes(QJsonObject{{QStringLiteral("errors"), QJsonArray{entry}},
                                     {QStringLiteral("clerk_trace_id"), reply.traceId}});
    return reply;
}

SandboxReply SandboxStore::notFound(const QString &what)
{
    return error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                 QStringLiteral("%1 not found").arg(what));
}

SandboxUser *SandboxStore::ownerOf(const QString &phoneId)
{
    const auto it = m_phoneOwner.constFind(phoneId);
    return it == m_phoneOwner.constEnd() ? nullptr : &m_users[*it];
}

SandboxReply SandboxStore::phoneReply(const PhoneNumber &phone) const
{
    return SandboxReply::json(phone.toJsonBytes());
}

// ---- listing ------------------------------------------------------------------------------

namespace {
// The values of an array parameter that takes `+` and `-` prefixes (user_id, external_id): plain
// and `+` values are included, `-` values excluded.
struct PrefixedValues
{
    QSet<QString> included;
    QSet<QString> excluded;

    static PrefixedValues of(const QStringList &values)
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

    [[nodiscard]] bool given() const { return !included.isEmpty() || !excluded.isEmpty(); }

    // With values to include: those, less the excluded ones. With exclusions alone: everyone but
    // them, users without any value included (no value is not an excluded value).
    [[nodiscard]] bool matches(const QString *value) const
    {
        if (value && excluded.contains(*value))
            return false;
        return included.isEmpty() || (value && included.contains(*value));
    }
};

// Bounds on one timestamp of a user, in milliseconds: `before` and `after` are strict, `since`
// (the deprecated last_active_at_since) is inclusive. A user without the timestamp matches no bound.
struct TimeBounds
{
    std::optional<qint64> before;
    std::optional<qint64> after;
    std::optional<qint64> since;

    [[nodiscard]] bool given() const { return before || after || since; }

    [[nodiscard]] bool matches(std::optional<qint64> time) const
    {
        if (!given())
            return true;
        return time && (!before || *time < *before) && (!after || *time > *after) && (!since || *time >= *since);
    }
};

// An integer as the spec's `type: integer` takes it: an optional minus and digits, nothing else.
std::optional<qint64> parseInteger(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,19}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

constexpr int kMaxFilterValues = 100; // "Accepts up to 100 …" for every array filter
} // namespace

struct SandboxStore::UserFilter
{
    QStringList phoneNumbers;
    QStringList emails;
    QStringList usernames;
    PrefixedValues userIds;
    PrefixedValues externalIds;
    bool web3Wallets = false; // asked for: the sandbox's users have no wallet, so none matches
    std::optional<QString> provider;
    QSet<QString> providerUserIds;
    QStringList terms;
    QString phoneQuery;
    QString emailQuery;
    QString usernameQuery;
    QString nameQuery;
    std::optional<bool> banned;
    TimeBounds createdAt;
    TimeBounds lastSignInAt;
    TimeBounds lastActiveAt;

    [[nodiscard]] bool any() const
    {
        return !phoneNumbers.isEmpty() || !emails.isEmpty() || !usernames.isEmpty() || userIds.given() || externalIds.given()
            || web3Wallets || provider || !terms.isEmpty() || !phoneQuery.isEmpty() || !emailQuery.isEmpty()
            || !usernameQuery.isEmpty() || !nameQuery.isEmpty() || banned || createdAt.given() || lastSignInAt.given()
            || lastActiveAt.given();
    }

    [[nodiscard]] bool matches(const SandboxUser &user) const
    {
        if (web3Wallets)
            return false;
        if (banned && user.banned != *banned)
            return false;
        if (!userIds.matches(&user.id))
            return false;
        if (!externalIds.matches(user.externalId ? &*user.externalId : nullptr))
            return false;
        if (!createdAt.matches(user.createdAt) || !lastSignInAt.matches(user.lastSignInAt)
            || !lastActiveAt.matches(user.lastActiveAt))
            return false;
        if (provider && std::none_of(user.externalAccounts.cbegin(), user.externalAccounts.cend(), [&](const SandboxExternalAccount &a) {
                return a.provider == *provider && providerUserIds.contains(a.providerUserId);
            }))
            return false;
        if (!usernames.isEmpty() && !(user.username && usernames.contains(*user.username)))
            return false;
        if (!phoneNumbers.isEmpty() && std::none_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
                return phoneNumbers.contains(p.phoneNumber);
            }))
            return false;
        if (!emails.isEmpty() && std::none_of(user.emails.cbegin(), user.emails.cend(), [&](const SandboxEmail &e) {
                return emails.contains(e.address, Qt::CaseInsensitive);
            }))
            return false;
        if (!phoneQuery.isEmpty() && std::none_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
                return p.phoneNumber.contains(phoneQuery, Qt::CaseInsensitive);
            }))
            return false;
        if (!emailQuery.isEmpty() && std::none_of(user.emails.cbegin(), user.emails.cend(), [&](const SandboxEmail &e) {
                return e.address.contains(emailQuery, Qt::CaseInsensitive);
            }))
            return false;
        if (!usernameQuery.isEmpty() && !(user.username && user.username->contains(usernameQuery, Qt::CaseInsensitive)))
            return false;
        if (!nameQuery.isEmpty()
            && !(user.firstName + QLatin1Char(' ') + user.lastName).contains(nameQuery, Qt::CaseInsensitive))
            return false;
        // Every word of `query` must match somewhere: "ana lima" finds Ana Lima.
        const QString &text = user.searchText();
        return std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) { return text.contains(term); });
    }
};

std::optional<SandboxReply> SandboxStore::readFilter(const QueryItems &query, Listing listing, UserFilter *filter)
{
    // Never a silently unfiltered list: the sandbox has no organizations to filter by. GET /users
    // documents 400 for a request Clerk cannot serve; GET /users/count documents only 422.
    if (!valuesOf(query, QStringLiteral("organization_id")).isEmpty())
        return error(listing == Listing::Users ? 400 : 422, QStringLiteral("organization_not_enabled_in_instance"),
                     QStringLiteral("not supported"),
                     QStringLiteral("The sandbox has no organizations, so it cannot filter users by organization_id."),
                     QStringLiteral("organization_id"));

    for (const char *name : {"email_address", "phone_number", "external_id", "username", "web3_wallet", "user_id",
                             "provider_user_id"}) {
        const QString key = QString::fromLatin1(name);
        if (valuesOf(query, key).size() > kMaxFilterValues)
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("%1 accepts at most %2 values").arg(key).arg(kMaxFilterValues), key);
    }
    filter->phoneNumbers = valuesOf(query, QStringLiteral("phone_number"));
    filter->emails = valuesOf(query, QStringLiteral("email_address"));
    filter->usernames = valuesOf(query, QStringLiteral("username"));
    filter->userIds = PrefixedValues::of(valuesOf(query, QStringLiteral("user_id")));
    filter->externalIds = PrefixedValues::of(valuesOf(query, QStringLiteral("external_id")));
    filter->web3Wallets = !valuesOf(query, QStringLiteral("web3_wallet")).isEmpty();
    filter->terms = valueOf(query, QStringLiteral("query")).value_or(QString()).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    filter->phoneQuery = valueOf(query, QStringLiteral("phone_number_query")).value_or(QString()).toLower();
    filter->emailQuery = valueOf(query, QStringLiteral("email_address_query")).value_or(QString()).toLower();
    filter->usernameQuery = valueOf(query, QStringLiteral("username_query")).value_or(QString()).toLower();
    filter->nameQuery = valueOf(query, QStringLiteral("name_query")).value_or(QString()).toLower();

    if (const auto text = valueOf(query, QStringLiteral("banned"))) {
        if (*text != QLatin1StringView("true") && *text != QLatin1StringView("false"))
            return error(422, kParamInvalid, QStringLiteral("is invalid"), QStringLiteral("banned must be true or false"),
                         QStringLiteral("banned"));
        filter->banned = *text == QLatin1StringView("true");
    }

    const std::pair<const char *, std::optional<qint64> *> bounds[] = {
        {"created_at_before", &filter->createdAt.before},
        {"created_at_after", &filter->createdAt.after},
        {"last_sign_in_at_before", &filter->lastSignInAt.before},
        {"last_sign_in_at_after", &filter->lastSignInAt.after},
        {"last_active_at_before", &filter->lastActiveAt.before},
        {"last_active_at_after", &filter->lastActiveAt.after},
        {"last_active_at_since", &filter->lastActiveAt.since},
    };
    for (const auto &[name, out] : bounds) {
        const QString key = QString::fromLatin1(name);
        if (const auto text = valueOf(query, key)) {
            *out = parseInteger(*text);
            if (!*out)
                return error(422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                             QStringLiteral("%1 must be an integer: a time in milliseconds since the Unix epoch").arg(key), key);
        }
    }

    // "Must be used in combination": either one alone is refused, naming the one missing.
    filter->provider = valueOf(query, QStringLiteral("provider"));
    const QStringList providerUserIds = valuesOf(query, QStringLiteral("provider_user_id"));
    if (filter->provider && providerUserIds.isEmpty())
        return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                     QStringLiteral("provider_user_id must be included with provider."), QStringLiteral("provider_user_id"));
    if (!filter->provider && !providerUserIds.isEmpty())
        return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                     QStringLiteral("provider must be included with provider_user_id."), QStringLiteral("provider"));
    filter->providerUserIds = QSet<QString>(providerUserIds.cbegin(), providerUserIds.cend());
    return std::nullopt;
}

QList<int> SandboxStore::matchingUsers(const UserFilter &filter) const
{
    if (!filter.any())
        return m_newestFirst;
    // The stored order is newest first, so created_at bounds are a range of it, found by
    // bisection: a walk's slices cost what their users cost, as with an index at Clerk, and the
    // sandbox stays out of what a benchmark of the client measures.
    auto begin = m_newestFirst.cbegin();
    auto end = m_newestFirst.cend();
    if (const std::optional<qint64> before = filter.createdAt.before)
        begin = std::partition_point(begin, end, [&](int index) { return m_users.at(index).createdAt >= *before; });
    if (const std::optional<qint64> after = filter.createdAt.after)
        end = std::partition_point(begin, end, [&](int index) { return m_users.at(index).createdAt > *after; });
    if (const std::optional<qint64> since = filter.createdAt.since)
        end = std::partition_point(begin, end, [&](int index) { return m_users.at(index).createdAt >= *since; });
    QList<int> result;
    for (auto it = begin; it != end; ++it) {
        if (filter.matches(m_users.at(*it)))
            result.append(*it);
    }
    return result;
}

SandboxReply SandboxStore::listUsers(const QueryItems &query)
{
    QMutexLocker lock(&m_mutex);
    int limit = 10;
    if (const auto text = valueOf(query, QStringLiteral("limit"))) {
        if (!parseInt(*text, &limit) || limit < 1 || limit > 500)
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("limit must be an integer between 1 and 500"), QStringLiteral("limit"));
    }
    int offset = 0;
    if (const auto text = valueOf(query, QStringLiteral("offset"))) {
        if (!parseInt(*text, &offset) || offset < 0)
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("offset must be an integer greater than or equal to 0"), QStringLiteral("offset"));
    }
    const QString orderBy = firstValueOf(query, QStringLiteral("order_by")).value_or(QStringLiteral("-created_at"));
    bool descending = false;
    QString field = orderBy;
    if (field.startsWith(QLatin1Char('-')) || field.startsWith(QLatin1Char('+'))) {
        descending = field.startsWith(QLatin1Char('-'));
        field = field.mid(1);
    }
    if (!isKnownOrderField(field))
        return error(422, kParamInvalid, QStringLiteral("is invalid"),
                     QStringLiteral("order_by cannot be '%1'").arg(orderBy), QStringLiteral("order_by"));

    const QString startingAfter = valueOf(query, QStringLiteral("starting_after")).value_or(QString());
    if (!startingAfter.isEmpty()) {
        if (field != QLatin1StringView("created_at"))
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("starting_after requires ordering by created_at"), QStringLiteral("starting_after"));
        if (offset != 0)
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("starting_after cannot be combined with a non-zero offset"),
                         QStringLiteral("starting_after"));
        if (!m_userIndex.contains(startingAfter))
            return error(422, kParamInvalid, QStringLiteral("is invalid"),
                         QStringLiteral("starting_after must be the id of an existing user"), QStringLiteral("starting_after"));
    }

    UserFilter filter;
    if (std::optional<SandboxReply> refused = readFilter(query, Listing::Users, &filter))
        return *refused;
    QList<int> rows = matchingUsers(filter);

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
        const SandboxUser &cursor = m_users.at(m_userIndex.value(startingAfter));
        const auto after = [&](int index) {
            const SandboxUser &u = m_users.at(index);
            const bool older = u.createdAt != cursor.createdAt ? u.createdAt < cursor.createdAt : u.id < cursor.id;
            return descending ? older : !older && u.id != cursor.id;
        };
        // The rows are in that order, so the first one after the cursor is found by bisection:
        // a walk's late pages cost no more than its first.
        begin = std::partition_point(rows.cbegin(), rows.cend(), [&](int index) { return !after(index); }) - rows.cbegin();
    }

    QByteArray body;
    body.reserve(limit * 2048);
    body.append('[');
    const qsizetype end = std::min<qsizetype>(rows.size(), begin + limit);
    for (qsizetype i = begin; i < end; ++i) {
        if (i > begin)
            body.append(',');
        body.append(m_users.at(rows.at(i)).json());
    }
    body.append(']');
    SandboxReply reply = SandboxReply::json(std::move(body));
    // What an offset walks past before its page; a cursor's page is found without walking.
    if (startingAfter.isEmpty())
        reply.skippedRows = std::min<qsizetype>(offset, rows.size());
    return reply;
}

SandboxReply SandboxStore::countUsers(const QueryItems &query)
{
    QMutexLocker lock(&m_mutex);
    UserFilter filter;
    if (std::optional<SandboxReply> refused = readFilter(query, Listing::Count, &filter))
        return *refused;
    const QList<int> rows = matchingUsers(filter);
    return SandboxReply::json(toBytes(QJsonObject{{QStringLiteral("object"), QStringLiteral("total_count")},
                                                  {QStringLiteral("total_count"), static_cast<double>(rows.size())}}));
}

SandboxReply SandboxStore::getUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_userIndex.constFind(userId);
    if (it == m_userIndex.constEnd())
        return notFound(QStringLiteral("User"));
    return SandboxReply::json(m_users.at(*it).json());
}

SandboxReply SandboxStore::getPhoneNumber(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = ownerOf(phoneId);
    if (!user)
        return notFound(QStringLiteral("Phone number"));
    return phoneReply(user->phones.at(user->phoneIndex(phoneId)));
}

// ---- changes ------------------------------------------------------------------------------

SandboxReply SandboxStore::parseBody(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("malformed_request"), QStringLiteral("malformed request"),
                     QStringLiteral("The request body is not a JSON object."));
    *out = doc.object();
    return SandboxReply::json({}, 0);
}

std::optional<SandboxReply> SandboxStore::readFlag(const QJsonObject &body, const char *key, std::optional<bool> *out)
{
    const QJsonValue value = body.value(QLatin1StringView(key));
    if (value.isBool())
        *out = value.toBool();
    else if (!value.isUndefined() && !value.isNull())
        return error(422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                     QStringLiteral("%1 must be a boolean").arg(QLatin1StringView(key)), QString::fromLatin1(key));
    return std::nullopt;
}

std::optional<SandboxReply> SandboxStore::checkNewNumber(const QString &number, const SandboxUser &user, OwnNumbers own)
{
    if (!PhoneNumberInfo::of(number).isE164)
        return error(422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                     QStringLiteral("phone_number must be a valid phone number according to E.164 international standard."),
                     QStringLiteral("phone_number"));
    // Held means: by this user in any state, or by anyone else as verified or reserved.
    for (const QString &phoneId : m_numberHolders.values(number)) {
        const SandboxUser *holder = ownerOf(phoneId);
        if (!holder)
            continue;
        const PhoneNumber &held = holder->phones.at(holder->phoneIndex(phoneId));
        const bool sameUser = holder->id == user.id;
        if ((sameUser && own == OwnNumbers::Conflict) || (!sameUser && (held.reserved.value_or(false) || held.isVerified())))
            return error(422, QStringLiteral("form_identifier_exists"), QStringLiteral("That phone number is taken."),
                         QStringLiteral("That phone number is taken. Please try another."), QStringLiteral("phone_number"));
    }
    return std::nullopt;
}

void SandboxStore::setReservedForSecondFactor(SandboxUser &user, PhoneNumber &phone, bool reserved)
{
    const bool hadTwoFactor = user.twoFactorEnabled();
    if (reserved) {
        const bool hasDefault = std::any_of(user.phones.cbegin(), user.phones.cend(), [&](const PhoneNumber &p) {
            return p.id != phone.id && p.defaultSecondFactor.value_or(false);
        });
        phone.reservedForSecondFactor = true;
        if (!hasDefault)
            phone.defaultSecondFactor = true;
    } else {
        const bool wasDefault = phone.defaultSecondFactor.value_or(false);
        phone.reservedForSecondFactor = false;
        phone.defaultSecondFactor = false;
        // A user with 2FA keeps exactly one default second factor.
        if (wasDefault) {
            for (PhoneNumber &other : user.phones) {
                if (other.id != phone.id && other.reservedForSecondFactor.value_or(false)) {
                    other.defaultSecondFactor = true;
                    break;
                }
            }
        }
    }
    const qint64 now = nowLocked();
    if (!hadTwoFactor && user.twoFactorEnabled())
        user.mfaEnabledAt = now;
    else if (hadTwoFactor && !user.twoFactorEnabled())
        user.mfaDisabledAt = now;
}

SandboxReply SandboxStore::createPhoneNumber(const QByteArray &rawBody)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject body;
    if (SandboxReply bad = parseBody(rawBody, &body); bad.status)
        return bad;
    for (const char *required : {"user_id", "phone_number"}) {
        if (!body.value(QLatin1StringView(required)).isString() || body.value(QLatin1StringView(required)).toString().isEmpty())
            return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                         QStringLiteral("%1 must be included.").arg(QLatin1StringView(required)), QString::fromLatin1(required));
    }
    std::optional<bool> verified, primary, reserveForMfa;
    for (const auto &[key, out] : {std::pair{"verified", &verified}, {"primary", &primary}, {"reserved_for_second_factor", &reserveForMfa}}) {
        if (auto bad = readFlag(body, key, out))
            return *bad;
    }
    const auto userIt = m_userIndex.constFind(body.value(QLatin1StringView("user_id")).toString());
    if (userIt == m_userIndex.constEnd())
        return error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                     QStringLiteral("User not found"), QStringLiteral("user_id"));
    SandboxUser &user = m_users[*userIt];
    const QString number = body.value(QLatin1StringView("phone_number")).toString();
    if (auto bad = checkNewNumber(number, user, OwnNumbers::Conflict))
        return *bad;
    if (reserveForMfa.value_or(false) && !verified.value_or(false))
        return error(400, QStringLiteral("identification_update_second_factor_unverified"),
                     QStringLiteral("unverified identification"),
                     QStringLiteral("Only verified phone numbers can be reserved for second factor authentication."),
                     QStringLiteral("reserved_for_second_factor"));

    const qint64 now = nowLocked();
    PhoneNumber phone;
    phone.id = m_ids.make(QLatin1StringView("idn_"));
    phone.phoneNumber = number;
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.reserved = verified.value_or(false);
    if (verified.value_or(false))
        phone.verification = Verification::admin();
    phone.createdAt = now;
    phone.updatedAt = now;
    user.phones.append(phone);
    PhoneNumber &stored = user.phones.last();
    if (reserveForMfa.value_or(false))
        setReservedForSecondFactor(user, stored, true);
    // Clerk makes the first number primary whatever was asked.
    if (!user.primaryPhoneId || primary.value_or(false))
        user.primaryPhoneId = stored.id;
    indexPhone(user, stored);
    user.touch(now);
    return phoneReply(stored);
}

SandboxReply SandboxStore::updatePhoneNumber(const QString &phoneId, const QByteArray &rawBody)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = ownerOf(phoneId);
    if (!user)
        return notFound(QStringLiteral("Phone number"));
    QJsonObject body;
    if (SandboxReply bad = parseBody(rawBody, &body); bad.status)
        return bad;
    std::optional<bool> verified, primary, reserveForMfa;
    for (const auto &[key, out] : {std::pair{"verified", &verified}, {"primary", &primary}, {"reserved_for_second_factor", &reserveForMfa}}) {
        if (auto bad = readFlag(body, key, out))
            return *bad;
    }
    PhoneNumber &phone = user->phones[user->phoneIndex(phoneId)];
    // Checked before anything changes, so that a refused update changes nothing.
    const bool willBeVerified = verified.value_or(phone.isVerified());
    if (reserveForMfa.value_or(false) && !willBeVerified)
        return error(400, QStringLiteral("identification_update_second_factor_unverified"),
                     QStringLiteral("unverified identification"),
                     QStringLiteral("Only verified phone numbers can be reserved for second factor authentication."),
                     QStringLiteral("reserved_for_second_factor"));

    const qint64 now = nowLocked();
    if (verified && *verified != phone.isVerified()) {
        if (*verified) {
            phone.verification = Verification::admin();
            phone.reserved = true;
        } else {
            phone.verification.reset();
            phone.reserved = false;
        }
    }
    if (reserveForMfa && *reserveForMfa != phone.reservedForSecondFactor.value_or(false))
        setReservedForSecondFactor(*user, phone, *reserveForMfa);
    if (primary.value_or(false))
        user->primaryPhoneId = phone.id;
    phone.updatedAt = now;
    user->touch(now);
    return phoneReply(phone);
}

void SandboxStore::removePhone(SandboxUser &user, qsizetype index)
{
    const PhoneNumber phone = user.phones.at(index);
    if (phone.reservedForSecondFactor.value_or(false))
        setReservedForSecondFactor(user, user.phones[index], false);
    user.phones.removeAt(index);
    m_phoneOwner.remove(phone.id);
    m_numberHolders.remove(phone.phoneNumber, phone.id);
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        it = it->phoneId == phone.id ? m_codes.erase(it) : std::next(it);
    }
    // Deleting the primary promotes the oldest remaining number.
    if (user.primaryPhoneId == phone.id) {
        user.primaryPhoneId.reset();
        if (!user.phones.isEmpty())
            user.primaryPhoneId = user.phones.first().id;
    }
}

SandboxReply SandboxStore::deletePhoneNumber(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = ownerOf(phoneId);
    if (!user)
        return notFound(QStringLiteral("Phone number"));
    removePhone(*user, user->phoneIndex(phoneId));
    user->touch(nowLocked());
    return SandboxReply::json(toBytes(QJsonObject{{QStringLiteral("object"), QStringLiteral("phone_number")},
                                                  {QStringLiteral("id"), phoneId},
                                                  {QStringLiteral("deleted"), true}}));
}

SandboxReply SandboxStore::prepareVerification(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = ownerOf(phoneId);
    if (!user)
        return notFound(QStringLiteral("Phone number"));
    const qint64 now = nowLocked();
    PendingCode pending;
    pending.phoneId = phoneId;
    pending.code = m_ids.code();
    Verification &v = pending.verification;
    v.kind = Verification::Kind::Otp;
    v.object = Verification::kindName(Verification::Kind::Otp);
    v.id = m_ids.make(QLatin1StringView("ver_"));
    v.status = QStringLiteral("unverified");
    v.strategy = QStringLiteral("phone_code");
    v.attempts = 0;
    v.expireAt = now + kCodeLifetimeMs;
    v.channel = QStringLiteral("sms");
    m_codes.insert(*v.id, pending);

    // An unverified number shows its pending code; a verified one stays verified.
    PhoneNumber &phone = user->phones[user->phoneIndex(phoneId)];
    if (!phone.isVerified()) {
        Verification shown = v;
        shown.id.reset();
        phone.verification = shown;
        phone.updatedAt = now;
        user->touch(now);
    }
    return SandboxReply::json(v.toJsonBytes());
}

SandboxReply SandboxStore::attemptVerification(const QString &phoneId, const QByteArray &rawBody)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = ownerOf(phoneId);
    if (!user)
        return notFound(QStringLiteral("Phone number"));
    QJsonObject body;
    if (SandboxReply bad = parseBody(rawBody, &body); bad.status)
        return bad;
    for (const char *required : {"verification_id", "code"}) {
        if (!body.value(QLatin1StringView(required)).isString() || body.value(QLatin1StringView(required)).toString().isEmpty())
            return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                         QStringLiteral("%1 must be included.").arg(QLatin1StringView(required)), QString::fromLatin1(required));
    }
    const auto it = m_codes.find(body.value(QLatin1StringView("verification_id")).toString());
    if (it == m_codes.end() || it->phoneId != phoneId)
        return error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                     QStringLiteral("Verification not found"), QStringLiteral("verification_id"));
    Verification &v = it->verification;
    if (v.isVerified())
        return error(400, QStringLiteral("verification_already_verified"), QStringLiteral("already verified"),
                     QStringLiteral("This verification has already been verified."), QStringLiteral("verification_id"));

    const qint64 now = nowLocked();
    const QString code = body.value(QLatin1StringView("code")).toString();
    if (v.statusKind() == Verification::Status::Unverified) {
        if (v.expireAt && *v.expireAt <= now) {
            v.status = QStringLiteral("expired");
        } else {
            v.attempts = v.attempts.value_or(0) + 1;
            if (code == QLatin1StringView(kUniversalCode) || code == it->code)
                v.status = QStringLiteral("verified");
            else if (*v.attempts >= kMaxCodeAttempts)
                v.status = QStringLiteral("failed");
        }
    }
    // The number mirrors its code while unverified, and is verified by a correct one.
    PhoneNumber &phone = user->phones[user->phoneIndex(phoneId)];
    if (!phone.isVerified()) {
        Verification shown = v;
        shown.id.reset();
        phone.verification = shown;
        if (v.isVerified())
            phone.reserved = true;
        phone.updatedAt = now;
        user->touch(now);
    }
    return SandboxReply::json(v.toJsonBytes());
}

void SandboxStore::clearSecondFactors(SandboxUser &user)
{
    const bool hadTwoFactor = user.twoFactorEnabled();
    for (PhoneNumber &phone : user.phones) {
        phone.reservedForSecondFactor = false;
        phone.defaultSecondFactor = false;
    }
    user.totpEnabled = false;
    user.backupCodeEnabled = false;
    if (hadTwoFactor)
        user.mfaDisabledAt = nowLocked();
}

SandboxReply SandboxStore::replaceUserPhoneNumber(const QString &userId, const QByteArray &rawBody)
{
    QMutexLocker lock(&m_mutex);
    const auto userIt = m_userIndex.constFind(userId);
    if (userIt == m_userIndex.constEnd())
        return notFound(QStringLiteral("User"));
    SandboxUser &user = m_users[*userIt];
    QJsonObject body;
    if (SandboxReply bad = parseBody(rawBody, &body); bad.status)
        return bad;
    if (!body.value(QLatin1StringView("phone_number")).isString())
        return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                     QStringLiteral("phone_number must be included."), QStringLiteral("phone_number"));
    const QString number = body.value(QLatin1StringView("phone_number")).toString();
    const QString status = body.value(QLatin1StringView("identification_status")).toString(QStringLiteral("verified"));
    if (status != QLatin1StringView("verified") && status != QLatin1StringView("reserved") && status != QLatin1StringView("unverified"))
        return error(422, kParamInvalid, QStringLiteral("is invalid"),
                     QStringLiteral("identification_status must be one of verified, reserved, unverified"),
                     QStringLiteral("identification_status"));
    // The user's own numbers are about to go, so only other users can hold this one.
    if (auto bad = checkNewNumber(number, user, OwnNumbers::Allowed))
        return *bad;

    if (std::any_of(user.phones.cbegin(), user.phones.cend(), [](const PhoneNumber &p) { return p.reservedForSecondFactor.value_or(false); }))
        clearSecondFactors(user);
    while (!user.phones.isEmpty())
        removePhone(user, user.phones.size() - 1);

    const qint64 now = nowLocked();
    PhoneNumber phone;
    phone.id = m_ids.make(QLatin1StringView("idn_"));
    phone.phoneNumber = number;
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.reserved = status != QLatin1StringView("unverified");
    if (status == QLatin1StringView("verified"))
        phone.verification = Verification::admin();
    phone.createdAt = now;
    phone.updatedAt = now;
    user.phones.append(phone);
    user.primaryPhoneId = phone.id;
    indexPhone(user, phone);
    user.touch(now);
    return phoneReply(phone);
}

SandboxReply SandboxStore::disableMfa(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const auto userIt = m_userIndex.constFind(userId);
    if (userIt == m_userIndex.constEnd())
        return notFound(QStringLiteral("User"));
    SandboxUser &user = m_users[*userIt];
    clearSecondFactors(user);
    user.touch(nowLocked());
    return SandboxReply::json(toBytes(QJsonObject{{QStringLiteral("user_id"), userId}}));
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// The session endpoints: listing with its parameters, reading one, revoking one.
#include "sandboxsessionrequests.h"

#include "domain/jsonwriter.h"
#include "sandboxids.h"
#include "sandboxqueryitems.h"
#include "sandboxsessions.h"
#include "sandboxusers.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace PhoneDesk {

namespace {
const QString kParamInvalid = QStringLiteral("form_param_value_invalid");
const QStringList kParameters{QStringLiteral("client_id"), QStringLiteral("user_id"), QStringLiteral("status"),
                              QStringLiteral("paginated"), QStringLiteral("limit"), QStringLiteral("offset")};

// An integer as the spec's `type: integer` takes it: an optional minus and digits, nothing else.
std::optional<qint64> integerOf(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]{1,19}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

SandboxReply invalid(SandboxIds &ids, const QString &param, const QString &why)
{
    return SandboxReply::error(ids, 422, kParamInvalid, QStringLiteral("is invalid"), why, param);
}
} // namespace

SandboxSessionRequests::SandboxSessionRequests(const SandboxUsers &users, SandboxSessions &sessions, SandboxIds &ids, qint64 nowMs)
    : m_users(users)
    , m_sessions(sessions)
    , m_ids(ids)
    , m_now(nowMs)
{
}

const QStringList &SandboxSessionRequests::statuses()
{
    static const QStringList values{QStringLiteral("abandoned"), QStringLiteral("active"),  QStringLiteral("ended"),
                                    QStringLiteral("expired"),   QStringLiteral("removed"), QStringLiteral("replaced"),
                                    QStringLiteral("revoked")};
    return values;
}

std::optional<SandboxReply> SandboxSessionRequests::read(const QueryItems &query, int *limit, int *offset, bool *paginated,
                                                         QList<int> *userIndexes, QString *clientId, QString *status)
{
    // Stricter than ignoring them: a misspelt filter must not list every session of a user.
    for (const auto &[key, value] : query) {
        const QString name = key.endsWith(QLatin1StringView("[]")) ? key.chopped(2) : key;
        if (!kParameters.contains(name))
            return SandboxReply::error(m_ids, 422, QStringLiteral("form_param_unknown"), QStringLiteral("is unknown"),
                                       QStringLiteral("%1 is not a parameter of GET /sessions").arg(key), key);
    }
    const QString userId = lastQueryValue(query, QStringLiteral("user_id")).value_or(QString());
    *clientId = lastQueryValue(query, QStringLiteral("client_id")).value_or(QString());
    // The spec's deprecation notice made one of them required; the sandbox holds clients to it.
    if (userId.isEmpty() && clientId->isEmpty())
        return SandboxReply::error(m_ids, 422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                                   QStringLiteral("Either user_id or client_id must be included."), QStringLiteral("user_id"));
    *status = lastQueryValue(query, QStringLiteral("status")).value_or(QString());
    if (lastQueryValue(query, QStringLiteral("status")) && !statuses().contains(*status))
        return invalid(m_ids, QStringLiteral("status"), QStringLiteral("status must be one of %1").arg(statuses().join(QStringLiteral(", "))));
    if (const auto text = lastQueryValue(query, QStringLiteral("paginated"))) {
        if (*text != QLatin1StringView("true") && *text != QLatin1StringView("false"))
            return invalid(m_ids, QStringLiteral("paginated"), QStringLiteral("paginated must be true or false"));
        *paginated = *text == QLatin1StringView("true");
    }
    if (const auto text = lastQueryValue(query, QStringLiteral("limit"))) {
        const std::optional<qint64> value = integerOf(*text);
        if (!value || *value < 1 || *value > 500)
            return invalid(m_ids, QStringLiteral("limit"), QStringLiteral("limit must be an integer between 1 and 500"));
        *limit = static_cast<int>(*value);
    }
    if (const auto text = lastQueryValue(query, QStringLiteral("offset"))) {
        const std::optional<qint64> value = integerOf(*text);
        if (!value || *value < 0 || *value > std::numeric_limits<int>::max())
            return invalid(m_ids, QStringLiteral("offset"), QStringLiteral("offset must be an integer greater than or equal to 0"));
        *offset = static_cast<int>(*value);
    }
    // Ids found nowhere match nothing: an empty list, as for the user listing's filters.
    const int byUser = userId.isEmpty() ? -1 : m_users.indexOf(userId);
    const int byClient = clientId->isEmpty() ? -1 : m_sessions.ownerOfClient(m_users, *clientId);
    if (userId.isEmpty())
        userIndexes->append(byClient);
    else if (clientId->isEmpty() || byClient == byUser)
        userIndexes->append(byUser);
    userIndexes->removeAll(-1);
    return std::nullopt;
}

SandboxReply SandboxSessionRequests::list(const QueryItems &query)
{
    int limit = 10;
    int offset = 0;
    bool paginated = false;
    QList<int> userIndexes;
    QString clientId;
    QString status;
    if (std::optional<SandboxReply> refused = read(query, &limit, &offset, &paginated, &userIndexes, &clientId, &status))
        return *refused;

    QList<SandboxSession> matching;
    for (const int userIndex : userIndexes) {
        for (const SandboxSession &session : m_sessions.of(m_users, userIndex)) {
            if ((clientId.isEmpty() || session.clientId == clientId) && (status.isEmpty() || session.statusAt(m_now) == status))
                matching.append(session);
        }
    }
    std::stable_sort(matching.begin(), matching.end(), [](const SandboxSession &a, const SandboxSession &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });

    JsonWriter json;
    if (paginated) {
        json.beginObject();
        json.key(QLatin1StringView("data"));
    }
    json.beginArray();
    for (qsizetype i = offset; i < std::min<qsizetype>(matching.size(), qsizetype(offset) + limit); ++i)
        matching.at(i).write(json, m_now);
    json.endArray();
    if (paginated) {
        json.key(QLatin1StringView("total_count")).value(static_cast<qint64>(matching.size()));
        json.endObject();
    }
    return SandboxReply::json(json.take());
}

SandboxReply SandboxSessionRequests::get(const QString &sessionId)
{
    const SandboxSessions::Place place = m_sessions.find(m_users, sessionId);
    if (!place.found())
        return SandboxReply::notFound(m_ids, QStringLiteral("Session"));
    return SandboxReply::json(m_sessions.of(m_users, place.userIndex).at(place.position).toJson(m_now));
}

SandboxReply SandboxSessionRequests::revoke(const QString &sessionId)
{
    const SandboxSessions::Place place = m_sessions.find(m_users, sessionId);
    if (!place.found())
        return SandboxReply::notFound(m_ids, QStringLiteral("Session"));
    SandboxSession &session = m_sessions.edit(m_users, place.userIndex)[place.position];
    const QString status = session.statusAt(m_now);
    if (status == QLatin1StringView("active")) {
        session.status = QStringLiteral("revoked");
        session.updatedAt = m_now;
    } else if (status != QLatin1StringView("revoked")) {
        // Stricter than answering it unchanged: a session that ended some other way was not
        // revoked, and a client must not report that it was.
        return SandboxReply::error(m_ids, 400, QStringLiteral("session_not_active"), QStringLiteral("session is not active"),
                                   QStringLiteral("This session is %1, not active: there is nothing to revoke.").arg(status),
                                   QStringLiteral("session_id"));
    }
    return SandboxReply::json(session.toJson(m_now));
}

} // namespace PhoneDesk

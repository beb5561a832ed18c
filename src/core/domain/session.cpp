// SPDX-License-Identifier: MIT
#include "session.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace PhoneDesk {

namespace {
using Key = QLatin1StringView;

Parsed<SessionActivity> readActivity(const QJsonObject &json, const QString &sessionId)
{
    JsonReader r(json, QStringLiteral("session %1: latest_activity").arg(sessionId));
    SessionActivity a;
    a.id = r.string(Key("id")).value_or(QString());
    a.deviceType = r.string(Key("device_type"));
    a.browserName = r.string(Key("browser_name"));
    a.browserVersion = r.string(Key("browser_version"));
    a.city = r.string(Key("city"));
    a.country = r.string(Key("country"));
    a.ipAddress = r.string(Key("ip_address"));
    a.isMobile = r.boolean(Key("is_mobile"));
    if (!r.ok())
        return Parsed<SessionActivity>::failure(r.error());
    return Parsed<SessionActivity>::success(std::move(a));
}

void insertIfKnown(QJsonObject &json, const QString &key, const std::optional<QString> &value)
{
    if (value)
        json.insert(key, *value);
}

void insertIfKnown(QJsonObject &json, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        json.insert(key, static_cast<double>(*value));
}
} // namespace

QString SessionActivity::describe() const
{
    QStringList parts;
    const QString browser = QStringList{browserName.value_or(QString()), browserVersion.value_or(QString())}
                                .join(QLatin1Char(' ')).trimmed();
    if (!browser.isEmpty())
        parts.append(browser);
    if (deviceType && !deviceType->isEmpty())
        parts.append(*deviceType);
    if (city && !city->isEmpty())
        parts.append(*city);
    if (country && !country->isEmpty())
        parts.append(*country);
    if (ipAddress && !ipAddress->isEmpty())
        parts.append(*ipAddress);
    return parts.join(QStringLiteral(", "));
}

Parsed<Session> Session::fromJson(const QJsonObject &json)
{
    Session s;
    if (const QJsonValue id = json.value(Key("id")); id.isString())
        s.id = id.toString();
    JsonReader r(json, s.id.isEmpty() ? QStringLiteral("session") : QStringLiteral("session %1").arg(s.id));
    s.id = r.requiredString(Key("id"));
    s.userId = r.requiredString(Key("user_id"));
    s.clientId = r.requiredString(Key("client_id"));
    s.status = r.requiredString(Key("status"));
    s.lastActiveAt = r.integer(Key("last_active_at"));
    s.expireAt = r.integer(Key("expire_at"));
    s.createdAt = r.integer(Key("created_at"));
    const std::optional<QJsonObject> activity = r.object(Key("latest_activity"));
    if (!r.ok())
        return Parsed<Session>::failure(r.error());
    if (activity) {
        Parsed<SessionActivity> read = readActivity(*activity, s.id);
        if (!read.ok())
            return Parsed<Session>::failure(read.error());
        s.latestActivity = read.takeValue();
    }
    return Parsed<Session>::success(std::move(s));
}

Parsed<QList<Session>> Session::listFromJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<QList<Session>>::failure(QStringLiteral("the list of sessions is not valid JSON (%1 at byte %2)")
                                                   .arg(error.errorString()).arg(error.offset));
    if (!doc.isArray())
        return Parsed<QList<Session>>::failure(QStringLiteral("the list of sessions is not a JSON array"));
    QList<Session> sessions;
    const QJsonArray items = doc.array();
    sessions.reserve(items.size());
    qsizetype position = 0;
    for (const QJsonValue &item : items) {
        ++position;
        if (!item.isObject())
            return Parsed<QList<Session>>::failure(QStringLiteral("session #%1 of the list is %2, not an object")
                                                       .arg(position).arg(jsonTypeName(item)));
        Parsed<Session> session = fromJson(item.toObject());
        if (!session.ok())
            return Parsed<QList<Session>>::failure(session.error());
        sessions.append(session.takeValue());
    }
    return Parsed<QList<Session>>::success(std::move(sessions));
}

QJsonObject Session::toJson() const
{
    QJsonObject json{{QStringLiteral("object"), QStringLiteral("session")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("user_id"), userId},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("status"), status}};
    insertIfKnown(json, QStringLiteral("last_active_at"), lastActiveAt);
    insertIfKnown(json, QStringLiteral("expire_at"), expireAt);
    insertIfKnown(json, QStringLiteral("created_at"), createdAt);
    if (latestActivity) {
        QJsonObject activity{{QStringLiteral("object"), QStringLiteral("session_activity")},
                             {QStringLiteral("id"), latestActivity->id}};
        insertIfKnown(activity, QStringLiteral("device_type"), latestActivity->deviceType);
        insertIfKnown(activity, QStringLiteral("browser_name"), latestActivity->browserName);
        insertIfKnown(activity, QStringLiteral("browser_version"), latestActivity->browserVersion);
        insertIfKnown(activity, QStringLiteral("city"), latestActivity->city);
        insertIfKnown(activity, QStringLiteral("country"), latestActivity->country);
        insertIfKnown(activity, QStringLiteral("ip_address"), latestActivity->ipAddress);
        if (latestActivity->isMobile)
            activity.insert(QStringLiteral("is_mobile"), *latestActivity->isMobile);
        json.insert(QStringLiteral("latest_activity"), activity);
    }
    return json;
}

} // namespace PhoneDesk

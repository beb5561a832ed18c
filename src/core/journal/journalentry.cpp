// SPDX-License-Identifier: MIT
#include "journalentry.h"

#include <QJsonArray>

namespace PhoneDesk {

namespace {
QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

// The strings of an array field; anything else in it is left out.
QStringList stringsOf(const QJsonObject &json, QLatin1StringView key)
{
    QStringList strings;
    for (const QJsonValue &value : json.value(key).toArray()) {
        if (value.isString())
            strings.append(value.toString());
    }
    return strings;
}

void putIfSet(QJsonObject &json, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}
} // namespace

JournalEntry JournalEntry::of(JournalOperation operation, const QString &request, const QString &userId,
                              const QString &phoneNumberId)
{
    JournalEntry entry;
    entry.operation = operation;
    entry.request = request;
    entry.userId = userId;
    entry.phoneNumberId = phoneNumberId;
    return entry;
}

QString JournalEntry::operationName() const
{
    return operation == JournalOperation::Unknown ? unknownOperation : Journaling::toName(operation);
}

QString JournalEntry::outcomeName(Outcome outcome)
{
    return outcome == Outcome::Done ? QStringLiteral("done") : QStringLiteral("failed");
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1StringView("profile"), source.profile},
        {QLatin1StringView("instance"),
         QJsonObject{{QLatin1StringView("host"), source.host}, {QLatin1StringView("key_kind"), source.keyKind}}},
        {QLatin1StringView("operation"), operationName()},
    };
    putIfSet(json, QLatin1StringView("request"), request);
    putIfSet(json, QLatin1StringView("user_id"), userId);
    putIfSet(json, QLatin1StringView("phone_number_id"), phoneNumberId);
    putIfSet(json, QLatin1StringView("phone_number"), phoneNumber);
    putIfSet(json, QLatin1StringView("undoes"), undoes);
    if (!revokedSessionIds.isEmpty() || !failedSessionIds.isEmpty())
        json.insert(QLatin1StringView("sessions"),
                    QJsonObject{{QLatin1StringView("revoked"), QJsonArray::fromStringList(revokedSessionIds)},
                                {QLatin1StringView("failed"), QJsonArray::fromStringList(failedSessionIds)}});
    // null rather than {} says "not known" to a reader of the file.
    json.insert(QLatin1StringView("before"), before.isEmpty() ? QJsonValue() : QJsonValue(before));
    json.insert(QLatin1StringView("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after));
    QJsonObject result{{QLatin1StringView("status"), outcomeName(outcome)}};
    putIfSet(result, QLatin1StringView("code"), errorCode);
    putIfSet(result, QLatin1StringView("message"), errorMessage);
    json.insert(QLatin1StringView("outcome"), result);
    putIfSet(json, QLatin1StringView("trace_id"), traceId);
    return json;
}

Parsed<JournalEntry> JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry entry;
    entry.id = text(json, QLatin1StringView("id"));
    if (entry.id.isEmpty())
        return Parsed<JournalEntry>::failure(QStringLiteral("not a journal entry: it has no id"));
    const QString operation = text(json, QLatin1StringView("operation"));
    if (operation.isEmpty())
        return Parsed<JournalEntry>::failure(QStringLiteral("not a journal entry: it has no operation"));
    entry.operation = Journaling::fromName(operation);
    if (entry.operation == JournalOperation::Unknown)
        entry.unknownOperation = operation;
    entry.time = QDateTime::fromString(text(json, QLatin1StringView("time")), Qt::ISODateWithMs);
    if (!entry.time.isValid())
        return Parsed<JournalEntry>::failure(QStringLiteral("entry %1 has no valid time").arg(entry.id));
    entry.time = entry.time.toUTC();
    entry.source.profile = text(json, QLatin1StringView("profile"));
    const QJsonObject instance = json.value(QLatin1StringView("instance")).toObject();
    entry.source.host = text(instance, QLatin1StringView("host"));
    entry.source.keyKind = text(instance, QLatin1StringView("key_kind"));
    entry.request = text(json, QLatin1StringView("request"));
    entry.userId = text(json, QLatin1StringView("user_id"));
    entry.phoneNumberId = text(json, QLatin1StringView("phone_number_id"));
    entry.phoneNumber = text(json, QLatin1StringView("phone_number"));
    entry.undoes = text(json, QLatin1StringView("undoes"));
    const QJsonObject sessions = json.value(QLatin1StringView("sessions")).toObject();
    entry.revokedSessionIds = stringsOf(sessions, QLatin1StringView("revoked"));
    entry.failedSessionIds = stringsOf(sessions, QLatin1StringView("failed"));
    entry.before = json.value(QLatin1StringView("before")).toObject();
    entry.after = json.value(QLatin1StringView("after")).toObject();
    const QJsonObject outcome = json.value(QLatin1StringView("outcome")).toObject();
    const QString status = text(outcome, QLatin1StringView("status"));
    if (status != QLatin1StringView("done") && status != QLatin1StringView("failed"))
        return Parsed<JournalEntry>::failure(QStringLiteral("entry %1 has no outcome").arg(entry.id));
    entry.outcome = status == QLatin1StringView("done") ? Outcome::Done : Outcome::Failed;
    entry.errorCode = text(outcome, QLatin1StringView("code"));
    entry.errorMessage = text(outcome, QLatin1StringView("message"));
    entry.traceId = text(json, QLatin1StringView("trace_id"));
    return Parsed<JournalEntry>::success(std::move(entry));
}

QJsonObject JournalEntry::numberIn(const QJsonObject &user, const QString &phoneNumberId)
{
    if (phoneNumberId.isEmpty())
        return {};
    const QJsonArray numbers = user.value(QLatin1StringView("phone_numbers")).toArray();
    for (const QJsonValue &number : numbers) {
        if (number.toObject().value(QLatin1StringView("id")).toString() == phoneNumberId)
            return number.toObject();
    }
    return {};
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// A sandbox session in Clerk's Session shape, its status read at an instant.
#include "sandboxsession.h"

#include "domain/jsonwriter.h"

namespace PhoneDesk {

namespace {
using Key = QLatin1StringView;
}

QString SandboxSession::statusAt(qint64 nowMs) const
{
    if (status == QLatin1StringView("active") && expireAt <= nowMs)
        return QStringLiteral("expired");
    return status;
}

bool SandboxSession::activeAt(qint64 nowMs) const
{
    return status == QLatin1StringView("active") && expireAt > nowMs;
}

void SandboxSession::write(JsonWriter &json, qint64 nowMs) const
{
    json.beginObject();
    json.key(Key("object")).value(Key("session"));
    json.key(Key("id")).value(id);
    json.key(Key("user_id")).value(userId);
    json.key(Key("client_id")).value(clientId);
    json.key(Key("actor")).null();
    json.key(Key("status")).value(statusAt(nowMs));
    json.key(Key("last_active_organization_id")).null();
    json.key(Key("last_active_at")).value(lastActiveAt);
    json.key(Key("latest_activity"));
    json.beginObject();
    json.key(Key("object")).value(Key("session_activity"));
    json.key(Key("id")).value(activity.id);
    json.key(Key("device_type")).value(activity.deviceType);
    json.key(Key("is_mobile")).value(activity.isMobile);
    json.key(Key("browser_name")).value(activity.browserName);
    json.key(Key("browser_version")).value(activity.browserVersion);
    json.key(Key("ip_address")).value(activity.ipAddress);
    json.key(Key("city")).value(activity.city);
    json.key(Key("country")).value(activity.country);
    json.endObject();
    json.key(Key("expire_at")).value(expireAt);
    json.key(Key("abandon_at")).value(abandonAt);
    json.key(Key("updated_at")).value(updatedAt);
    json.key(Key("created_at")).value(createdAt);
    json.key(Key("tasks")).null();
    json.endObject();
}

QByteArray SandboxSession::toJson(qint64 nowMs) const
{
    JsonWriter json;
    write(json, nowMs);
    return json.take();
}

} // namespace PhoneDesk

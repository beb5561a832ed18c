// SPDX-License-Identifier: MIT
#include "verification.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "simdjsonmodel.h"

#include <QJsonDocument>

namespace PhoneDesk {

namespace {
const QLatin1StringView kOtpObject("verification_otp");
const QLatin1StringView kAdminObject("verification_admin");

// Clerk omits `object` on some payloads; the strategy tells the variant apart.
Verification::Kind inferKind(const QString &object, const QString &strategy)
{
    if (object == kOtpObject)
        return Verification::Kind::Otp;
    if (object == kAdminObject)
        return Verification::Kind::Admin;
    if (!object.isEmpty())
        return Verification::Kind::Other;
    if (strategy == QLatin1StringView("admin"))
        return Verification::Kind::Admin;
    if (strategy.endsWith(QLatin1StringView("_code")))
        return Verification::Kind::Otp;
    return Verification::Kind::Other;
}

template<typename Model>
Parsed<Verification> readVerification(const typename Model::Object &json)
{
    BasicJsonReader<Model> r(json, QStringLiteral("verification"));
    Verification v;
    const std::optional<QString> object = r.string(QLatin1StringView("object"));
    v.status = r.string(QLatin1StringView("status")).value_or(QString());
    v.strategy = r.string(QLatin1StringView("strategy")).value_or(QString());
    if (const auto attempts = r.integer(QLatin1StringView("attempts")))
        v.attempts = static_cast<int>(*attempts);
    v.expireAt = r.integer(QLatin1StringView("expire_at"));
    v.verifiedAtClient = r.string(QLatin1StringView("verified_at_client"));
    v.channel = r.string(QLatin1StringView("channel"));
    v.id = r.string(QLatin1StringView("id"));
    if (!r.ok())
        return Parsed<Verification>::failure(r.error());
    v.kind = inferKind(object.value_or(QString()), v.strategy);
    v.object = object ? *object : Verification::kindName(v.kind);
    return Parsed<Verification>::success(std::move(v));
}
} // namespace

Parsed<Verification> Verification::fromJson(const QJsonObject &json)
{
    return readVerification<QtJsonModel>(json);
}

Parsed<Verification> Verification::fromJson(const simdjson::dom::object &json)
{
    return readVerification<SimdJsonModel>(json);
}

void Verification::write(JsonWriter &json) const
{
    json.beginObject();
    json.key(QLatin1StringView("object")).value(object.isEmpty() ? kindName(kind) : object);
    json.optional(QLatin1StringView("id"), id);
    json.key(QLatin1StringView("status")).value(status);
    json.key(QLatin1StringView("strategy")).value(strategy);
    // Both are required and nullable in the spec: unknown is written as null.
    json.nullable(QLatin1StringView("attempts"), attempts);
    json.nullable(QLatin1StringView("expire_at"), expireAt);
    json.optional(QLatin1StringView("verified_at_client"), verifiedAtClient);
    // The admin variant has no channel in the spec.
    if (kind != Kind::Admin)
        json.optional(QLatin1StringView("channel"), channel);
    json.endObject();
}

QByteArray Verification::toJsonBytes() const
{
    JsonWriter json;
    write(json);
    return json.take();
}

QJsonObject Verification::toJson() const
{
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

Verification::Status Verification::statusKind() const
{
    if (status == QLatin1StringView("verified"))
        return Status::Verified;
    if (status == QLatin1StringView("unverified"))
        return Status::Unverified;
    if (status == QLatin1StringView("failed"))
        return Status::Failed;
    if (status == QLatin1StringView("expired"))
        return Status::Expired;
    return Status::Other;
}

bool Verification::isExpiredAt(qint64 nowMs) const
{
    const Status s = statusKind();
    if (s == Status::Expired)
        return true;
    return s == Status::Unverified && expireAt && *expireAt <= nowMs;
}

QString Verification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Otp: return kOtpObject;
    case Kind::Admin: return kAdminObject;
    case Kind::Other: break;
    }
    return {};
}

Verification Verification::admin()
{
    Verification v;
    v.kind = Kind::Admin;
    v.object = kAdminObject;
    v.status = QStringLiteral("verified");
    v.strategy = QStringLiteral("admin");
    return v;
}

Verification Verification::phoneCode(const QString &status, int attempts, qint64 expireAt, const QString &channel)
{
    Verification v;
    v.kind = Kind::Otp;
    v.object = kOtpObject;
    v.status = status;
    v.strategy = QStringLiteral("phone_code");
    v.attempts = attempts;
    v.expireAt = expireAt;
    v.channel = channel;
    return v;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "verification.h"

#include "jsonreader.h"

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
} // namespace

Parsed<Verification> Verification::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("verification"));
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
    v.object = object ? *object : kindName(v.kind);
    return Parsed<Verification>::success(std::move(v));
}

QJsonObject Verification::toJson() const
{
    QJsonObject json{
        {QStringLiteral("object"), object.isEmpty() ? kindName(kind) : object},
        {QStringLiteral("status"), status},
        {QStringLiteral("strategy"), strategy},
        // Both are required and nullable in the spec: unknown is written as null.
        {QStringLiteral("attempts"), attempts ? QJsonValue(*attempts) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("expire_at"),
         expireAt ? QJsonValue(static_cast<double>(*expireAt)) : QJsonValue(QJsonValue::Null)},
    };
    if (verifiedAtClient)
        json.insert(QStringLiteral("verified_at_client"), *verifiedAtClient);
    // The admin variant has no channel in the spec.
    if (channel && kind != Kind::Admin)
        json.insert(QStringLiteral("channel"), *channel);
    if (id)
        json.insert(QStringLiteral("id"), *id);
    return json;
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

} // namespace PhoneDesk

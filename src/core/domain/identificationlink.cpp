// SPDX-License-Identifier: MIT
#include "identificationlink.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "simdjsonmodel.h"

#include <QHash>

namespace PhoneDesk {

namespace {
template<typename Model>
Parsed<IdentificationLink> readLink(const typename Model::Object &json)
{
    BasicJsonReader<Model> r(json, QStringLiteral("identification link"));
    IdentificationLink link;
    link.type = r.requiredString(QLatin1StringView("type"));
    link.id = r.requiredString(QLatin1StringView("id"));
    if (!r.ok())
        return Parsed<IdentificationLink>::failure(r.error());
    return Parsed<IdentificationLink>::success(std::move(link));
}
} // namespace

Parsed<IdentificationLink> IdentificationLink::fromJson(const QJsonObject &json)
{
    return readLink<QtJsonModel>(json);
}

Parsed<IdentificationLink> IdentificationLink::fromJson(const simdjson::dom::object &json)
{
    return readLink<SimdJsonModel>(json);
}

QJsonObject IdentificationLink::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

void IdentificationLink::write(JsonWriter &json) const
{
    json.beginObject();
    json.key(QLatin1StringView("type")).value(type);
    json.key(QLatin1StringView("id")).value(id);
    json.endObject();
}

QString IdentificationLink::providerName() const
{
    // Brands spell their names their own way; capitalising the id would say "Github".
    static const QHash<QString, QString> brands{
        {QStringLiteral("github"), QStringLiteral("GitHub")},
        {QStringLiteral("gitlab"), QStringLiteral("GitLab")},
        {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("linkedin_oidc"), QStringLiteral("LinkedIn")},
        {QStringLiteral("tiktok"), QStringLiteral("TikTok")},
        {QStringLiteral("x"), QStringLiteral("X")},
        {QStringLiteral("hubspot"), QStringLiteral("HubSpot")},
        {QStringLiteral("box"), QStringLiteral("Box")},
        {QStringLiteral("xero"), QStringLiteral("Xero")},
        {QStringLiteral("huggingface"), QStringLiteral("Hugging Face")},
        {QStringLiteral("microsoft"), QStringLiteral("Microsoft")},
        {QStringLiteral("saml"), QStringLiteral("SAML")},
    };
    QString name = type;
    if (name.startsWith(QLatin1StringView("oauth_")))
        name = name.mid(6);
    if (const auto brand = brands.constFind(name); brand != brands.cend())
        return *brand;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace PhoneDesk

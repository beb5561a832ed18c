// SPDX-License-Identifier: MIT
// The SMS country blocklist: reading it from the command line and from PATCH, and asking it.
#include "sandboxcommunication.h"

#include "domain/jsonwriter.h"
#include "phone/phonenumberinfo.h"
#include "phone/phoneregion.h"
#include "sandboxrequestbody.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PhoneDesk {

namespace {
const QLatin1StringView kField("blocked_country_codes");

bool hasCodeShape(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    return shape.match(code).hasMatch();
}
} // namespace

bool SandboxCommunication::isKnownCountry(const QString &code)
{
    static const QSet<QString> known = [] {
        QSet<QString> codes;
        for (const PhoneRegion &region : PhoneRegion::all())
            codes.insert(region.code);
        return codes;
    }();
    return known.contains(code);
}

std::optional<QString> SandboxCommunication::checkCountries(const QStringList &codes)
{
    if (codes.size() > kMaxCountries)
        return QStringLiteral("at most %1 country codes, not %2").arg(kMaxCountries).arg(codes.size());
    QSet<QString> seen;
    for (const QString &code : codes) {
        if (!hasCodeShape(code))
            return QStringLiteral("\"%1\" is not a country code: two capital letters, as in BR or IN").arg(code);
        if (!isKnownCountry(code))
            return QStringLiteral("\"%1\" is no country with phone numbers (ISO 3166-1 alpha-2, as libphonenumber knows them)").arg(code);
        if (seen.contains(code))
            return QStringLiteral("\"%1\" is given twice").arg(code);
        seen.insert(code);
    }
    return std::nullopt;
}

std::optional<QString> SandboxCommunication::readCountryList(const QString &text, QStringList *codes)
{
    QStringList read;
    if (!text.isEmpty()) {
        for (const QString &part : text.split(QLatin1Char(',')))
            read.append(part.trimmed());
    }
    if (std::optional<QString> problem = checkCountries(read))
        return problem;
    *codes = read;
    return std::nullopt;
}

void SandboxCommunication::setBlockedCountries(const QStringList &codes)
{
    QStringList kept;
    for (const QString &code : codes) {
        if (isKnownCountry(code) && !kept.contains(code))
            kept.append(code);
    }
    std::sort(kept.begin(), kept.end());
    m_blocked = kept;
}

QByteArray SandboxCommunication::json() const
{
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1StringView("object")).value(QLatin1StringView("instance_communication"));
    json.key(kField);
    json.beginArray();
    for (const QString &code : m_blocked)
        json.value(code);
    json.endArray();
    json.endObject();
    return json.take();
}

SandboxReply SandboxCommunication::update(const QByteArray &rawBody, SandboxIds &ids)
{
    SandboxRequestBody body;
    if (auto bad = SandboxRequestBody::read(rawBody, ids, &body))
        return *bad;
    // The body's schema allows no other field.
    for (const QString &key : body.object().keys()) {
        if (key != kField)
            return SandboxReply::error(ids, 422, QStringLiteral("form_param_unknown"), QStringLiteral("is unknown"),
                                       QStringLiteral("%1 is not a parameter of PATCH /instance/communication").arg(key), key);
    }
    const QJsonValue given = body.value("blocked_country_codes");
    // "Omitting blocked_country_codes is a no-op"; null, which the schema allows, is read the same.
    if (given.isUndefined() || given.isNull())
        return SandboxReply::json(json());
    const auto refuse = [&](const char *code, const QString &why) {
        return SandboxReply::error(ids, 422, QString::fromLatin1(code), QStringLiteral("is invalid"), why, kField);
    };
    if (!given.isArray())
        return refuse("form_param_format_invalid", QStringLiteral("blocked_country_codes must be an array of country codes"));
    const QJsonArray array = given.toArray();
    if (array.size() > kMaxCountries)
        return refuse("form_param_value_invalid", QStringLiteral("blocked_country_codes takes at most %1 country codes").arg(kMaxCountries));
    QStringList codes;
    for (const QJsonValue &entry : array) {
        if (!entry.isString() || !hasCodeShape(entry.toString()))
            return refuse("form_param_format_invalid",
                          QStringLiteral("blocked_country_codes must hold uppercase two-letter country codes (^[A-Z]{2}$)"));
        if (codes.contains(entry.toString()))
            return refuse("form_param_value_invalid",
                          QStringLiteral("blocked_country_codes holds %1 twice; each code must be unique").arg(entry.toString()));
        codes.append(entry.toString());
    }
    // Codes that are no country are "silently dropped from the persisted list".
    setBlockedCountries(codes);
    return SandboxReply::json(json());
}

QString SandboxCommunication::blockedCountryOf(const QString &number) const
{
    if (m_blocked.isEmpty())
        return {};
    const PhoneNumberInfo info = PhoneNumberInfo::of(number, PhoneNumberInfo::Formats::None);
    return info.valid && m_blocked.contains(info.regionCode) ? info.regionCode : QString();
}

} // namespace PhoneDesk

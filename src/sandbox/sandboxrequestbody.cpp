// SPDX-License-Identifier: MIT
// Reading and checking the JSON bodies of the sandbox's changing requests.
#include "sandboxrequestbody.h"

#include "sandboxids.h"

#include <QJsonDocument>

namespace PhoneDesk {

std::optional<SandboxReply> SandboxRequestBody::read(const QByteArray &raw, SandboxIds &ids, SandboxRequestBody *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.isEmpty() ? QByteArrayLiteral("{}") : raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SandboxReply::error(ids, 400, QStringLiteral("malformed_request"), QStringLiteral("malformed request"),
                                   QStringLiteral("The request body is not a JSON object."));
    out->m_object = doc.object();
    return std::nullopt;
}

std::optional<SandboxReply> SandboxRequestBody::require(std::initializer_list<const char *> keys, SandboxIds &ids) const
{
    for (const char *key : keys) {
        if (!value(key).isString() || value(key).toString().isEmpty())
            return SandboxReply::error(ids, 422, QStringLiteral("form_param_missing"), QStringLiteral("missing required parameter"),
                                       QStringLiteral("%1 must be included.").arg(QLatin1StringView(key)), QString::fromLatin1(key));
    }
    return std::nullopt;
}

std::optional<SandboxReply> SandboxRequestBody::flag(const char *key, SandboxIds &ids, std::optional<bool> *out) const
{
    const QJsonValue flag = value(key);
    if (flag.isBool())
        *out = flag.toBool();
    else if (!flag.isUndefined() && !flag.isNull())
        return SandboxReply::error(ids, 422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"),
                                   QStringLiteral("%1 must be a boolean").arg(QLatin1StringView(key)), QString::fromLatin1(key));
    return std::nullopt;
}

} // namespace PhoneDesk

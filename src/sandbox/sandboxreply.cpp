// SPDX-License-Identifier: MIT
// The answers of the sandbox in Clerk's shapes: a JSON body, or Clerk's error object.
#include "sandboxreply.h"

#include "sandboxids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk {

SandboxReply SandboxReply::json(QByteArray body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

SandboxReply SandboxReply::error(SandboxIds &ids, int status, const QString &code, const QString &message,
                                 const QString &longMessage, const QString &paramName)
{
    QJsonObject entry{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("long_message"), longMessage}};
    if (!paramName.isEmpty())
        entry.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("param_name"), paramName}});
    SandboxReply reply;
    reply.status = status;
    reply.traceId = ids.traceId();
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{entry}},
                                           {QStringLiteral("clerk_trace_id"), reply.traceId}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::notFound(SandboxIds &ids, const QString &what)
{
    return error(ids, 404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                 QStringLiteral("%1 not found").arg(what));
}

} // namespace PhoneDesk

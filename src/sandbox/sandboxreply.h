// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace PhoneDesk {

class SandboxIds;

// One answer of the sandbox, before it goes on the wire.
struct SandboxReply
{
    int status = 200;
    QByteArray body; // JSON
    QString traceId; // set on errors, as Clerk does
    std::optional<int> retryAfterSeconds;
    // Rows an offset walked past to reach the page: the server holds the answer back by their
    // cost (SandboxFaults::offsetCostUs), as deep offsets are slow at Clerk.
    qint64 skippedRows = 0;

    [[nodiscard]] static SandboxReply json(QByteArray body, int status = 200);
    // Clerk's error answer, {"errors":[…],"clerk_trace_id":…}, with a trace id drawn from `ids`.
    [[nodiscard]] static SandboxReply error(SandboxIds &ids, int status, const QString &code, const QString &message,
                                            const QString &longMessage, const QString &paramName = {});
    // Clerk's 404 for a resource that does not exist: "`what` not found".
    [[nodiscard]] static SandboxReply notFound(SandboxIds &ids, const QString &what);
};

// Decoded query parameters in order; repeated keys stay repeated.
using QueryItems = QList<QPair<QString, QString>>;

} // namespace PhoneDesk

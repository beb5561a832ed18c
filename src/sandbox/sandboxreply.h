// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace PhoneDesk {

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
};

// Decoded query parameters in order; repeated keys stay repeated.
using QueryItems = QList<QPair<QString, QString>>;

} // namespace PhoneDesk

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

    [[nodiscard]] static SandboxReply json(QByteArray body, int status = 200);
};

// Decoded query parameters in order; repeated keys stay repeated.
using QueryItems = QList<QPair<QString, QString>>;

} // namespace PhoneDesk

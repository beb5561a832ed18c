// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace PhoneDesk {

// One request of the Backend API as ClerkClient sends it: verb, path, query and body. Each
// operation's request is defined once (clerkclientrequests.cpp) for its typed and raw answers.
struct ClerkRequest
{
    QByteArray verb;
    QString path; // below the base URL, e.g. "/users"
    QList<QPair<QString, QString>> query;
    QByteArray body; // JSON; empty for an operation that declares no request body

    // "GET /users (after user_2x…)": a page is named by where it starts, so a failure says which.
    [[nodiscard]] QString label() const
    {
        const QString base = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), path);
        for (const auto &[key, value] : query) {
            if (key == QLatin1StringView("offset"))
                return QStringLiteral("%1 (offset %2)").arg(base, value);
            if (key == QLatin1StringView("starting_after"))
                return QStringLiteral("%1 (after %2)").arg(base, value);
        }
        return base;
    }
};

} // namespace PhoneDesk

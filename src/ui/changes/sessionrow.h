// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "domain/session.h"

#include <QVariantMap>

#include <optional>

namespace PhoneDesk {

// One session as the Sign out everywhere dialog lists it: where and on what it was last used, and
// what became of it. A QVariantMap for QML with id, device ("iPhone, mobile"), browser ("Safari
// 17"), place ("Manchester, GB"), ipAddress, lastActiveAt and createdAt (dates or undefined),
// status as the server sent it, outcome ("active" before the sign-out, then "revoked" or
// "failed") and problem (why it failed).
class SessionRow
{
public:
    [[nodiscard]] static QVariantMap listed(const Session &session);
    [[nodiscard]] static QVariantMap revoked(const Session &session);
    [[nodiscard]] static QVariantMap failed(const Session &session, const std::optional<ApiError> &error);
};

} // namespace PhoneDesk

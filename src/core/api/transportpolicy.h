// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QString>
#include <QUrl>

namespace PhoneDesk {

// Where PhoneDesk may send a secret key: the one place that decides it, for the window, the
// CLI and ClerkClient itself. HTTPS everywhere; plain http only to this machine (the sandbox).
// TLS errors are never ignored anywhere: no code calls ignoreSslErrors().
class TransportPolicy
{
public:
    // Why the secret key must not be sent to `url`, or an empty string when it may: only http(s)
    // URLs with a host, and plain http only to a loopback host. Decided before any connection.
    [[nodiscard]] static QString problemWith(const QUrl &url, ApiError::Words words = ApiError::Words::English);
    // localhost, 127.0.0.0/8 or ::1.
    [[nodiscard]] static bool isLoopbackHost(const QString &host);
};

} // namespace PhoneDesk

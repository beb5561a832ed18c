// SPDX-License-Identifier: MIT
#include "connection.h"

#include "api/clerkclient.h"

namespace PhoneDesk {

std::optional<Connection> Connection::fromEnvironment()
{
    const QString key = qEnvironmentVariable("CLERK_SECRET_KEY").trimmed();
    if (key.isEmpty())
        return std::nullopt;
    const QString url = qEnvironmentVariable("CLERK_API_URL").trimmed();
    Connection connection;
    connection.apiUrl = url.isEmpty() ? ClerkClient::defaultBaseUrl() : QUrl(url, QUrl::StrictMode);
    connection.secretKey = key;
    return connection;
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "transportpolicy.h"

#include <QHostAddress>

namespace PhoneDesk {

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TransportPolicy::problemWith(const QUrl &url, ApiError::Words words)
{
    const auto say = [words](const char *phrase) { return ApiError::inWords("TransportPolicy", phrase, words); };
    if (!url.isValid() || url.host().isEmpty())
        return say(QT_TRANSLATE_NOOP("TransportPolicy", "the API URL \"%1\" is not a URL with a host"))
            .arg(url.toDisplayString());
    const QString scheme = url.scheme();
    if (scheme == QLatin1StringView("https"))
        return {};
    if (scheme != QLatin1StringView("http"))
        return say(QT_TRANSLATE_NOOP("TransportPolicy",
                                     "the API URL must start with https:// (or http:// for this machine), not \"%1\""))
            .arg(url.toDisplayString());
    if (!isLoopbackHost(url.host()))
        return say(QT_TRANSLATE_NOOP("TransportPolicy", "refusing to send the secret key over plain http to %1; use https"))
            .arg(url.host());
    return {};
}

} // namespace PhoneDesk

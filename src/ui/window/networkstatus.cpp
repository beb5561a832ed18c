// SPDX-License-Identifier: MIT
#include "networkstatus.h"

#include "api/clerkclient.h"
#include "api/requestpacer.h"

#include <QLocale>

namespace PhoneDesk {

NetworkStatus::NetworkStatus(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(250); // a quarter second, so that the shown second never lags by one
    connect(&m_tick, &QTimer::timeout, this, &NetworkStatus::update);
}

void NetworkStatus::watch(ClerkClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    connect(client, &ClerkClient::retrying, this,
            [this](const ApiError &reason, int attempt, int) { takeRetry(reason, attempt); });
    connect(client, &ClerkClient::answered, this, [this] {
        if (m_retry.isEmpty())
            return;
        m_retry.clear();
        update();
    });
    connect(client->pacer(), &RequestPacer::holdChanged, this, &NetworkStatus::takeHold);
    update();
}

void NetworkStatus::takeRetry(const ApiError &reason, int attempt)
{
    const QString why = reason.isTransport() ? ApiError::transportName(reason.transport)
                                             : QStringLiteral("HTTP %1").arg(reason.httpStatus);
    //: %1 is the request ("GET /users"), %2 why it failed ("HTTP 503", a network error), %3 the attempt's number
    m_retry = tr("%1: %2; trying again (attempt %3)").arg(reason.request, why, QLocale().toString(attempt));
    update();
}

void NetworkStatus::takeHold()
{
    if (m_client && m_client->pacer()->holding())
        m_tick.start();
    update();
}

int NetworkStatus::waitSeconds() const
{
    if (!m_client || !m_client->pacer()->holding())
        return 0;
    return int((m_client->pacer()->holdRemainingMs() + 999) / 1000);
}

QString NetworkStatus::text() const
{
    return m_shown;
}

void NetworkStatus::update()
{
    const int wait = waitSeconds();
    if (wait == 0)
        m_tick.stop();
    const QString now = wait > 0 ? tr("Clerk is rate limiting: next request in %1 s").arg(QLocale().toString(wait)) : m_retry;
    if (now == m_shown)
        return;
    m_shown = now;
    Q_EMIT textChanged();
}

} // namespace PhoneDesk

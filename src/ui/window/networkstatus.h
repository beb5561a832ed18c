// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace PhoneDesk {

class ClerkClient;

// What the client is going through on the way to the server, in one line for the status bar:
// a rate-limit wait as a live countdown ("Clerk is rate limiting: next request in 7 s"), or the
// retry under way; empty when all is well. A retry's line stays until a call gets an answer.
class NetworkStatus : public QObject
{
    Q_OBJECT

public:
    explicit NetworkStatus(QObject *parent = nullptr);

    void watch(ClerkClient *client);
    [[nodiscard]] QString text() const;
    // Whole seconds left of a rate-limit wait; 0 when none.
    [[nodiscard]] int waitSeconds() const;

Q_SIGNALS:
    void textChanged();

private:
    void takeRetry(const ApiError &reason, int attempt);
    void takeHold();
    void update();

    QPointer<ClerkClient> m_client;
    QString m_retry;
    QString m_shown;
    QTimer m_tick; // the countdown, once a second while a wait lasts
};

} // namespace PhoneDesk

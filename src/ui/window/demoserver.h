// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace PhoneDesk {

// The built-in demo's server as the workspace sees it: somewhere to connect to, and what the
// demo customer's phone shows. The window's program hands one in (app/sandboxdemoserver.h
// runs phonedesk-sandbox's server in process), so that the window's library knows no server.
class DemoServer
{
public:
    struct Options
    {
        int users = 300;
        quint64 seed = 1;
        // Users in the states the instance audit finds, for the audit view's demo and tests.
        bool plantAuditCases = false;
        // Users in each state the sign-in check reports, and SMS blocked to Brazil and India,
        // for the window's demo of the sign-in check.
        bool plantSignInCases = false;
    };
    // Starts a demo server; null and `error` says why when it could not start.
    using Starter = std::function<std::unique_ptr<DemoServer>(const Options &options, QString *error)>;

    virtual ~DemoServer() = default;
    [[nodiscard]] virtual QUrl baseUrl() const = 0;
    [[nodiscard]] virtual QString secretKey() const = 0;
    // The code the demo customer's phone shows for this verification; empty when none was sent.
    [[nodiscard]] virtual QString sentCode(const QString &verificationId) const = 0;
    // Wrong codes a verification takes before it fails.
    [[nodiscard]] virtual int codeAttemptLimit() const = 0;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "ui/window/demoserver.h"
#include "ui/window/workspace.h"

#include <memory>

namespace PhoneDesk {

class Sandbox;

// The window's demo: phonedesk-sandbox's server, run in this process on its own thread, as the
// workspace's DemoServer. Here, where the programs put the layers together, so that neither the
// window's library nor the sandbox knows the other.
class SandboxDemoServer : public DemoServer
{
public:
    explicit SandboxDemoServer(std::unique_ptr<Sandbox> sandbox);
    ~SandboxDemoServer() override;

    // Starts one; null and `error` says why when it could not start.
    static std::unique_ptr<DemoServer> start(const Options &options, QString *error);

    [[nodiscard]] QUrl baseUrl() const override;
    [[nodiscard]] QString secretKey() const override;
    [[nodiscard]] QString sentCode(const QString &verificationId) const override;
    [[nodiscard]] int codeAttemptLimit() const override;
    // The server itself, for tests that inject its faults.
    [[nodiscard]] Sandbox &sandbox() { return *m_sandbox; }

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

// A workspace on a new demo sandbox, which also starts again on it from the connection dialog's
// "Try the demo" (with the sign-in cases when these have them); null and `error` says why when
// the sandbox could not start.
[[nodiscard]] std::unique_ptr<Workspace> demoWorkspace(int users, quint64 seed, QString *error = nullptr,
                                                       bool plantAuditCases = false, bool plantSignInCases = false);
// The demo sandbox the workspace is on; null when it is on another instance.
[[nodiscard]] Sandbox *demoSandboxOf(Workspace &workspace);

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "sandboxdemoserver.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

namespace PhoneDesk {

SandboxDemoServer::SandboxDemoServer(std::unique_ptr<Sandbox> sandbox)
    : m_sandbox(std::move(sandbox))
{
}

SandboxDemoServer::~SandboxDemoServer() = default;

std::unique_ptr<DemoServer> SandboxDemoServer::start(const Options &options, QString *error)
{
    auto sandbox = std::make_unique<Sandbox>();
    Sandbox::Options start;
    start.users = options.users;
    start.seed = options.seed;
    start.plantAuditCases = options.plantAuditCases;
    start.plantSignInCases = options.plantSignInCases;
    // The blocklist that makes the planted Brazilian number a finding (docs/sandbox.md).
    if (options.plantSignInCases)
        start.smsBlockedCountries = {QStringLiteral("BR"), QStringLiteral("IN")};
    if (!sandbox->start(start, error))
        return nullptr;
    return std::make_unique<SandboxDemoServer>(std::move(sandbox));
}

QUrl SandboxDemoServer::baseUrl() const
{
    return m_sandbox->baseUrl();
}

QString SandboxDemoServer::secretKey() const
{
    return m_sandbox->secretKey();
}

QString SandboxDemoServer::sentCode(const QString &verificationId) const
{
    // The store serves requests on the sandbox's thread; its calls lock its mutex, so reading
    // from the GUI thread is safe.
    return m_sandbox->store().sentCode(verificationId);
}

int SandboxDemoServer::codeAttemptLimit() const
{
    return SandboxStore::kMaxCodeAttempts;
}

std::unique_ptr<Workspace> demoWorkspace(int users, quint64 seed, QString *error, bool plantAuditCases, bool plantSignInCases)
{
    const DemoServer::Options options{users, seed, plantAuditCases, plantSignInCases};
    std::unique_ptr<DemoServer> demo = SandboxDemoServer::start(options, error);
    if (!demo)
        return nullptr;
    auto workspace = std::make_unique<Workspace>(std::move(demo));
    workspace->setDemoStarter(&SandboxDemoServer::start, {users, seed, false, plantSignInCases});
    return workspace;
}

Sandbox *demoSandboxOf(Workspace &workspace)
{
    auto *demo = dynamic_cast<SandboxDemoServer *>(workspace.demoServer());
    return demo ? &demo->sandbox() : nullptr;
}

} // namespace PhoneDesk

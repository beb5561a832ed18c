// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace PhoneDesk {

// Keys in the system keychain through QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows; service "PhoneDesk", one entry per profile id. QtKeychain's
// insecure fallback (a plain settings file) stays off: without a keychain, nothing is stored
// and state() says Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *kService = "PhoneDesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    void probe() override;
    [[nodiscard]] bool persistent() const override { return true; }

private:
    // Starts `job` and answers its outcome; `missingIsOk` for deletes and probes.
    void run(QKeychain::Job *job, QObject *context, Callback done, bool missingIsOk);
    [[nodiscard]] SecretResult resultOf(QKeychain::Job *job, bool missingIsOk);
};

} // namespace PhoneDesk

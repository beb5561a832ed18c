// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QHash>

namespace PhoneDesk {

// Keys for this session only, in memory: the choice when no keychain is reachable, and the
// store of tests. Always available; answers asynchronously like the keychain does.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    // The keys of this session, shared by every connection dialog; gone with the application.
    [[nodiscard]] static MemorySecretStore *session();

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    void probe() override;
    [[nodiscard]] bool persistent() const override { return false; }

    [[nodiscard]] bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }

private:
    static void answer(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QPointer>

namespace PhoneDesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
    setState(State::Available);
}

MemorySecretStore *MemorySecretStore::session()
{
    static QPointer<MemorySecretStore> store;
    if (!store)
        store = new MemorySecretStore(QCoreApplication::instance());
    return store;
}

void MemorySecretStore::answer(QObject *context, Callback done, const SecretResult &result)
{
    // Queued, so that callers never see a re-entrant callback: the same as the keychain.
    QMetaObject::invokeMethod(context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &profileId, QObject *context, Callback done)
{
    SecretResult result;
    if (const auto it = m_secrets.constFind(profileId); it != m_secrets.cend()) {
        result.secret = *it;
    } else {
        result.outcome = SecretResult::Outcome::NotFound;
        result.message = QStringLiteral("no key was given for this profile in this session");
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    m_secrets.insert(profileId, secret);
    answer(context, std::move(done), SecretResult{});
}

void MemorySecretStore::remove(const QString &profileId, QObject *context, Callback done)
{
    m_secrets.remove(profileId);
    answer(context, std::move(done), SecretResult{});
}

void MemorySecretStore::probe()
{
}

} // namespace PhoneDesk

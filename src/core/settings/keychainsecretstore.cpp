// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcKeychain, "phonedesk.keychain", QtInfoMsg)

namespace PhoneDesk {

namespace {
const QString kProbeEntry = QStringLiteral("phonedesk-availability-check");

// A job belongs to the application, not to the store that started it: deleting a job while the
// keychain still works on it leaves QtKeychain's libsecret backend a dangling job to answer, and
// stores come and go with the connection dialog's lists. A job deletes itself once finished
// (autoDelete); one still running when the application ends goes with it.
template<typename J>
J *newJob(const QString &profileId)
{
    auto *job = new J(QString::fromLatin1(KeychainSecretStore::kService), QCoreApplication::instance());
    // A plain-text settings file is no place for a secret key.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profileId);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretResult KeychainSecretStore::resultOf(QKeychain::Job *job, bool missingIsOk)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        setState(State::Available);
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.secret = reader->textData();
        return result;
    case QKeychain::EntryNotFound:
        setState(State::Available);
        if (!missingIsOk) {
            result.outcome = SecretResult::Outcome::NotFound;
            result.message = tr("no key is stored in the system keychain for this profile");
        }
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: {
        // On Linux without a Secret Service (no D-Bus session, no keyring daemon) jobs end here.
        //: %1 is the keychain's own reason
        const QString problem = tr("No system keychain is reachable (%1).").arg(job->errorString());
        setState(State::Unavailable, problem);
        result.outcome = SecretResult::Outcome::Unavailable;
        result.message = problem;
        return result;
    }
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    setState(State::Available);
    result.outcome = SecretResult::Outcome::Failed;
    result.message = tr("The system keychain refused: %1").arg(job->errorString());
    return result;
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done, bool missingIsOk)
{
    // Through this store first, so that the state is updated even when the context is gone.
    connect(job, &QKeychain::Job::finished, this, [this, job, missingIsOk, context = QPointer<QObject>(context),
                                                   done = std::move(done)] {
        const SecretResult result = resultOf(job, missingIsOk);
        qCDebug(lcKeychain) << "keychain job for" << job->key() << "ended with error" << job->error();
        if (context && done)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::read(const QString &profileId, QObject *context, Callback done)
{
    run(newJob<QKeychain::ReadPasswordJob>(profileId), context, std::move(done), false);
}

void KeychainSecretStore::write(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(profileId);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &profileId, QObject *context, Callback done)
{
    run(newJob<QKeychain::DeletePasswordJob>(profileId), context, std::move(done), true);
}

void KeychainSecretStore::probe()
{
    run(newJob<QKeychain::ReadPasswordJob>(kProbeEntry), this, {}, true);
}

} // namespace PhoneDesk

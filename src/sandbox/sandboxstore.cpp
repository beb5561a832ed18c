// SPDX-License-Identifier: MIT
// The sandbox instance's state, lock and clock; each request is handed to the class of its
// concern under the lock.
#include "sandboxstore.h"

#include "demodatagenerator.h"
#include "sandboxlisting.h"
#include "phone/phoneregion.h"
#include "sandboxphonechanges.h"
#include "sandboxsessionrequests.h"
#include "sandboxuserchanges.h"

#include <QDateTime>
#include <QMutexLocker>

namespace PhoneDesk {

SandboxStore::SandboxStore(const Options &options)
    : m_ids(options.seed * 7919 + 17)
    , m_fixedNow(options.nowMs)
{
    DemoDataGenerator generator(options.seed, nowLocked());
    QList<SandboxUser> users = generator.generate(options.users);
    m_auditCases = SandboxAuditCases(generator.legacyPhoneIds());
    m_sharedCreatedAt = DemoDataGenerator::shareOneCreatedAt(users, options.sameCreatedAt);
    m_users = SandboxUsers(std::move(users), nowLocked());
    // Sessions are made from the same instant as the users, whenever they are first asked for.
    m_sessions = SandboxSessions(options.seed, nowLocked());
    m_communication.setBlockedCountries(options.smsBlockedCountries);
    if (options.plantAuditCases)
        plantAuditCases();
    if (options.plantSignInCases)
        plantSignInCases();
}

qint64 SandboxStore::nowLocked() const
{
    return (m_fixedNow ? m_fixedNow : QDateTime::currentMSecsSinceEpoch()) + m_clockOffset;
}

qint64 SandboxStore::now() const
{
    QMutexLocker lock(&m_mutex);
    return nowLocked();
}

void SandboxStore::advanceClock(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockOffset += milliseconds;
}

int SandboxStore::userCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_users.size();
}

std::optional<qint64> SandboxStore::sharedCreatedAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_sharedCreatedAt;
}

QString SandboxStore::sentCode(const QString &verificationId) const
{
    QMutexLocker lock(&m_mutex);
    return m_codes.sentCode(verificationId);
}

SandboxReply SandboxStore::error(int status, const QString &code, const QString &message, const QString &longMessage,
                                 const QString &paramName)
{
    QMutexLocker lock(&m_mutex);
    return SandboxReply::error(m_ids, status, code, message, longMessage, paramName);
}

// ---- reading ------------------------------------------------------------------------------

SandboxReply SandboxStore::listUsers(const QueryItems &query)
{
    QMutexLocker lock(&m_mutex);
    return SandboxListing(m_users, m_ids, nowLocked()).list(query);
}

SandboxReply SandboxStore::countUsers(const QueryItems &query)
{
    QMutexLocker lock(&m_mutex);
    return SandboxListing(m_users, m_ids, nowLocked()).count(query);
}

SandboxReply SandboxStore::getUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const SandboxUser *user = m_users.find(userId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("User"));
    return SandboxReply::json(user->json(nowLocked()));
}

SandboxReply SandboxStore::getPhoneNumber(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    const SandboxUser *user = m_users.ownerOf(phoneId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("Phone number"));
    return SandboxReply::json(user->phones.at(user->phoneIndex(phoneId)).toJsonBytes());
}

// ---- changes ------------------------------------------------------------------------------

SandboxReply SandboxStore::createPhoneNumber(const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    return SandboxPhoneChanges(m_users, m_codes, m_ids, nowLocked()).create(body);
}

SandboxReply SandboxStore::updatePhoneNumber(const QString &phoneId, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    return SandboxPhoneChanges(m_users, m_codes, m_ids, nowLocked()).update(phoneId, body);
}

SandboxReply SandboxStore::deletePhoneNumber(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxPhoneChanges(m_users, m_codes, m_ids, nowLocked()).remove(phoneId);
}

SandboxReply SandboxStore::replaceUserPhoneNumber(const QString &userId, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    return SandboxPhoneChanges(m_users, m_codes, m_ids, nowLocked()).replaceAll(userId, body);
}

SandboxReply SandboxStore::disableMfa(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxPhoneChanges(m_users, m_codes, m_ids, nowLocked()).disableMfa(userId);
}

SandboxReply SandboxStore::lockUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).lock(userId);
}

SandboxReply SandboxStore::unlockUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).unlock(userId);
}

SandboxReply SandboxStore::banUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).ban(userId);
}

SandboxReply SandboxStore::unbanUser(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).unban(userId);
}

SandboxReply SandboxStore::deleteTotp(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).deleteTotp(userId);
}

SandboxReply SandboxStore::deleteBackupCodes(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxUserChanges(m_users, m_sessions, m_ids, nowLocked()).deleteBackupCodes(userId);
}

// ---- sessions and the instance ------------------------------------------------------------

SandboxReply SandboxStore::listSessions(const QueryItems &query)
{
    QMutexLocker lock(&m_mutex);
    return SandboxSessionRequests(m_users, m_sessions, m_ids, nowLocked()).list(query);
}

SandboxReply SandboxStore::getSession(const QString &sessionId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxSessionRequests(m_users, m_sessions, m_ids, nowLocked()).get(sessionId);
}

SandboxReply SandboxStore::revokeSession(const QString &sessionId)
{
    QMutexLocker lock(&m_mutex);
    return SandboxSessionRequests(m_users, m_sessions, m_ids, nowLocked()).revoke(sessionId);
}

SandboxReply SandboxStore::getCommunication()
{
    QMutexLocker lock(&m_mutex);
    return SandboxReply::json(m_communication.json());
}

SandboxReply SandboxStore::updateCommunication(const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    return m_communication.update(body, m_ids);
}

QStringList SandboxStore::smsBlockedCountries() const
{
    QMutexLocker lock(&m_mutex);
    return m_communication.blockedCountries();
}

// ---- verification codes -------------------------------------------------------------------

SandboxReply SandboxStore::prepareVerification(const QString &phoneId)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = m_users.ownerOf(phoneId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("Phone number"));
    // Refused before anything is drawn or changed: no code, no verification, no attempt.
    const QString &number = user->phones.at(user->phoneIndex(phoneId)).phoneNumber;
    if (const QString country = m_communication.blockedCountryOf(number); !country.isEmpty())
        return SandboxReply::error(m_ids, 403, QStringLiteral("sms_country_blocked"), QStringLiteral("SMS blocked for this country"),
                                   QStringLiteral("SMS to %1 (%2) is blocked on this instance (GET /instance/communication), so no "
                                                  "code was sent to %3.")
                                       .arg(PhoneRegion::countryNameOf(country), country, number));
    return m_codes.prepare(*user, phoneId, m_ids, nowLocked());
}

SandboxReply SandboxStore::attemptVerification(const QString &phoneId, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    SandboxUser *user = m_users.ownerOf(phoneId);
    if (!user)
        return SandboxReply::notFound(m_ids, QStringLiteral("Phone number"));
    return m_codes.attempt(*user, phoneId, body, m_ids, nowLocked());
}

// ---- audit oracle -------------------------------------------------------------------------

void SandboxStore::plantAuditCases()
{
    QMutexLocker lock(&m_mutex);
    m_auditCases.plant(m_users, m_ids, nowLocked());
}

QList<SandboxStore::AuditCase> SandboxStore::auditCases() const
{
    QMutexLocker lock(&m_mutex);
    return m_auditCases.cases(m_users);
}

void SandboxStore::plantSignInCases()
{
    QMutexLocker lock(&m_mutex);
    m_signInCases.plant(m_users, m_sessions, m_ids, m_auditCases, nowLocked());
}

QList<SandboxStore::SignInCase> SandboxStore::signInCases() const
{
    QMutexLocker lock(&m_mutex);
    return m_signInCases.cases();
}

} // namespace PhoneDesk

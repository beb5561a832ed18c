// SPDX-License-Identifier: MIT
#include "signinfixer.h"

#include "guard/guardedaccount.h"
#include "guard/lockoutguard.h"
#include "ui/changes/sessionrow.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
using Action = SignInFix::Action;

const QString kActive = QStringLiteral("active");

template<typename T>
QVariant knownValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
} // namespace

SignInFixer::SignInFixer(QObject *parent)
    : SignInFixer(new SignInFix, parent)
{
}

SignInFixer::SignInFixer(SignInFix *fix, QObject *parent)
    : ConfirmedChange(fix, parent)
    , m_fix(fix)
{
    m_fix->setParent(this);
    connect(m_fix, &SignInFix::sessionsListed, this, &SignInFixer::showOutcomes);
    connect(m_fix, &SignInFix::sessionFinished, this, &SignInFixer::showOutcomes);
    // A sign-out that failed before it listed anything leaves the sessions as read.
    connect(m_fix, &ChangePipeline::failed, this, [this] {
        if (!m_fix->sessionOutcomes().isEmpty())
            showOutcomes();
    });
    connect(m_fix, &ChangePipeline::done, this, [this] {
        showOutcomes();
        setMade(true);
    });
    inputChanged();
}

SignInFixer::~SignInFixer()
{
    ++m_readGeneration;
    m_read.abort();
}

void SignInFixer::setUserId(const QString &id)
{
    if (id == ownerId())
        return;
    // Whatever was in flight concerned the user shown before.
    cancel();
    m_fix->setUserId(id);
    setOwnerId(id);
    Q_EMIT userIdChanged();
    restart();
}

void SignInFixer::setAction(SignInFix::Action action)
{
    if (action == m_fix->action())
        return;
    cancel();
    m_fix->setAction(action);
    Q_EMIT actionChanged();
    restart();
}

void SignInFixer::modelSet()
{
    ConfirmedChange::modelSet();
    // The model brings the client: a read that had none can go now.
    if (!m_owner && !m_reading)
        readAgain();
}

QVariantMap SignInFixer::owner() const
{
    if (!m_owner)
        return {};
    const UserSummary &u = *m_owner;
    const QVariant endsAt = u.locked.value_or(false) && u.lockoutExpiresInSeconds
                                ? QVariant(QDateTime::fromMSecsSinceEpoch(m_ownerReadAt + *u.lockoutExpiresInSeconds * 1000, Qt::UTC))
                                : QVariant();
    return {
        {QStringLiteral("userName"), u.displayName()},
        {QStringLiteral("banned"), knownValue(u.banned)},
        {QStringLiteral("locked"), knownValue(u.locked)},
        {QStringLiteral("lockoutEndsAt"), endsAt},
        {QStringLiteral("verificationAttemptsRemaining"), knownValue(u.verificationAttemptsRemaining)},
        {QStringLiteral("twoFactorEnabled"), knownValue(u.twoFactorEnabled)},
        {QStringLiteral("totpEnabled"), knownValue(u.totpEnabled)},
        {QStringLiteral("backupCodeEnabled"), knownValue(u.backupCodeEnabled)},
    };
}

QString SignInFixer::alreadyInPlace() const
{
    // After the fix, the owner shows it made: that is its outcome, not a reason to stop.
    if (!m_owner || m_made)
        return {};
    const QString name = m_owner->displayName();
    if (action() == Action::RevokeSessions) {
        return m_listed && m_listed->isEmpty()
                   ? tr("%1 has no active session: nobody is signed in as them, so there is nothing to end.").arg(name)
                   : QString();
    }
    if (!SignInFix::isMadeOn(action(), *m_owner))
        return {};
    switch (action()) {
    case Action::Unlock: return tr("%1 is not locked: there is nothing to unlock.").arg(name);
    case Action::Ban: return tr("%1 is banned already.").arg(name);
    case Action::Unban: return tr("%1 is not banned: there is nothing to lift.").arg(name);
    case Action::RemoveTotp: return tr("%1 has no authenticator app set up: there is nothing to remove.").arg(name);
    case Action::RemoveBackupCodes: return tr("%1 has no backup codes: there is nothing to remove.").arg(name);
    case Action::RevokeSessions: break;
    }
    return {};
}

bool SignInFixer::undoable() const
{
    return action() == Action::Ban || action() == Action::Unban;
}

QString SignInFixer::undoText() const
{
    switch (action()) {
    case Action::Ban:
        return tr("Unban lifts the ban, here or with Undo in View > Journal. The sessions it ends stay ended.");
    case Action::Unban: return tr("Ban them again, here or with Undo in View > Journal.");
    case Action::Unlock: return tr("Its countdown cannot be put back: locking them again would start a new one.");
    case Action::RemoveTotp: return tr("To use an authenticator app again, the user sets it up anew.");
    case Action::RemoveBackupCodes: return tr("The user can make new backup codes once signed in.");
    case Action::RevokeSessions: return tr("Every device signed out must sign in again.");
    }
    return {};
}

void SignInFixer::readAgain()
{
    const quint64 generation = ++m_readGeneration;
    m_read.abort();
    m_readError.reset();
    if (ownerId().isEmpty() || !client()) {
        m_reading = false;
        Q_EMIT readStateChanged();
        return;
    }
    m_reading = true;
    Q_EMIT readStateChanged();
    reviewState();
    m_read = client()->getUser(ownerId(), this, [this, generation](const ApiResult<UserSummary> &result) {
        takeOwner(generation, result);
    });
}

bool SignInFixer::isReady() const
{
    if (!m_owner || m_reading || m_made || !alreadyInPlace().isEmpty())
        return false;
    return action() != Action::RevokeSessions || m_listed.has_value();
}

QStringList SignInFixer::consequencesOf(const AccountConsequences &) const
{
    // Said from the owner as read, which knows their lockout and factors; the rows do not.
    if (!m_owner)
        return {};
    QStringList sentences = SignInFix::consequences(action(), *m_owner);
    // The lockout guard's sentences are the dialog's warning: not said twice.
    if (const std::optional<ProposedChange> change = proposedChange()) {
        for (const QString &sentence : LockoutGuard::judge(GuardedAccount::ofUser(*m_owner), *change).sentences)
            sentences.removeAll(sentence);
    }
    return sentences;
}

void SignInFixer::send()
{
    m_fix->submit();
}

void SignInFixer::restart()
{
    ++m_readGeneration;
    m_read.abort();
    m_owner.reset();
    m_listed.reset();
    m_sessions.clear();
    setMade(false);
    Q_EMIT ownerChanged();
    Q_EMIT sessionsChanged();
    inputChanged();
    readAgain();
}

void SignInFixer::takeOwner(quint64 generation, const ApiResult<UserSummary> &result)
{
    if (generation != m_readGeneration)
        return;
    if (!result.ok()) {
        failRead(result.error());
        return;
    }
    m_owner = result.value();
    m_ownerReadAt = QDateTime::currentMSecsSinceEpoch();
    if (action() != Action::RevokeSessions) {
        m_reading = false;
        Q_EMIT readStateChanged();
        Q_EMIT ownerChanged();
        inputChanged();
        return;
    }
    Q_EMIT ownerChanged();
    // One page of the most Clerk lists: the sign-out itself walks every page again.
    m_read = client()->listSessions(ownerId(), kActive, ClerkClient::kMaxSessionPage, 0, this,
                                    [this, generation](const ApiResult<QList<Session>> &sessions) {
                                        takeSessions(generation, sessions);
                                    });
}

void SignInFixer::takeSessions(quint64 generation, const ApiResult<QList<Session>> &result)
{
    if (generation != m_readGeneration)
        return;
    if (!result.ok()) {
        failRead(result.error());
        return;
    }
    QList<Session> active;
    m_sessions.clear();
    for (const Session &session : result.value()) {
        // Only this user's active sessions, whatever the server's filter let through.
        if (session.userId != ownerId() || !session.isActive())
            continue;
        active.append(session);
        m_sessions.append(SessionRow::listed(session));
    }
    m_listed = active;
    m_reading = false;
    Q_EMIT readStateChanged();
    Q_EMIT sessionsChanged();
    Q_EMIT ownerChanged();
    inputChanged();
}

void SignInFixer::failRead(const ApiError &error)
{
    m_reading = false;
    m_readError = error;
    Q_EMIT readStateChanged();
    reviewState();
}

void SignInFixer::showOutcomes()
{
    if (action() != Action::RevokeSessions)
        return;
    m_sessions.clear();
    for (const SignInFix::SessionOutcome &outcome : m_fix->sessionOutcomes()) {
        if (outcome.revoked)
            m_sessions.append(SessionRow::revoked(outcome.session));
        else if (outcome.error)
            m_sessions.append(SessionRow::failed(outcome.session, outcome.error));
        else
            m_sessions.append(SessionRow::listed(outcome.session));
    }
    Q_EMIT sessionsChanged();
}

void SignInFixer::setMade(bool made)
{
    if (made == m_made)
        return;
    m_made = made;
    Q_EMIT madeChanged();
    reviewState();
}

} // namespace PhoneDesk

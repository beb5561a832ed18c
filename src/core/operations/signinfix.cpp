// SPDX-License-Identifier: MIT
#include "signinfix.h"

#include "api/retrypolicy.h"
#include "guard/guardedaccount.h"
#include "guard/lockoutguard.h"

#include <QSet>

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kActive = QStringLiteral("active");

// Unlock, ban and unban answer the user; the removals answer {"user_id": …}.
bool answersUser(SignInFix::Action action)
{
    return action == SignInFix::Action::Unlock || action == SignInFix::Action::Ban || action == SignInFix::Action::Unban;
}

// Why `answer` is not what the spec declares for `action`; empty when it is.
QString answerProblem(SignInFix::Action action, const QString &userId, const QJsonObject &answer)
{
    if (answersUser(action)) {
        const Parsed<UserSummary> user = UserSummary::fromJson(answer);
        if (!user.ok())
            return user.error();
        if (user.value().id != userId)
            return QStringLiteral("the answer is the user %1, not %2").arg(user.value().id, userId);
        return {};
    }
    if (answer.value(QLatin1StringView("user_id")).toString() != userId)
        return QStringLiteral("the answer does not name the user %1").arg(userId);
    return {};
}
} // namespace

SignInFix::SignInFix(QObject *parent)
    : ChangePipeline(parent)
{
}

SignInFix::~SignInFix() = default;

void SignInFix::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    // Whatever was in flight concerned the user before.
    cancel();
    m_userId = userId;
    m_answer = {};
    m_outcomes.clear();
    Q_EMIT userIdChanged();
}

void SignInFix::setAction(Action action)
{
    if (action == m_action)
        return;
    cancel();
    m_action = action;
    m_answer = {};
    m_outcomes.clear();
    Q_EMIT actionChanged();
}

void SignInFix::setSessionPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, ClerkClient::kMaxSessionPage);
}

int SignInFix::revokedCount() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const SessionOutcome &o) { return o.revoked; }));
}

int SignInFix::failedCount() const
{
    return int(m_outcomes.size()) - revokedCount();
}

JournalOperation SignInFix::journalOperation(Action action)
{
    switch (action) {
    case Action::Unlock: return JournalOperation::Unlock;
    case Action::Ban: return JournalOperation::Ban;
    case Action::Unban: return JournalOperation::Unban;
    case Action::RemoveTotp: return JournalOperation::RemoveTotp;
    case Action::RemoveBackupCodes: return JournalOperation::RemoveBackupCodes;
    case Action::RevokeSessions: return JournalOperation::RevokeSessions;
    }
    return JournalOperation::Unknown;
}

QString SignInFix::request(Action action)
{
    switch (action) {
    case Action::Unlock: return QStringLiteral("POST /users/{id}/unlock");
    case Action::Ban: return QStringLiteral("POST /users/{id}/ban");
    case Action::Unban: return QStringLiteral("POST /users/{id}/unban");
    case Action::RemoveTotp: return QStringLiteral("DELETE /users/{id}/totp");
    case Action::RemoveBackupCodes: return QStringLiteral("DELETE /users/{id}/backup_code");
    case Action::RevokeSessions: return QStringLiteral("POST /sessions/{id}/revoke");
    }
    return {};
}

std::optional<ProposedChange> SignInFix::proposedChange(Action action)
{
    if (action == Action::RemoveTotp)
        return ProposedChange::totpRemoval();
    if (action == Action::RemoveBackupCodes)
        return ProposedChange::backupCodesRemoval();
    return std::nullopt;
}

QStringList SignInFix::consequences(Action action, const UserSummary &owner)
{
    const QString name = owner.displayName();
    QStringList sentences;
    switch (action) {
    case Action::Unlock:
        sentences.append(tr("%1 can sign in again at once. The lockout cannot be put back afterwards.").arg(name));
        break;
    case Action::Ban:
        sentences.append(tr("%1 can no longer sign in, and every session of theirs ends now. Unban undoes it.").arg(name));
        break;
    case Action::Unban:
        sentences.append(tr("%1 can sign in again.").arg(name));
        break;
    case Action::RemoveTotp:
        sentences.append(tr("%1's authenticator app stops working for sign-in; to use one again they must set it up anew. "
                            "This cannot be undone.").arg(name));
        break;
    case Action::RemoveBackupCodes:
        sentences.append(tr("%1's backup codes stop working; they can make new ones after they sign in. This cannot be "
                            "undone.").arg(name));
        break;
    case Action::RevokeSessions:
        sentences.append(tr("%1 is signed out on every device and must sign in again. This cannot be undone.").arg(name));
        break;
    }
    if (const std::optional<ProposedChange> change = proposedChange(action)) {
        const LockoutVerdict verdict = LockoutGuard::judge(GuardedAccount::ofUser(owner), *change);
        sentences.append(verdict.sentences);
    }
    return sentences;
}

bool SignInFix::isMadeOn(Action action, const UserSummary &owner)
{
    switch (action) {
    case Action::Unlock: return owner.locked == false;
    case Action::Ban: return owner.banned == true;
    case Action::Unban: return owner.banned == false;
    case Action::RemoveTotp: return owner.totpEnabled == false;
    case Action::RemoveBackupCodes: return owner.backupCodeEnabled == false;
    case Action::RevokeSessions: return false; // sessions are not part of the user: see recheckLostRevokes
    }
    return false;
}

void SignInFix::submit()
{
    if (m_userId.isEmpty()) {
        failWith(request(m_action), tr("No user is chosen"));
        return;
    }
    if (!begin(request(m_action)))
        return;
    m_answer = {};
    m_outcomes.clear();
    if (m_action == Action::RevokeSessions)
        listSessionPage(0, {}, false);
    else
        sendUserAction();
}

void SignInFix::sendUserAction()
{
    sendJournaled(JournalEntry::of(journalOperation(m_action), request(m_action), m_userId), [this] {
        const auto take = whileCurrent<QJsonObject>([this](const ApiResult<QJsonObject> &result) { takeUserAnswer(result); });
        ClerkClient *api = client();
        switch (m_action) {
        case Action::Unlock: track(api->unlockUserObject(m_userId, this, take)); return;
        case Action::Ban: track(api->banUserObject(m_userId, this, take)); return;
        case Action::Unban: track(api->unbanUserObject(m_userId, this, take)); return;
        case Action::RemoveTotp: track(api->deleteUserTotpObject(m_userId, this, take)); return;
        case Action::RemoveBackupCodes: track(api->deleteUserBackupCodesObject(m_userId, this, take)); return;
        case Action::RevokeSessions: return; // not sent here: see startRevoking
        }
    });
}

void SignInFix::takeUserAnswer(const ApiResult<QJsonObject> &result)
{
    std::optional<ApiError> error = result.ok() ? std::nullopt : std::optional<ApiError>(result.error());
    if (result.ok()) {
        // A 2xx that is not what the spec declares: made or not, only the owner can tell.
        if (const QString problem = answerProblem(m_action, m_userId, result.value()); !problem.isEmpty())
            error = ApiError::fromTransport(request(m_action), ApiError::Transport::UnreadableAnswer, problem);
    }
    if (error) {
        const Action action = m_action;
        failOrRecheck(
            *error, m_userId, [action](const UserSummary &owner) { return isMadeOn(action, owner); },
            [this, action](const UserSummary &owner) {
                // The server's state stands in for the lost answer.
                m_answer = answersUser(action) ? owner.toJson() : QJsonObject{{QStringLiteral("user_id"), owner.id}};
                succeed();
            });
        return;
    }
    // Kept as sent, for the command line, which prints it.
    m_answer = result.value();
    // Made on the server whether or not the owner can be read again for the journal and views.
    rereadOwner(m_userId, [this](const ApiResult<UserSummary> &) { succeed(); });
}

void SignInFix::listSessionPage(int offset, QList<Session> listed, bool recheck)
{
    track(client()->listSessions(m_userId, kActive, m_pageSize, offset, this,
                                 whileCurrent<QList<Session>>([this, offset, listed, recheck](const ApiResult<QList<Session>> &page) {
                                     takeSessionPage(offset, listed, recheck, page);
                                 })));
}

void SignInFix::takeSessionPage(int offset, QList<Session> listed, bool recheck, const ApiResult<QList<Session>> &page)
{
    if (!page.ok()) {
        if (!recheck) {
            // Nothing was revoked yet: the sign-out fails as a whole, unjournaled.
            fail(page.error());
            return;
        }
        for (SessionOutcome &outcome : m_outcomes) {
            if (outcome.error && RetryPolicy::outcomeUnknown(*outcome.error))
                outcome.error->outcome = QStringLiteral("whether it was revoked could not be checked (%1)").arg(page.error().message());
        }
        finishSessions();
        return;
    }
    // Every page is collected before anything is revoked: revoking shifts the later pages.
    QSet<QString> seen;
    for (const Session &session : listed)
        seen.insert(session.id);
    bool fresh = false;
    for (const Session &session : page.value()) {
        if (seen.contains(session.id))
            continue;
        seen.insert(session.id);
        listed.append(session);
        fresh = true;
    }
    // A full page that brought something new may have a next one; a server that repeats itself ends the walk.
    if (page.value().size() >= m_pageSize && fresh) {
        listSessionPage(offset + int(page.value().size()), listed, recheck);
        return;
    }
    if (recheck)
        recheckLostRevokes(listed);
    else
        startRevoking(listed);
}

void SignInFix::startRevoking(const QList<Session> &active)
{
    m_outcomes.clear();
    for (const Session &session : active) {
        // Only this user's sessions that are active, whatever the server's filter let through.
        if (session.userId == m_userId && session.isActive())
            m_outcomes.append({session, false, std::nullopt, {}});
    }
    Q_EMIT sessionsListed(int(m_outcomes.size()));
    if (m_outcomes.isEmpty()) {
        // Nothing to revoke: nothing is sent, so nothing is journaled.
        succeed();
        return;
    }
    sendJournaled(JournalEntry::of(JournalOperation::RevokeSessions, request(Action::RevokeSessions), m_userId),
                  [this] { revokeNext(0); });
}

void SignInFix::revokeNext(qsizetype index)
{
    if (index >= m_outcomes.size()) {
        const bool lost = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const SessionOutcome &o) {
            return o.error && RetryPolicy::outcomeUnknown(*o.error);
        });
        if (lost && options().lostAnswer == Options::LostAnswer::RecheckOwner)
            listSessionPage(0, {}, true);
        else
            finishSessions();
        return;
    }
    const QString sessionId = m_outcomes.at(index).session.id;
    track(client()->revokeSessionObject(sessionId, this, whileCurrent<QJsonObject>([this, index](const ApiResult<QJsonObject> &result) {
        SessionOutcome &outcome = m_outcomes[index];
        if (!result.ok()) {
            outcome.error = result.error();
        } else if (const Parsed<Session> revoked = Session::fromJson(result.value()); !revoked.ok()) {
            outcome.error = ApiError::fromTransport(request(Action::RevokeSessions), ApiError::Transport::UnreadableAnswer,
                                                    revoked.error());
        } else {
            outcome.revoked = true;
            outcome.answer = result.value();
        }
        Q_EMIT sessionFinished(int(index));
        revokeNext(index + 1);
    })));
}

void SignInFix::recheckLostRevokes(const QList<Session> &stillActive)
{
    QSet<QString> active;
    for (const Session &session : stillActive)
        active.insert(session.id);
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        SessionOutcome &outcome = m_outcomes[i];
        if (!outcome.error || !RetryPolicy::outcomeUnknown(*outcome.error))
            continue;
        if (active.contains(outcome.session.id)) {
            outcome.error->outcome = QStringLiteral("a read showed the session is still active");
            continue;
        }
        // No longer active: the revoke was made though its answer was lost.
        outcome.error.reset();
        outcome.revoked = true;
        Q_EMIT sessionFinished(int(i));
    }
    finishSessions();
}

void SignInFix::finishSessions()
{
    QStringList revoked;
    QStringList failed;
    std::optional<ApiError> firstFailure;
    for (const SessionOutcome &outcome : std::as_const(m_outcomes)) {
        if (outcome.revoked) {
            revoked.append(outcome.session.id);
            continue;
        }
        failed.append(outcome.session.id);
        if (!firstFailure && outcome.error)
            firstFailure = outcome.error;
    }
    journalSessions(revoked, failed, firstFailure);
    rereadOwner(m_userId, [this, revoked, failed, firstFailure](const ApiResult<UserSummary> &) {
        if (failed.isEmpty()) {
            succeed();
            return;
        }
        ApiError error = firstFailure.value_or(ApiError::fromTransport(request(Action::RevokeSessions),
                                                                       ApiError::Transport::Refused, QString()));
        // In the window's language; the journal, when it still records this (the owner could not
        // be asked again), keeps its English.
        static const char *const countsText = QT_TR_NOOP("%1 of %2 sessions were revoked, %3 could not be");
        const auto withCounts = [&](const QString &pattern) {
            ApiError counted = error;
            const QString counts = pattern.arg(revoked.size()).arg(revoked.size() + failed.size()).arg(failed.size());
            counted.outcome = error.outcome.isEmpty() ? counts : QStringLiteral("%1; %2").arg(error.outcome, counts);
            return counted;
        };
        fail(withCounts(tr(countsText)), withCounts(QString::fromLatin1(countsText)));
    });
}

} // namespace PhoneDesk

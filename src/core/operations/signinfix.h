// SPDX-License-Identifier: MIT
#pragma once

#include "changepipeline.h"

#include "domain/session.h"
#include "domain/usersummary.h"
#include "guard/proposedchange.h"
#include "journal/journaloperation.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// The fixes for a user who cannot sign in, made through the change pipeline (owner read before,
// send, a lost answer rechecked, owner read after, journal): unlock, ban, unban, remove the
// authenticator app, remove the backup codes, and sign out everywhere. Signing out lists the
// user's active sessions first (every page), then revokes them one by one and reports each.
// The window's fix dialogs and phonedesk-cli's commands both fix through it.
class SignInFix : public ChangePipeline
{
    Q_OBJECT

public:
    enum class Action {
        Unlock,            // POST /users/{id}/unlock
        Ban,               // POST /users/{id}/ban
        Unban,             // POST /users/{id}/unban
        RemoveTotp,        // DELETE /users/{id}/totp
        RemoveBackupCodes, // DELETE /users/{id}/backup_code
        RevokeSessions,    // GET /sessions?user_id=…&status=active, then POST /sessions/{id}/revoke each
    };
    Q_ENUM(Action)

    // What became of one session of a sign-out everywhere.
    struct SessionOutcome
    {
        Session session;             // as listed before the revoke
        bool revoked = false;
        std::optional<ApiError> error; // why it was not revoked (or why that is not known)
        QJsonObject answer;          // the revoked session as the server sent it
    };

    explicit SignInFix(QObject *parent = nullptr);
    ~SignInFix() override;

    [[nodiscard]] QString userId() const { return m_userId; }
    // Another user or action: whatever was in flight is dropped.
    void setUserId(const QString &userId);
    [[nodiscard]] Action action() const { return m_action; }
    void setAction(Action action);
    // Sessions listed per page of GET /sessions (1 to ClerkClient::kMaxSessionPage).
    void setSessionPageSize(int size);

    [[nodiscard]] bool canSubmit() const { return !loading() && !m_userId.isEmpty(); }
    // Makes the action for the user; done() or failed() follows. A sign-out with no active
    // session sends no revoke and is done, unjournaled.
    void submit();

    // The last answer exactly as the server sent it (the user, or {"user_id": …}); empty for a
    // sign-out, whose answers are its sessionOutcomes().
    [[nodiscard]] QJsonObject answer() const { return m_answer; }
    // The sessions of the last sign-out, in the order they were listed, with what became of each.
    [[nodiscard]] const QList<SessionOutcome> &sessionOutcomes() const { return m_outcomes; }
    [[nodiscard]] int revokedCount() const;
    [[nodiscard]] int failedCount() const;

    // "unlock", "ban", … : the journal's names of the actions.
    [[nodiscard]] static JournalOperation journalOperation(Action action);
    // "POST /users/{id}/unlock", …
    [[nodiscard]] static QString request(Action action);
    // The change as the lockout guard weighs it; nothing for actions it has nothing to say about
    // (a ban takes sign-in away on purpose: its consequence is named, not refused).
    [[nodiscard]] static std::optional<ProposedChange> proposedChange(Action action);
    // What the action does to `owner`, in sentences that name them, for a confirmation; the lockout
    // guard's sentences are among them when it objects.
    [[nodiscard]] static QStringList consequences(Action action, const UserSummary &owner);
    // Whether `owner` shows the action made: how a lost answer is rechecked.
    [[nodiscard]] static bool isMadeOn(Action action, const UserSummary &owner);

Q_SIGNALS:
    void userIdChanged();
    void actionChanged();
    // A sign-out listed the user's active sessions: `count` are about to be revoked.
    void sessionsListed(int count);
    // The session at `index` of sessionOutcomes() was revoked or failed.
    void sessionFinished(int index);

private:
    void sendUserAction();
    void takeUserAnswer(const ApiResult<QJsonObject> &result);
    void listSessionPage(int offset, QList<Session> listed, bool recheck);
    void takeSessionPage(int offset, QList<Session> listed, bool recheck, const ApiResult<QList<Session>> &page);
    void startRevoking(const QList<Session> &active);
    void revokeNext(qsizetype index);
    // After the revokes: sessions whose answer was lost are looked for among the active ones.
    void recheckLostRevokes(const QList<Session> &stillActive);
    void finishSessions();

    QString m_userId;
    Action m_action = Action::Unlock;
    int m_pageSize = ClerkClient::kMaxSessionPage;
    QJsonObject m_answer;
    QList<SessionOutcome> m_outcomes;
};

} // namespace PhoneDesk

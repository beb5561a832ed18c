// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "domain/session.h"
#include "domain/usersummary.h"
#include "operations/signinfix.h"
#include "ui/changes/confirmedchange.h"
#include "ui/changes/signinfixforeign.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// The backend of the sign-in fix dialogs (Unlock, Ban, Unban, Remove authenticator app, Remove
// backup codes, Sign out everywhere): core's SignInFix, the same operation phonedesk-cli's
// commands use, confirmed against the owner as the server has them. Before the confirmation it
// reads the owner (GET /users/{id}) and, to sign them out, their active sessions, so that the
// dialog names what changes, says when there is nothing to do, and lists every session that ends.
// After a sign-out it reports what became of each session.
class SignInFixer : public ConfirmedChange
{
    Q_OBJECT
    QML_ELEMENT

    // The user to fix, "user_…".
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    Q_PROPERTY(PhoneDesk::SignInFix::Action action READ action WRITE setAction NOTIFY actionChanged)
    // The owner (and, for a sign-out, their active sessions) is being read before the confirmation.
    Q_PROPERTY(bool reading READ reading NOTIFY readStateChanged)
    // Why that read failed; empty when it did not. readAgain() retries it.
    Q_PROPERTY(QString readError READ readError NOTIFY readStateChanged)
    Q_PROPERTY(QString readErrorCode READ readErrorCode NOTIFY readStateChanged)
    Q_PROPERTY(QString readErrorTraceId READ readErrorTraceId NOTIFY readStateChanged)
    // The owner as read (empty before): userName, banned, locked, lockoutEndsAt (date, undefined
    // for a lockout without end), verificationAttemptsRemaining, twoFactorEnabled, totpEnabled,
    // backupCodeEnabled (undefined when the API left them out).
    Q_PROPERTY(QVariantMap owner READ owner NOTIFY ownerChanged)
    // Why there is nothing to do (not locked, already banned, no active session, …); empty otherwise.
    Q_PROPERTY(QString alreadyInPlace READ alreadyInPlace NOTIFY ownerChanged)
    // Ban and unban undo each other (also from the journal); the other fixes cannot be undone.
    Q_PROPERTY(bool undoable READ undoable NOTIFY actionChanged)
    // How it is undone, or why it cannot be, in a sentence.
    Q_PROPERTY(QString undoText READ undoText NOTIFY actionChanged)
    // Sign out everywhere: the sessions that end, as SessionRow describes them, with what became
    // of each once sent.
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(int revokedCount READ revokedCount NOTIFY sessionsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY sessionsChanged)
    // The fix was made (done()): the dialog shows what it did.
    Q_PROPERTY(bool made READ made NOTIFY madeChanged)

public:
    explicit SignInFixer(QObject *parent = nullptr);
    ~SignInFixer() override;

    [[nodiscard]] QString userId() const { return ownerId(); }
    void setUserId(const QString &id);
    [[nodiscard]] SignInFix::Action action() const { return m_fix->action(); }
    void setAction(SignInFix::Action action);

    [[nodiscard]] bool reading() const { return m_reading; }
    [[nodiscard]] QString readError() const { return m_readError ? m_readError->message() : QString(); }
    [[nodiscard]] QString readErrorCode() const { return m_readError ? m_readError->code() : QString(); }
    [[nodiscard]] QString readErrorTraceId() const { return m_readError ? m_readError->traceId : QString(); }
    [[nodiscard]] QVariantMap owner() const;
    [[nodiscard]] QString alreadyInPlace() const;
    [[nodiscard]] bool undoable() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QVariantList sessions() const { return m_sessions; }
    [[nodiscard]] int revokedCount() const { return m_fix->revokedCount(); }
    [[nodiscard]] int failedCount() const { return m_fix->failedCount(); }
    [[nodiscard]] bool made() const { return m_made; }
    [[nodiscard]] SignInFix *fix() const { return m_fix; }

    // Reads the owner (and their sessions) again: a retry of a failed read.
    Q_INVOKABLE void readAgain();

Q_SIGNALS:
    void userIdChanged();
    void actionChanged();
    void readStateChanged();
    void ownerChanged();
    void sessionsChanged();
    void madeChanged();

protected:
    void modelSet() override;

private:
    SignInFixer(SignInFix *fix, QObject *parent);
    [[nodiscard]] bool isReady() const override;
    [[nodiscard]] QStringList consequencesOf(const AccountConsequences &rows) const override;
    [[nodiscard]] std::optional<ProposedChange> proposedChange() const override { return SignInFix::proposedChange(action()); }
    [[nodiscard]] std::optional<UserSummary> ownerAsRead() const override { return m_owner; }
    void send() override;

    // Another user or action: what was read and made for the last one is dropped.
    void restart();
    void takeOwner(quint64 generation, const ApiResult<UserSummary> &result);
    void takeSessions(quint64 generation, const ApiResult<QList<Session>> &result);
    void failRead(const ApiError &error);
    // m_sessions from the fix's outcomes, after it listed or revoked.
    void showOutcomes();
    void setMade(bool made);

    SignInFix *m_fix; // child of this
    // The owner as read before the confirmation (what the sentences describe), and when.
    std::optional<UserSummary> m_owner;
    qint64 m_ownerReadAt = 0;
    std::optional<QList<Session>> m_listed; // a sign-out's active sessions, as read before confirming
    QVariantList m_sessions;
    std::optional<ApiError> m_readError;
    bool m_reading = false;
    bool m_made = false;
    PendingCall m_read;
    quint64 m_readGeneration = 0;
};

} // namespace PhoneDesk

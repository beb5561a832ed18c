// SPDX-License-Identifier: MIT
// SignInFix against the sandbox over loopback HTTP: each fix is made and journaled with the owner
// before and after; a ban is undone by UndoRunner (and the undo undone), refused once the banned
// state drifted; an unlock is not undone; a sign-out everywhere collects every page of active
// sessions before revoking them, journals one entry with their ids and, with the window's options,
// finds a revoke whose answer was lost among the sessions no longer active.
#include "journal/journal.h"
#include "operations/signinfix.h"
#include "operations/undorunner.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
using Action = SignInFix::Action;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Waits for a pipeline to end; false after ten seconds.
bool settled(const ChangePipeline &pipeline)
{
    return QTest::qWaitFor([&] { return !pipeline.loading(); }, 10000);
}
} // namespace

class TestSignInFix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
    ClerkClient m_client;
    Journal m_journal;
    QStringList m_userIds;
    QString m_signedInEverywhere; // the planted user with three active sessions

    QJsonObject storedUser(const QString &userId) { return objectOf(m_sandbox.store().getUser(userId).body); }

    QStringList activeSessions(const QString &userId)
    {
        const SandboxReply reply = m_sandbox.store().listSessions(
            {{QStringLiteral("user_id"), userId}, {QStringLiteral("status"), QStringLiteral("active")},
             {QStringLiteral("limit"), QStringLiteral("500")}});
        QStringList ids;
        for (const QJsonValue &session : QJsonDocument::fromJson(reply.body).array())
            ids.append(session.toObject().value(QLatin1StringView("id")).toString());
        return ids;
    }


    // The first user left who is not banned and for whom `wanted` holds, taken; "" when none is.
    template<typename Wanted>
    QString takeUserWhere(Wanted wanted)
    {
        for (qsizetype i = 0; i < m_userIds.size(); ++i) {
            const QString userId = m_userIds.at(i);
            if (!storedUser(userId).value(QLatin1StringView("banned")).toBool() && wanted(userId)) {
                m_userIds.removeAt(i);
                return userId;
            }
        }
        return {};
    }

    // The next user no test has taken who is not banned; "" when none is left.
    QString takeUser()
    {
        return takeUserWhere([](const QString &) { return true; });
    }

    QString takeUserWithSessions(int count)
    {
        return takeUserWhere([&](const QString &userId) { return activeSessions(userId).size() >= count; });
    }

    QString takeUserWith(const char *flag)
    {
        return takeUserWhere([&](const QString &userId) { return storedUser(userId).value(QLatin1StringView(flag)).toBool(); });
    }

    JournalEntry lastEntry() const
    {
        const JournalContents contents = m_journal.read();
        return contents.entries.isEmpty() ? JournalEntry() : contents.entries.last();
    }

    // Makes `action` for `userId` with the command line's options (or the window's) and waits.
    void run(SignInFix &fix, const QString &userId, Action action, bool journaled = true)
    {
        fix.setClient(&m_client);
        if (journaled)
            fix.setJournal(&m_journal);
        fix.setUserId(userId);
        fix.setAction(action);
        fix.submit();
        QVERIFY(settled(fix));
    }

    void undo(UndoRunner &runner, const QString &entryId)
    {
        runner.setClient(&m_client);
        runner.setOptions(ChangePipeline::commandLineOptions());
        runner.setUndoJournal(&m_journal);
        runner.setEntryId(entryId);
        runner.submit();
        QVERIFY(settled(runner));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Active sessions are rare in demo data (a sign-in in the last seven days): enough users
        // for a few, and the planted user signed in on three devices.
        Sandbox::Options options;
        options.users = 300;
        options.seed = 41;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        options.plantSignInCases = true;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        m_client.setRateLimit(0);
        m_journal.open(m_dir.filePath(QStringLiteral("journal.jsonl")),
                       Journal::sourceFor(QStringLiteral("test"), m_sandbox.baseUrl(), m_sandbox.secretKey()));
        const SandboxReply users = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}});
        for (const QJsonValue &user : QJsonDocument::fromJson(users.body).array())
            m_userIds.append(user.toObject().value(QLatin1StringView("id")).toString());
        QCOMPARE(m_userIds.size(), options.users);
        // The planted users keep their states: only the one signed in everywhere is used, once.
        for (const SandboxStore::SignInCase &planted : m_sandbox.store().signInCases()) {
            m_userIds.removeAll(planted.userId);
            if (planted.state == QLatin1StringView("active_sessions"))
                m_signedInEverywhere = planted.userId;
        }
        QVERIFY(!m_signedInEverywhere.isEmpty());
    }

    void unlockEndsTheLockoutAndCannotBeUndone()
    {
        const QString userId = takeUser();
        QCOMPARE(m_sandbox.store().lockUser(userId).status, 200);
        QVERIFY(storedUser(userId).value(QLatin1StringView("locked")).toBool());
        SignInFix fix;
        QSignalSpy owners(&fix, &ChangePipeline::ownerRead);
        run(fix, userId, Action::Unlock);
        QVERIFY2(!fix.lastError(), qPrintable(fix.lastError() ? fix.lastError()->describe() : QString()));
        QCOMPARE(fix.answer().value(QLatin1StringView("id")).toString(), userId);
        QCOMPARE(fix.answer().value(QLatin1StringView("locked")).toBool(true), false);
        QVERIFY(!storedUser(userId).value(QLatin1StringView("locked")).toBool());
        QCOMPARE(owners.size(), 1);
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::Unlock);
        QCOMPARE(entry.request, QStringLiteral("POST /users/{id}/unlock"));
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(entry.before.value(QLatin1StringView("locked")).toBool(), true);
        QCOMPARE(entry.after.value(QLatin1StringView("locked")).toBool(true), false);
        UndoRunner runner;
        undo(runner, entry.id);
        QVERIFY(runner.refused());
        QVERIFY2(runner.refusal().contains(QStringLiteral("lockout cannot be put back")), qPrintable(runner.refusal()));
    }

    void aBanIsUndoneAndTheUndoUndoneUntilItDrifts()
    {
        const QString userId = takeUser();
        SignInFix ban;
        run(ban, userId, Action::Ban);
        QVERIFY(!ban.lastError());
        QVERIFY(storedUser(userId).value(QLatin1StringView("banned")).toBool());
        const JournalEntry banned = lastEntry();
        QCOMPARE(banned.operation, JournalOperation::Ban);
        QCOMPARE(banned.after.value(QLatin1StringView("banned")).toBool(), true);

        UndoRunner unban;
        undo(unban, banned.id);
        QVERIFY2(!unban.lastError(), qPrintable(unban.refusal()));
        QVERIFY(!storedUser(userId).value(QLatin1StringView("banned")).toBool());
        const JournalEntry undone = lastEntry();
        QCOMPARE(undone.operation, JournalOperation::Undo);
        QCOMPARE(undone.request, QStringLiteral("POST /users/{id}/unban"));
        QCOMPARE(undone.undoes, banned.id);

        // The undo of the ban is undone by banning again.
        UndoRunner reban;
        undo(reban, undone.id);
        QVERIFY2(!reban.lastError(), qPrintable(reban.refusal()));
        QVERIFY(storedUser(userId).value(QLatin1StringView("banned")).toBool());

        // Unbanned behind PhoneDesk's back: the undo of that ban is refused, nothing sent.
        const JournalEntry rebanned = lastEntry();
        QCOMPARE(m_sandbox.store().unbanUser(userId).status, 200);
        UndoRunner drifted;
        undo(drifted, rebanned.id);
        QVERIFY(drifted.refused());
        QVERIFY2(drifted.refusal().contains(QStringLiteral("no longer banned")), qPrintable(drifted.refusal()));
        QVERIFY(!storedUser(userId).value(QLatin1StringView("banned")).toBool());
    }

    void anUnbanIsUndoneByABan()
    {
        const QString userId = takeUser();
        QCOMPARE(m_sandbox.store().banUser(userId).status, 200);
        SignInFix unban;
        run(unban, userId, Action::Unban);
        QVERIFY(!unban.lastError());
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::Unban);
        UndoRunner runner;
        undo(runner, entry.id);
        QVERIFY2(!runner.lastError(), qPrintable(runner.refusal()));
        QVERIFY(storedUser(userId).value(QLatin1StringView("banned")).toBool());
    }

    void removingTheAuthenticatorAppAndBackupCodesIsJournaledAndNotUndone()
    {
        const std::pair<Action, QString> fixes[] = {{Action::RemoveTotp, takeUserWith("totp_enabled")},
                                                    {Action::RemoveBackupCodes, takeUserWith("backup_code_enabled")}};
        for (const auto &[action, userId] : fixes) {
            QVERIFY2(!userId.isEmpty(), "no user with the factor to remove");
            SignInFix fix;
            run(fix, userId, action);
            QVERIFY2(!fix.lastError(), qPrintable(fix.lastError() ? fix.lastError()->describe() : QString()));
            QCOMPARE(fix.answer(), QJsonObject({{QStringLiteral("user_id"), userId}}));
            const JournalEntry entry = lastEntry();
            QCOMPARE(entry.operation, SignInFix::journalOperation(action));
            UndoRunner runner;
            undo(runner, entry.id);
            QVERIFY(runner.refused());
            QVERIFY2(runner.refusal().contains(QStringLiteral("enroll")), qPrintable(runner.refusal()));
            const char *flag = action == Action::RemoveTotp ? "totp_enabled" : "backup_code_enabled";
            QCOMPARE(storedUser(userId).value(QLatin1StringView(flag)).toBool(true), false);
            QVERIFY(SignInFix::isMadeOn(action, UserSummary::fromJson(storedUser(userId)).value()));
        }
        // Clerk refuses to remove what is not there: failed, journaled as failed.
        SignInFix again;
        run(again, fixes[0].second, Action::RemoveTotp);
        QVERIFY(again.lastError());
        QCOMPARE(again.lastError()->httpStatus, 404);
        QCOMPARE(lastEntry().outcome, JournalEntry::Outcome::Failed);
    }

    void anUnknownUserIsRefusedByClerkAndJournaledAsFailed()
    {
        const qsizetype entries = m_journal.read().entries.size();
        SignInFix fix;
        run(fix, QStringLiteral("user_does_not_exist"), Action::Unlock);
        QVERIFY(fix.lastError());
        // The owner read before found nobody: the change was sent and Clerk refused it.
        QCOMPARE(fix.lastError()->httpStatus, 404);
        QCOMPARE(m_journal.read().entries.size(), entries + 1);
        QCOMPARE(lastEntry().outcome, JournalEntry::Outcome::Failed);
    }

    void aSignOutCollectsEveryPageBeforeRevoking()
    {
        const QString userId = m_signedInEverywhere;
        const QStringList active = activeSessions(userId);
        QCOMPARE(active.size(), 3);
        SignInFix fix;
        fix.setSessionPageSize(1);
        fix.setOptions(ChangePipeline::commandLineOptions());
        QSignalSpy listed(&fix, &SignInFix::sessionsListed);
        QSignalSpy finished(&fix, &SignInFix::sessionFinished);
        run(fix, userId, Action::RevokeSessions);
        QVERIFY2(!fix.lastError(), qPrintable(fix.lastError() ? fix.lastError()->describe() : QString()));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().first().toInt(), active.size());
        QCOMPARE(finished.size(), active.size());
        QCOMPARE(fix.revokedCount(), active.size());
        QCOMPARE(fix.failedCount(), 0);
        QStringList revoked;
        for (const SignInFix::SessionOutcome &outcome : fix.sessionOutcomes()) {
            revoked.append(outcome.session.id);
            QCOMPARE(outcome.answer.value(QLatin1StringView("status")).toString(), QStringLiteral("revoked"));
        }
        QCOMPARE(revoked, active);
        QVERIFY(activeSessions(userId).isEmpty());
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::RevokeSessions);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(entry.revokedSessionIds, active);
        QVERIFY(entry.failedSessionIds.isEmpty());
        QVERIFY(!entry.before.isEmpty() && !entry.after.isEmpty());

        // Nothing left to revoke: nothing is sent and nothing journaled.
        SignInFix again;
        run(again, userId, Action::RevokeSessions);
        QVERIFY(!again.lastError());
        QVERIFY(again.sessionOutcomes().isEmpty());
        QCOMPARE(lastEntry().id, entry.id);
    }

    void aLostRevokeIsFoundRevokedByTheWindowAndFailedByTheCommandLine()
    {
        for (const bool window : {true, false}) {
            const QString userId = takeUserWithSessions(1);
            QVERIFY2(!userId.isEmpty(), "no user with an active session left");
            const int count = int(activeSessions(userId).size());
            SignInFix fix;
            fix.setOptions(window ? ChangePipeline::windowOptions() : ChangePipeline::commandLineOptions());
            // Unjournaled, the first request after the listing is the first revoke: its answer is lost.
            connect(&fix, &SignInFix::sessionsListed, this, [this] { m_sandbox.dropNextAnswers(1); });
            run(fix, userId, Action::RevokeSessions, false);
            QVERIFY(activeSessions(userId).isEmpty());
            if (window) {
                QVERIFY2(!fix.lastError(), qPrintable(fix.lastError() ? fix.lastError()->describe() : QString()));
                QCOMPARE(fix.revokedCount(), count);
            } else {
                QVERIFY(fix.lastError());
                QCOMPARE(fix.failedCount(), 1);
                QCOMPARE(fix.revokedCount(), count - 1);
                QVERIFY(!fix.sessionOutcomes().first().revoked);
                QVERIFY2(fix.lastError()->describe().contains(QStringLiteral("could not be")), qPrintable(fix.lastError()->describe()));
            }
        }
    }

    void aLostBanAnswerIsRecheckedAgainstTheOwner()
    {
        const QString userId = takeUser();
        SignInFix fix;
        fix.setOptions(ChangePipeline::windowOptions());
        m_sandbox.dropNextAnswers(1);
        run(fix, userId, Action::Ban, false);
        QVERIFY2(!fix.lastError(), qPrintable(fix.lastError() ? fix.lastError()->describe() : QString()));
        QCOMPARE(fix.answer().value(QLatin1StringView("banned")).toBool(), true);
        QVERIFY(storedUser(userId).value(QLatin1StringView("banned")).toBool());
    }

    void consequencesNameTheUserAndTheGuardSpeaksForTheLastFactor()
    {
        UserSummary owner;
        owner.id = QStringLiteral("user_t");
        owner.firstName = QStringLiteral("Tia");
        owner.twoFactorEnabled = true;
        owner.totpEnabled = true;
        const QStringList ban = SignInFix::consequences(Action::Ban, owner);
        QVERIFY2(ban.join(QLatin1Char(' ')).contains(QStringLiteral("Tia can no longer sign in")), qPrintable(ban.join(QLatin1Char(' '))));
        QVERIFY(!SignInFix::proposedChange(Action::Ban));
        const QString totp = SignInFix::consequences(Action::RemoveTotp, owner).join(QLatin1Char(' '));
        QVERIFY2(totp.contains(QStringLiteral("2FA is off for Tia")), qPrintable(totp));
        QVERIFY(!SignInFix::consequences(Action::RemoveBackupCodes, owner).join(QLatin1Char(' ')).contains(QStringLiteral("2FA is off")));
        QVERIFY(SignInFix::isMadeOn(Action::Unlock, [] { UserSummary u; u.locked = false; return u; }()));
        QVERIFY(!SignInFix::isMadeOn(Action::Unlock, UserSummary()));
    }
};

QTEST_GUILESS_MAIN(TestSignInFix)
#include "tst_signinfix.moc"

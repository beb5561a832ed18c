// SPDX-License-Identifier: MIT
// What undo does for the sign-in fixes' journal entries: a ban is undone by an unban and an unban
// by a ban again (and the undo of either by the other), only while the user's banned state is as
// the entry left it; an unlock, a removed authenticator app or backup codes and a sign-out
// everywhere are refused with the plain reason.
#include "journal/journalentry.h"
#include "journal/undoplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace PhoneDesk;

namespace {
QJsonObject userBanned(bool banned)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("user_b")},
                       {QStringLiteral("first_name"), QStringLiteral("Bea")},
                       {QStringLiteral("last_name"), QStringLiteral("Silva")},
                       {QStringLiteral("banned"), banned},
                       {QStringLiteral("phone_numbers"), QJsonArray()}};
}

JournalEntry entryOf(JournalOperation operation, const QString &request, bool bannedBefore, bool bannedAfter)
{
    JournalEntry entry = JournalEntry::of(operation, request, QStringLiteral("user_b"));
    entry.id = QStringLiteral("entry_1");
    entry.before = userBanned(bannedBefore);
    entry.after = userBanned(bannedAfter);
    return entry;
}

JournalEntry ban()
{
    return entryOf(JournalOperation::Ban, QStringLiteral("POST /users/{id}/ban"), false, true);
}

JournalEntry unban()
{
    return entryOf(JournalOperation::Unban, QStringLiteral("POST /users/{id}/unban"), true, false);
}
} // namespace

class TestJournalSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBanIsUndoneByAnUnban()
    {
        const UndoPlan plan = UndoPlan::of(ban());
        QVERIFY2(plan.possible(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().kind, UndoPlan::Step::Kind::Unban);
        QCOMPARE(plan.steps.first().userId, QStringLiteral("user_b"));
        QCOMPARE(UndoPlan::requestOf(plan.steps.first().kind), QStringLiteral("POST /users/{id}/unban"));
        QVERIFY2(plan.description.contains(QStringLiteral("Unban Bea Silva")), qPrintable(plan.description));
        QVERIFY(UndoPlan::drift(ban(), userBanned(true)).isEmpty());
    }

    void anUnbanIsUndoneByABan()
    {
        const UndoPlan plan = UndoPlan::of(unban());
        QVERIFY2(plan.possible(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.first().kind, UndoPlan::Step::Kind::Ban);
        QCOMPARE(UndoPlan::requestOf(plan.steps.first().kind), QStringLiteral("POST /users/{id}/ban"));
        QVERIFY2(plan.description.contains(QStringLiteral("Ban Bea Silva again")), qPrintable(plan.description));
        QVERIFY(UndoPlan::drift(unban(), userBanned(false)).isEmpty());
    }

    // The undo of a ban is an unban: undoing that bans again, known by its request.
    void theUndoOfABanIsUndoneByABan()
    {
        JournalEntry undone = entryOf(JournalOperation::Undo, QStringLiteral("POST /users/{id}/unban"), true, false);
        undone.undoes = QStringLiteral("entry_0");
        const UndoPlan plan = UndoPlan::of(undone);
        QVERIFY2(plan.possible(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.first().kind, UndoPlan::Step::Kind::Ban);
        JournalEntry rebanned = entryOf(JournalOperation::Undo, QStringLiteral("POST /users/{id}/ban"), false, true);
        QCOMPARE(UndoPlan::of(rebanned).steps.first().kind, UndoPlan::Step::Kind::Unban);
    }

    void aBannedStateThatDriftedIsRefused()
    {
        const QStringList unbannedSince = UndoPlan::drift(ban(), userBanned(false));
        QCOMPARE(unbannedSince.size(), 1);
        QVERIFY2(unbannedSince.first().contains(QStringLiteral("no longer banned")), qPrintable(unbannedSince.first()));
        const QStringList bannedSince = UndoPlan::drift(unban(), userBanned(true));
        QCOMPARE(bannedSince.size(), 1);
        QVERIFY2(bannedSince.first().contains(QStringLiteral("banned again")), qPrintable(bannedSince.first()));
        QJsonObject unknown = userBanned(true);
        unknown.remove(QStringLiteral("banned"));
        QCOMPARE(UndoPlan::drift(ban(), unknown).size(), 1);
    }

    void aBanOfAUserBannedAlreadyHasNothingToUndo()
    {
        const UndoPlan plan = UndoPlan::of(entryOf(JournalOperation::Ban, QStringLiteral("POST /users/{id}/ban"), true, true));
        QVERIFY(!plan.possible());
        QVERIFY2(plan.refusal.contains(QStringLiteral("banned already")), qPrintable(plan.refusal));
    }

    void aFailedBanHasNothingToUndo()
    {
        JournalEntry failed = ban();
        failed.outcome = JournalEntry::Outcome::Failed;
        failed.after = {};
        const UndoPlan plan = UndoPlan::of(failed);
        QVERIFY(!plan.possible());
        QVERIFY2(plan.refusal.contains(QStringLiteral("failed")), qPrintable(plan.refusal));
    }

    // Known by the operation alone, done or failed: the plain reason each time.
    void whatTheApiCannotGiveBackIsRefused_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unlock") << int(JournalOperation::Unlock) << QStringLiteral("the lockout cannot be put back");
        QTest::newRow("remove_totp") << int(JournalOperation::RemoveTotp) << QStringLiteral("must set it up (enroll) again");
        QTest::newRow("remove_backup_codes") << int(JournalOperation::RemoveBackupCodes) << QStringLiteral("must make (enroll) new ones");
        QTest::newRow("revoke_sessions") << int(JournalOperation::RevokeSessions) << QStringLiteral("the user signs in again");
    }

    void whatTheApiCannotGiveBackIsRefused()
    {
        QFETCH(int, operation);
        QFETCH(QString, reason);
        JournalEntry entry = entryOf(JournalOperation(operation), QStringLiteral("POST /users/{id}/x"), false, false);
        for (const JournalEntry::Outcome outcome : {JournalEntry::Outcome::Done, JournalEntry::Outcome::Failed}) {
            entry.outcome = outcome;
            const UndoPlan plan = UndoPlan::of(entry);
            QVERIFY(!plan.possible());
            QVERIFY(plan.steps.isEmpty());
            QVERIFY2(plan.refusal.contains(reason), qPrintable(plan.refusal));
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalSignIn)
#include "tst_journalsignin.moc"

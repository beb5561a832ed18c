// SPDX-License-Identifier: MIT
// Changes made through the dialogs' backends are journaled with the owner before and after, and
// JournalUndo reverts them against the sandbox over loopback HTTP: an edit, a deleted number
// (re-created with its flags); and refuses, saying why, when the account drifted since the entry
// or when the API cannot revert the change.
#include "sandboxfixture.h"

#include "journal/journal.h"
#include "ui/journalview/journalundo.h"
#include "ui/changes/mfaresetter.h"
#include "ui/changes/phonenumberdeleter.h"
#include "ui/changes/phonenumbereditor.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

class TestJournalUndo : public QObject, private SandboxFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Journal m_journal;

    // The last entry of the journal; fails the test when there is none.
    JournalEntry lastEntry()
    {
        const JournalContents contents = m_journal.read();
        if (contents.entries.isEmpty())
            return {};
        return contents.entries.last();
    }

    bool edit(const QString &phoneId, bool verified)
    {
        PhoneNumberEditor editor;
        editor.setModel(m_model.get());
        editor.setPhoneNumberId(phoneId);
        editor.setVerified(verified);
        editor.submit();
        return settled(editor) && editor.error().isEmpty();
    }

    // Runs the undo of `entryId` to its end; its error, "" when it succeeded.
    QString undo(const QString &entryId, JournalUndo &undo)
    {
        undo.setModel(m_model.get());
        undo.setEntryId(entryId);
        undo.submit();
        if (!settled(undo))
            return QStringLiteral("the undo did not finish");
        return undo.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        startSandbox(20, 23, QStringLiteral("+4915298761"));
        m_journal.open(m_dir.filePath(QStringLiteral("journal.jsonl")),
                       Journal::sourceFor(QStringLiteral("test"), m_sandbox.baseUrl(), m_sandbox.secretKey()));
        m_model->setJournal(&m_journal);
    }

    void editIsJournaledWithBeforeAndAfter()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kUnverified));
        QVERIFY(edit(owner.second, true));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::Update);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(entry.userId, owner.userId);
        QCOMPARE(entry.phoneNumberId, owner.second);
        QCOMPARE(entry.phoneNumber, storedPhone(owner.second).phoneNumber);
        QVERIFY(!UndoPlan::flagsOf(entry.before, owner.second).verified);
        QVERIFY(UndoPlan::flagsOf(entry.after, owner.second).verified);
        QCOMPARE(entry.source.profile, QStringLiteral("test"));
        QCOMPARE(entry.source.keyKind, QStringLiteral("development"));
    }

    void undoRestoresAnEdit()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kUnverified));
        QVERIFY(edit(owner.second, true));
        const JournalEntry entry = lastEntry();
        QVERIFY(storedPhone(owner.second).isVerified());

        JournalUndo check;
        check.setModel(m_model.get());
        check.setEntryId(entry.id);
        check.check();
        QVERIFY(settled(check));
        QVERIFY2(check.refusal().isEmpty(), qPrintable(check.refusal()));
        QVERIFY2(check.plan().contains(QStringLiteral("verified back to off")), qPrintable(check.plan()));
        QVERIFY(storedPhone(owner.second).isVerified()); // checking sends nothing

        JournalUndo undoer;
        QSignalSpy done(&undoer, &AccountChange::done);
        QCOMPARE(undo(entry.id, undoer), QString());
        QCOMPARE(done.size(), 1);
        QVERIFY(!storedPhone(owner.second).isVerified());
        // The list shows it, and the undo is journaled itself.
        QCOMPARE(m_model->rowAt(m_model->rowOfId(owner.second)).phone.isVerified(), false);
        const JournalEntry undone = lastEntry();
        QCOMPARE(undone.operation, JournalOperation::Undo);
        QCOMPARE(undone.undoes, entry.id);
        QCOMPARE(undone.id, undoer.lastJournalEntryId());
        QVERIFY(UndoPlan::flagsOf(undone.before, owner.second).verified);
        QVERIFY(!UndoPlan::flagsOf(undone.after, owner.second).verified);
    }

    void driftIsRefusedWithWhatChanged()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kVerified));
        QVERIFY(edit(owner.second, false));
        const JournalEntry entry = lastEntry();
        // Someone else verifies it again, and reserves it for two-step sign-in.
        const SandboxReply changed = m_sandbox.store().updatePhoneNumber(
            owner.second, bodyOf({{QStringLiteral("verified"), true}, {QStringLiteral("reserved_for_second_factor"), true}}));
        QCOMPARE(changed.status, 200);

        const qsizetype entries = m_journal.read().entries.size();
        JournalUndo undoer;
        const QString error = undo(entry.id, undoer);
        QVERIFY(undoer.refused());
        QVERIFY2(error.contains(QStringLiteral("Verified of")) && error.contains(QStringLiteral("is now on; this change left it off")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Reserved for two-step sign-in")), qPrintable(error));
        // Nothing was sent, nothing journaled.
        QVERIFY(storedPhone(owner.second).isVerified());
        QCOMPARE(m_journal.read().entries.size(), entries);
    }

    void deletedNumberIsAddedAgainWithItsFlags()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kSecondFactor));
        const QString number = storedPhone(owner.second).phoneNumber;
        PhoneNumberDeleter deleter;
        deleter.setModel(m_model.get());
        deleter.setPhoneNumberId(owner.second);
        QVERIFY(deleter.canSubmit());
        deleter.submit();
        QVERIFY(settled(deleter));
        QCOMPARE(deleter.error(), QString());
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::Delete);
        QVERIFY(UndoPlan::flagsOf(entry.before, owner.second).exists);
        QVERIFY(!UndoPlan::flagsOf(entry.after, owner.second).exists);

        JournalUndo undoer;
        QCOMPARE(undo(entry.id, undoer), QString());
        const UserSummary user = storedUser(owner.userId);
        const PhoneNumber *again = nullptr;
        for (const PhoneNumber &phone : user.phoneNumbers) {
            if (phone.phoneNumber == number)
                again = &phone;
        }
        QVERIFY(again);
        QVERIFY(again->isVerified());
        QCOMPARE(again->reservedForSecondFactor, std::optional<bool>(true));
        QVERIFY(m_model->rowOfId(again->id) >= 0);
        // The undo's entry names the new number, so that it can itself be undone.
        QCOMPARE(lastEntry().phoneNumberId, again->id);

        // Undoing the same deletion again is refused: the number is back.
        JournalUndo twice;
        QVERIFY(!undo(entry.id, twice).isEmpty());
        QVERIFY(twice.refused());
        QVERIFY2(twice.refusal().contains(QStringLiteral("has %1 again").arg(number)), qPrintable(twice.refusal()));
    }

    void changesTheApiCannotRevertAreRefused()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kSecondFactor, kVerified));
        MfaResetter resetter;
        resetter.setModel(m_model.get());
        resetter.setUserId(owner.userId);
        QVERIFY(resetter.canSubmit());
        resetter.submit();
        QVERIFY(settled(resetter));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, JournalOperation::ResetMfa);
        QCOMPARE(entry.before.value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QCOMPARE(entry.after.value(QStringLiteral("two_factor_enabled")).toBool(), false);

        JournalUndo undoer;
        QVERIFY(!undo(entry.id, undoer).isEmpty());
        QVERIFY(undoer.refused());
        QVERIFY2(undoer.refusal().contains(QStringLiteral("cannot be undone")), qPrintable(undoer.refusal()));

        JournalUndo unknown;
        QVERIFY(!undo(QStringLiteral("no-such-entry"), unknown).isEmpty());
        QVERIFY(unknown.refused());
    }

    void changeNotSentIsNotJournaled()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kUnverified));
        // Clerk refuses to reserve an unverified number; the editor checks that too, so the
        // number is un-verified on the server behind the editor's back after it loaded.
        PhoneNumberEditor editor;
        editor.setModel(m_model.get());
        editor.setPhoneNumberId(owner.first);
        editor.setReservedForSecondFactor(true);
        const SandboxReply changed = m_sandbox.store().deletePhoneNumber(owner.first);
        QCOMPARE(changed.status, 200);
        const qsizetype entries = m_journal.read().entries.size();
        editor.submit();
        QVERIFY(settled(editor));
        QVERIFY(!editor.error().isEmpty());
        // The number was gone before the PATCH: the editor's re-read failed, nothing was sent,
        // and nothing was journaled.
        QCOMPARE(m_journal.read().entries.size(), entries);
    }
};

QTEST_MAIN(TestJournalUndo)

#include "tst_journalundo.moc"

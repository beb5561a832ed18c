// SPDX-License-Identifier: MIT
// PhoneNumberEditor against the sandbox over loopback HTTP, with the list model it edits watched by
// QAbstractItemModelTester: each edit Clerk takes lands in the model with its side effects on the
// owner's other rows; each refusal, missing number, wrong key or change made meanwhile on the
// server leaves the model as it was and the draft intact.
#include "operations/phonenumberedit.h"
#include "ui/changes/phonenumbereditor.h"
#include "sandboxfixture.h"

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
constexpr int kUsers = 20;
} // namespace

// Each test takes a demo user of its own, with `first` verified and primary and `second` as the
// test needs, and no second factor.
class TestPhoneNumberEditor : public QObject, private SandboxFixture
{
    Q_OBJECT

private:
    void openEditor(PhoneNumberEditor &editor, const QString &phoneId)
    {
        editor.setModel(m_model.get());
        editor.setPhoneNumberId(phoneId);
    }

    // A fresh owner's unverified second number, being marked verified: the change is in flight.
    bool startVerifying(PhoneNumberEditor &editor, Owner *owner)
    {
        if (!prepare(owner, kVerified, kUnverified))
            return false;
        openEditor(editor, owner->second);
        editor.setVerified(true);
        editor.submit();
        return editor.busy();
    }

private Q_SLOTS:
    void initTestCase();
    void loadsTheRowAndTracksTheDraft();
    void marksVerified();
    void makesPrimaryAndTheOldPrimaryRowFollows();
    void reservesForSecondFactorAndTheOwnerTurnsTwoFactorOn();
    void reservingAnUnverifiedNumberIsRefusedBeforeSending();
    void clerksRefusalIsShownWithTheDraftIntact();
    void aDeletedNumberIsReportedAndTheModelKept();
    void aWrongKeyIsReportedAndNothingChanges();
    void aNumberChangedMeanwhileIsNotPatched();
    void aSecondSubmitWhileLoadingIsIgnored();
    void switchingNumbersDropsTheAnswerInFlight();
    void withoutARowItLoadsFromTheServer();
};

void TestPhoneNumberEditor::initTestCase()
{
    // The clock stands still: two changes in the same instant keep the same updated_at.
    startSandbox(kUsers, 5, QStringLiteral("+4915112345"));
}

void TestPhoneNumberEditor::loadsTheRowAndTracksTheDraft()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.first);
    QVERIFY(editor.originalVerified());
    QVERIFY(editor.originalPrimary());
    QVERIFY(!editor.originalReservedForSecondFactor());
    QVERIFY(editor.verified());
    QVERIFY(!editor.hasUnsentInput());
    QVERIFY(!editor.canSubmit());
    // Clerk cannot take primary away by PATCH; another number has to be made primary.
    editor.setPrimary(false);
    QVERIFY(editor.hasUnsentInput());
    QVERIFY(!editor.validationError().isEmpty());
    QVERIFY(!editor.canSubmit());

    editor.setPhoneNumberId(owner.second);
    QVERIFY(!editor.verified());
    QVERIFY(!editor.primary());
    QSignalSpy state(&editor, &PhoneNumberEditor::stateChanged);
    editor.setVerified(true);
    QVERIFY(editor.hasUnsentInput());
    QVERIFY(editor.canSubmit());
    QVERIFY(editor.validationError().isEmpty());
    QVERIFY(!state.isEmpty());
    editor.revert();
    QVERIFY(!editor.verified());
    QVERIFY(!editor.hasUnsentInput());
    QVERIFY(!editor.canSubmit());
}

void TestPhoneNumberEditor::marksVerified()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QCOMPARE(roleOf(owner.second, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("none"));
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setVerified(true);
    editor.submit();
    QVERIFY(editor.busy());
    QVERIFY(done.wait(10000));
    QVERIFY(!editor.busy());
    QVERIFY(editor.error().isEmpty());
    QVERIFY(storedPhone(owner.second).isVerified());
    QCOMPARE(roleOf(owner.second, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(editor.originalVerified());
    QVERIFY(!editor.hasUnsentInput());
}

void TestPhoneNumberEditor::makesPrimaryAndTheOldPrimaryRowFollows()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kVerified));
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::IsPrimaryRole).toBool());
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setPrimary(true);
    editor.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::IsPrimaryRole).toBool());
    QVERIFY(!roleOf(owner.first, PhoneNumberListModel::IsPrimaryRole).toBool());
    QCOMPARE(storedUser(owner.userId).primaryPhoneNumberId, std::optional<QString>(owner.second));
    // The old primary's row was announced with the role that changed.
    QVERIFY(announced(changed, m_model->rowOfId(owner.first), PhoneNumberListModel::IsPrimaryRole));
    QVERIFY(editor.originalPrimary());
}

void TestPhoneNumberEditor::reservesForSecondFactorAndTheOwnerTurnsTwoFactorOn()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kVerified));
    QVERIFY(!roleOf(owner.first, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    editor.setReservedForSecondFactor(true);
    QVERIFY(editor.canSubmit());
    editor.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::ReservedForSecondFactorRole).toBool());
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::DefaultSecondFactorRole).toBool());
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    QVERIFY(editor.originalReservedForSecondFactor());
}

void TestPhoneNumberEditor::reservingAnUnverifiedNumberIsRefusedBeforeSending()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    editor.setReservedForSecondFactor(true);
    QVERIFY(editor.hasUnsentInput());
    QCOMPARE(editor.validationError(),
             QStringLiteral("A number must be verified before it can be reserved for two-step sign-in"));
    QVERIFY(!editor.canSubmit());
    const PhoneNumber before = storedPhone(owner.second);
    editor.submit();
    QVERIFY(!editor.busy());
    QTest::qWait(100);
    QCOMPARE(storedPhone(owner.second), before);
    // Verifying in the same draft makes it valid.
    editor.setVerified(true);
    QVERIFY(editor.validationError().isEmpty());
    QVERIFY(editor.canSubmit());
}

void TestPhoneNumberEditor::clerksRefusalIsShownWithTheDraftIntact()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kVerified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QVERIFY(editor.originalVerified());
    // Someone un-verifies the number in the same instant (the sandbox clock stands still), so its
    // updated_at does not tell: Clerk's own check is the last line.
    QCOMPARE(m_sandbox.store().updatePhoneNumber(owner.second, bodyOf({{QStringLiteral("verified"), false}})).status, 200);
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setReservedForSecondFactor(true);
    editor.submit();
    QVERIFY(settled(editor));
    QCOMPARE(done.size(), 0);
    QCOMPARE(editor.errorCode(), QStringLiteral("identification_update_second_factor_unverified"));
    QCOMPARE(editor.errorField(), QStringLiteral("reserved_for_second_factor"));
    QVERIFY(!editor.error().isEmpty());
    QVERIFY(!editor.errorTraceId().isEmpty());
    QVERIFY(editor.reservedForSecondFactor());
    QVERIFY(editor.hasUnsentInput());
    QVERIFY(changed.isEmpty());
    QVERIFY(!roleOf(owner.second, PhoneNumberListModel::ReservedForSecondFactorRole).toBool());
}

void TestPhoneNumberEditor::aDeletedNumberIsReportedAndTheModelKept()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QCOMPARE(m_sandbox.store().deletePhoneNumber(owner.second).status, 200);
    const int rows = m_model->rowCount();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    editor.setVerified(true);
    editor.submit();
    QVERIFY(settled(editor));
    QCOMPARE(editor.errorCode(), QStringLiteral("resource_not_found"));
    QVERIFY(!editor.error().isEmpty());
    QVERIFY(editor.verified());
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(m_model->rowOfId(owner.second) >= 0);
    QVERIFY(changed.isEmpty());
    QVERIFY(removed.isEmpty());
}

void TestPhoneNumberEditor::aWrongKeyIsReportedAndNothingChanges()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    ClerkClient wrongKey;
    useWrongKey(wrongKey);
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    m_model->setClient(&wrongKey);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setVerified(true);
    editor.submit();
    QVERIFY(settled(editor));
    m_model->setClient(&m_client);
    QCOMPARE(editor.errorCode(), QStringLiteral("clerk_key_invalid"));
    QVERIFY(!editor.error().isEmpty());
    QVERIFY(editor.verified());
    QVERIFY(changed.isEmpty());
    QVERIFY(!storedPhone(owner.second).isVerified());
    // The same draft goes through once the key is right.
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    editor.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(editor.error().isEmpty());
}

void TestPhoneNumberEditor::aNumberChangedMeanwhileIsNotPatched()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEditor editor;
    openEditor(editor, owner.second);
    QVERIFY(!editor.originalVerified());
    m_sandbox.store().advanceClock(1000);
    QCOMPARE(m_sandbox.store().updatePhoneNumber(owner.second, bodyOf({{QStringLiteral("verified"), true}})).status, 200);
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    editor.setPrimary(true);
    editor.submit();
    QVERIFY(settled(editor));
    QCOMPARE(done.size(), 0);
    QVERIFY(editor.staleNotice().startsWith(QStringLiteral("This number changed on the server since it was loaded: ")));
    QVERIFY(editor.error().isEmpty());
    // The model and the originals show the server's state; the draft is the agent's.
    QCOMPARE(roleOf(owner.second, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
    QVERIFY(editor.originalVerified());
    QVERIFY(editor.primary());
    QVERIFY(!editor.originalPrimary());
    QCOMPARE(storedUser(owner.userId).primaryPhoneNumberId, std::optional<QString>(owner.first));
    // Submitting again, now against the state seen, goes through.
    editor.setVerified(true);
    editor.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::IsPrimaryRole).toBool());
}

void TestPhoneNumberEditor::aSecondSubmitWhileLoadingIsIgnored()
{
    Owner owner;
    PhoneNumberEditor editor;
    QVERIFY(startVerifying(editor, &owner));
    // done cannot fire before the event loop runs: the answer comes over the network.
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    QVERIFY(!editor.canSubmit());
    editor.submit();
    editor.revert(); // nor is the draft taken away while it is being sent
    QVERIFY(editor.verified());
    QVERIFY(done.wait(10000));
    QTest::qWait(200);
    QCOMPARE(done.size(), 1);
    QVERIFY(editor.error().isEmpty());
    QVERIFY(!editor.busy());
}

void TestPhoneNumberEditor::switchingNumbersDropsTheAnswerInFlight()
{
    Owner owner;
    PhoneNumberEditor editor;
    QVERIFY(startVerifying(editor, &owner));
    // done cannot fire before the event loop runs: the answer comes over the network.
    QSignalSpy done(&editor, &PhoneNumberEditor::done);
    editor.setPhoneNumberId(owner.first);
    QVERIFY(!editor.busy());
    QVERIFY(editor.primary());
    QVERIFY(!editor.hasUnsentInput());
    QTest::qWait(300);
    QCOMPARE(done.size(), 0);
    QVERIFY(editor.error().isEmpty());
    QVERIFY(!storedPhone(owner.second).isVerified());
}

// The command line edits without a list: core's PhoneNumberEdit reads the number and finds its
// owner itself, and keeps the PATCH answer as the server sent it.
void TestPhoneNumberEditor::withoutARowItLoadsFromTheServer()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberEdit edit;
    edit.setClient(&m_client);
    QSignalSpy loaded(&edit, &PhoneNumberEdit::loaded);
    edit.loadFromServer(owner.first);
    QVERIFY(loaded.wait(10000));
    QVERIFY(edit.original().verified);
    QVERIFY(edit.original().primary); // the owner was found through the exact number search
    QVERIFY(edit.validationError().isEmpty());
    PhoneNumberEdit::Flags draft = edit.draft();
    draft.primary = false;
    edit.setDraft(draft);
    QVERIFY(!edit.validationError().isEmpty()); // primary cannot be taken away
    edit.revert();

    edit.loadFromServer(owner.second);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!edit.original().verified);
    QVERIFY(!edit.original().primary);
    QSignalSpy done(&edit, &ChangePipeline::done);
    draft = edit.draft();
    draft.verified = true;
    edit.setDraft(draft);
    edit.submit();
    QVERIFY(done.wait(10000));
    QCOMPARE(edit.answer().value(QLatin1StringView("id")).toString(), owner.second);
    QVERIFY(storedPhone(owner.second).isVerified());

    QSignalSpy failed(&edit, &ChangePipeline::failed);
    edit.loadFromServer(QStringLiteral("idn_does_not_exist"));
    QVERIFY(failed.wait(10000));
    QVERIFY(edit.lastError().has_value());
    QCOMPARE(edit.lastError()->httpStatus, 404);
    QVERIFY(!edit.loading());
}

QTEST_MAIN(TestPhoneNumberEditor)
#include "tst_phonenumbereditor.moc"

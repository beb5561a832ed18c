// SPDX-License-Identifier: MIT
// The window's side of the sign-in check and its fixes, against the sandbox with a user in each
// sign-in state and SMS blocked to BR and IN: the findings model (watched by
// QAbstractItemModelTester), the SMS blocklist as the workspace reads it, the list's smsBlocked
// role and filter, the check following a fix made through another backend without reading the
// user again, and the fix backend's reads, refusals and sign-out report.
#include "signin/signindiagnosis.h"
#include "ui/changes/signinfixer.h"
#include "ui/list/phonenumberfiltermodel.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/list/smsblocklistreader.h"
#include "ui/signin/signinchecker.h"
#include "ui/signin/signinfindingmodel.h"
#include "sandboxfixture.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace PhoneDesk;

namespace {
using Kind = SignInFinding::Kind;

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 10000);
}

QStringList kindsOf(const SignInFindingModel &model)
{
    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.append(model.index(row).data(SignInFindingModel::KindRole).toString());
    return kinds;
}
} // namespace

class TestSignInWindow : public QObject, public Testing::SandboxFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findingsAreRowsMostBlockingFirst();
    void blocklistIsReadAndForgottenWithTheConnection();
    void listRowsKnowTheirCountryIsBlocked();
    void checkFindsTheLockAndFollowsTheUnlock();
    void checkSaysWhenTheUserCannotBeRead();
    void fixerNamesWhatHappensAndWhenTheFixIsInPlaceAlready();
    void banThenUnban();
    void signOutEverywhereReportsEverySession();

private:
    [[nodiscard]] QString userIn(const char *state) const;
    [[nodiscard]] QString phoneOf(const char *state) const;
    // A fixer of `action` for `userId` on the model, once it read the owner.
    std::unique_ptr<SignInFixer> fixerFor(SignInFix::Action action, const QString &userId);

};

void TestSignInWindow::initTestCase()
{
    Sandbox::Options options;
    options.users = 30;
    options.seed = 7;
    options.plantSignInCases = true;
    options.smsBlockedCountries = {QStringLiteral("BR"), QStringLiteral("IN")};
    startSandbox(options, QStringLiteral("+4915123459"));
    QCOMPARE(m_sandbox.store().signInCases().size(), 10);
}

QString TestSignInWindow::userIn(const char *state) const
{
    for (const SandboxStore::SignInCase &planted : const_cast<Sandbox &>(m_sandbox).store().signInCases()) {
        if (planted.state == QLatin1StringView(state))
            return planted.userId;
    }
    return {};
}

QString TestSignInWindow::phoneOf(const char *state) const
{
    for (const SandboxStore::SignInCase &planted : const_cast<Sandbox &>(m_sandbox).store().signInCases()) {
        if (planted.state == QLatin1StringView(state))
            return planted.phoneNumberId;
    }
    return {};
}

std::unique_ptr<SignInFixer> TestSignInWindow::fixerFor(SignInFix::Action action, const QString &userId)
{
    auto fixer = std::make_unique<SignInFixer>();
    fixer->setAction(action);
    fixer->setModel(m_model.get());
    fixer->setUserId(userId);
    if (!waitFor([&] { return !fixer->reading(); }))
        return nullptr;
    return fixer;
}

void TestSignInWindow::findingsAreRowsMostBlockingFirst()
{
    SignInFindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(int(SignInFindingModel::KindRole), Qt::UserRole + 1);
    for (auto it = model.roleNames().cbegin(); it != model.roleNames().cend(); ++it)
        QVERIFY(it.key() > Qt::UserRole);

    UserSummary user;
    user.id = QStringLiteral("user_a");
    user.firstName = QStringLiteral("Ana");
    user.locked = true;
    user.lockoutExpiresInSeconds = 600;
    user.verificationAttemptsRemaining = 0;
    user.banned = true;
    PhoneNumber brazil;
    brazil.id = QStringLiteral("idn_br");
    brazil.phoneNumber = QStringLiteral("+5521998765432");
    brazil.verification = Verification::admin();
    user.phoneNumbers = {brazil};
    const qint64 readAt = 1'700'000'000'000;
    const SignInDiagnosis diagnosis = SignInDiagnosis::of(user, SmsBlocklist({QStringLiteral("IN"), QStringLiteral("BR")}), readAt);
    QSignalSpy counted(&model, &SignInFindingModel::countChanged);
    model.show(diagnosis, {QStringLiteral("BR"), QStringLiteral("IN")});
    QCOMPARE(counted.count(), 1);
    QCOMPARE(kindsOf(model), (QStringList{QStringLiteral("banned"), QStringLiteral("locked"), QStringLiteral("sms_country_blocked")}));

    const QVariantMap locked = model.get(1);
    QCOMPARE(locked.value(QStringLiteral("fixAction")).toString(), QStringLiteral("unlock"));
    QCOMPARE(locked.value(QStringLiteral("fixButtonText")).toString(), QStringLiteral("Unlock…"));
    QCOMPARE(locked.value(QStringLiteral("tone")).toString(), QStringLiteral("danger"));
    QCOMPARE(locked.value(QStringLiteral("lockoutEndsAt")).toDateTime().toMSecsSinceEpoch(), readAt + 600'000);
    QCOMPARE(locked.value(QStringLiteral("verificationAttemptsRemaining")).toLongLong(), 0);
    QVERIFY(locked.value(QStringLiteral("evidence")).toString().contains(QLatin1StringView("lockout_expires_in_seconds: 600")));
    QCOMPARE(model.get(0).value(QStringLiteral("fixAction")).toString(), QStringLiteral("unban"));

    const QVariantMap blocked = model.get(2);
    // Not in the Backend API's hands: said, and no button.
    QCOMPARE(blocked.value(QStringLiteral("fixAction")).toString(), QString());
    QCOMPARE(blocked.value(QStringLiteral("fixButtonText")).toString(), QString());
    QCOMPARE(blocked.value(QStringLiteral("phoneNumberId")).toString(), QStringLiteral("idn_br"));
    QCOMPARE(blocked.value(QStringLiteral("countryCode")).toString(), QStringLiteral("BR"));
    QVERIFY2(blocked.value(QStringLiteral("evidence")).toString().contains(QLatin1StringView("blocked_country_codes: BR, IN")),
             qPrintable(blocked.value(QStringLiteral("evidence")).toString()));
    // Unknown evidence is undefined, never a made-up zero.
    QVERIFY(!blocked.value(QStringLiteral("lockoutEndsAt")).isValid());

    // The same diagnosis again changes nothing; none clears it.
    model.show(diagnosis, {QStringLiteral("BR"), QStringLiteral("IN")});
    QCOMPARE(counted.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counted.count(), 2);
}

void TestSignInWindow::blocklistIsReadAndForgottenWithTheConnection()
{
    SmsBlocklistReader reader;
    QVERIFY(!reader.known());
    QVERIFY(!reader.blocksRegion(QStringLiteral("BR")));
    reader.setClient(&m_client);
    QSignalSpy changed(&reader, &SmsBlocklistReader::blocklistChanged);
    reader.read();
    QVERIFY(reader.loading());
    QVERIFY(waitFor([&] { return !reader.loading(); }));
    QVERIFY(reader.known());
    QCOMPARE(reader.countryCodes(), (QStringList{QStringLiteral("BR"), QStringLiteral("IN")}));
    QVERIFY(reader.blocksRegion(QStringLiteral("br")));
    QVERIFY(!reader.blocksRegion(QStringLiteral("GB")));
    QCOMPARE(changed.count(), 1);

    // Another connection whose key the server refuses: the old blocklist goes at once, and the
    // failure is said, not taken for an empty blocklist.
    ClerkClient wrong;
    wrong.setBaseUrl(m_sandbox.baseUrl());
    wrong.setSecretKey(QStringLiteral("sk_test_wrong"));
    wrong.setRateLimit(0);
    reader.setClient(&wrong);
    reader.restart();
    QVERIFY(!reader.known());
    QCOMPARE(changed.count(), 2);
    QVERIFY(waitFor([&] { return !reader.loading(); }));
    QVERIFY(!reader.known());
    QVERIFY(!reader.error().isEmpty());
    QVERIFY(!reader.blocksRegion(QStringLiteral("BR")));
}

void TestSignInWindow::listRowsKnowTheirCountryIsBlocked()
{
    const QString brazil = phoneOf("sms_country_blocked");
    const int row = m_model->rowOfId(brazil);
    QVERIFY(row >= 0);
    PhoneNumberFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Unknown until the blocklist is read: neither blocked nor not.
    m_model->setSmsBlocklist(std::nullopt);
    QVERIFY(!m_model->index(row).data(PhoneNumberListModel::SmsBlockedRole).isValid());

    filter.setSmsBlockedOnly(true);
    QVERIFY(filter.filtering());
    QCOMPARE(filter.count(), 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSmsBlocklist(SmsBlocklist({QStringLiteral("BR"), QStringLiteral("IN")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{PhoneNumberListModel::SmsBlockedRole});
    QCOMPARE(m_model->index(row).data(PhoneNumberListModel::SmsBlockedRole), QVariant(true));
    QVERIFY(filter.count() >= 1);
    for (int i = 0; i < filter.count(); ++i)
        QVERIFY(filter.get(i).value(QStringLiteral("smsBlocked")).toBool());
    QVERIFY(filter.rowOfId(brazil) >= 0);

    filter.setSmsBlockedOnly(false);
    QCOMPARE(filter.count(), m_model->rowCount());
    m_model->setSmsBlocklist(SmsBlocklist({QStringLiteral("IN")}));
    QCOMPARE(m_model->index(row).data(PhoneNumberListModel::SmsBlockedRole), QVariant(false));
    filter.setSmsBlockedOnly(true);
    QCOMPARE(filter.rowOfId(brazil), -1);
    filter.clearFilters();
    QVERIFY(!filter.smsBlockedOnly());
    m_model->setSmsBlocklist(SmsBlocklist({QStringLiteral("BR"), QStringLiteral("IN")}));
}

void TestSignInWindow::checkFindsTheLockAndFollowsTheUnlock()
{
    SmsBlocklistReader blocklist;
    blocklist.setClient(&m_client);
    blocklist.read();
    QVERIFY(waitFor([&] { return blocklist.known(); }));

    SignInChecker checker;
    QAbstractItemModelTester tester(checker.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    checker.setModel(m_model.get());
    checker.setBlocklist(&blocklist);
    const QString locked = userIn("locked_expiring");
    checker.setUserId(locked);
    QVERIFY(checker.loading());
    QVERIFY(waitFor([&] { return !checker.loading(); }));
    QVERIFY2(checker.error().isEmpty(), qPrintable(checker.error()));
    QVERIFY(checker.diagnosed());
    QVERIFY(checker.blocklistKnown());
    QVERIFY(kindsOf(*checker.findings()).contains(QStringLiteral("locked")));
    const QVariantMap user = checker.user();
    QCOMPARE(user.value(QStringLiteral("locked")), QVariant(true));
    QVERIFY(user.value(QStringLiteral("lockoutEndsAt")).toDateTime() > QDateTime::currentDateTimeUtc().addSecs(20 * 60));
    QCOMPARE(user.value(QStringLiteral("verificationAttemptsRemaining")).toLongLong(), 0);

    // Unlocked through a fix backend on the same list model: the check takes the owner the fix
    // read after it, without a read of its own.
    std::unique_ptr<SignInFixer> unlock = fixerFor(SignInFix::Action::Unlock, locked);
    QVERIFY(unlock);
    QVERIFY(unlock->canSubmit());
    QSignalSpy diagnosed(&checker, &SignInChecker::diagnosisChanged);
    QSignalSpy read(&checker, &SignInChecker::stateChanged);
    unlock->submit();
    QVERIFY(waitFor([&] { return !unlock->busy(); }));
    QVERIFY2(unlock->error().isEmpty(), qPrintable(unlock->error()));
    QVERIFY(unlock->made());
    QVERIFY(diagnosed.count() >= 1);
    QCOMPARE(read.count(), 0);
    QVERIFY(!kindsOf(*checker.findings()).contains(QStringLiteral("locked")));
    QCOMPARE(checker.user().value(QStringLiteral("locked")), QVariant(false));

    // Another user: the findings go at once, and the new user's come.
    checker.setUserId(userIn("sms_country_blocked"));
    QCOMPARE(checker.findings()->rowCount(), 0);
    QVERIFY(!checker.diagnosed());
    QVERIFY(waitFor([&] { return checker.diagnosed(); }));
    QCOMPARE(kindsOf(*checker.findings()), QStringList{QStringLiteral("sms_country_blocked")});
    // Without the blocklist the number is not judged, and the check says so.
    checker.setBlocklist(nullptr);
    QVERIFY(!checker.blocklistKnown());
    QCOMPARE(checker.findings()->rowCount(), 0);
}

void TestSignInWindow::checkSaysWhenTheUserCannotBeRead()
{
    SignInChecker checker;
    checker.setUserId(QStringLiteral("user_none"));
    // No model, no client: said, not a spinner for ever.
    QVERIFY(!checker.loading());
    QVERIFY(!checker.error().isEmpty());
    checker.setModel(m_model.get());
    QVERIFY(waitFor([&] { return !checker.loading(); }));
    QVERIFY(!checker.error().isEmpty());
    QVERIFY(!checker.errorCode().isEmpty());
    QVERIFY(!checker.diagnosed());
}

void TestSignInWindow::fixerNamesWhatHappensAndWhenTheFixIsInPlaceAlready()
{
    // The user with a code waiting is not locked, banned or on an authenticator app.
    const QString userId = userIn("code_pending");
    std::unique_ptr<SignInFixer> unlock = fixerFor(SignInFix::Action::Unlock, userId);
    QVERIFY(unlock);
    QVERIFY(unlock->readError().isEmpty());
    QVERIFY(unlock->alreadyInPlace().contains(QLatin1StringView("not locked")));
    QVERIFY(!unlock->canSubmit());
    QVERIFY(!unlock->undoable());
    QVERIFY(unlock->undoText().contains(QLatin1StringView("countdown cannot be put back")));

    std::unique_ptr<SignInFixer> totp = fixerFor(SignInFix::Action::RemoveTotp, userId);
    QVERIFY(totp);
    QVERIFY(totp->alreadyInPlace().contains(QLatin1StringView("no authenticator app")));

    std::unique_ptr<SignInFixer> ban = fixerFor(SignInFix::Action::Ban, userId);
    QVERIFY(ban);
    QVERIFY(ban->alreadyInPlace().isEmpty());
    QVERIFY(ban->canSubmit());
    QVERIFY(ban->undoable());
    QVERIFY(ban->undoText().contains(QLatin1StringView("Undo in View > Journal")));
    const QString sentences = ban->consequences().join(QLatin1Char('\n'));
    QVERIFY2(sentences.contains(QLatin1StringView("every session of theirs ends")), qPrintable(sentences));
    QVERIFY(ban->owner().value(QStringLiteral("userName")).toString().size() > 0);

    // A user that does not exist: the read says so, and nothing can be sent.
    std::unique_ptr<SignInFixer> nobody = fixerFor(SignInFix::Action::Unlock, QStringLiteral("user_none"));
    QVERIFY(nobody);
    QVERIFY(!nobody->readError().isEmpty());
    QVERIFY(!nobody->canSubmit());
}

void TestSignInWindow::banThenUnban()
{
    const QString userId = userIn("code_expired");
    std::unique_ptr<SignInFixer> ban = fixerFor(SignInFix::Action::Ban, userId);
    QVERIFY(ban && ban->canSubmit());
    ban->submit();
    QVERIFY(waitFor([&] { return !ban->busy(); }));
    QVERIFY2(ban->error().isEmpty(), qPrintable(ban->error()));
    const int row = m_model->rowOfId(phoneOf("code_expired"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row).data(PhoneNumberListModel::UserBannedRole), QVariant(true));

    std::unique_ptr<SignInFixer> again = fixerFor(SignInFix::Action::Ban, userId);
    QVERIFY(again && again->alreadyInPlace().contains(QLatin1StringView("banned already")));
    std::unique_ptr<SignInFixer> unban = fixerFor(SignInFix::Action::Unban, userId);
    QVERIFY(unban && unban->canSubmit());
    unban->submit();
    QVERIFY(waitFor([&] { return !unban->busy(); }));
    QVERIFY(unban->made());
    QCOMPARE(m_model->index(row).data(PhoneNumberListModel::UserBannedRole), QVariant(false));
}

void TestSignInWindow::signOutEverywhereReportsEverySession()
{
    const QString userId = userIn("active_sessions");
    std::unique_ptr<SignInFixer> signOut = fixerFor(SignInFix::Action::RevokeSessions, userId);
    QVERIFY(signOut);
    // Three devices signed in, the ended fourth not listed.
    QCOMPARE(signOut->sessions().size(), 3);
    for (const QVariant &session : signOut->sessions()) {
        const QVariantMap entry = session.toMap();
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("active"));
        QVERIFY(!entry.value(QStringLiteral("device")).toString().isEmpty());
        QVERIFY(!entry.value(QStringLiteral("place")).toString().isEmpty());
        QVERIFY(entry.value(QStringLiteral("lastActiveAt")).toDateTime().isValid());
    }
    QVERIFY(signOut->canSubmit());
    QSignalSpy sessions(signOut.get(), &SignInFixer::sessionsChanged);
    signOut->submit();
    QVERIFY(waitFor([&] { return !signOut->busy(); }));
    QVERIFY2(signOut->error().isEmpty(), qPrintable(signOut->error()));
    QVERIFY(signOut->made());
    QVERIFY(!signOut->canSubmit());
    QCOMPARE(signOut->revokedCount(), 3);
    QCOMPARE(signOut->failedCount(), 0);
    QVERIFY(sessions.count() >= 3);
    for (const QVariant &session : signOut->sessions())
        QCOMPARE(session.toMap().value(QStringLiteral("outcome")).toString(), QStringLiteral("revoked"));

    std::unique_ptr<SignInFixer> again = fixerFor(SignInFix::Action::RevokeSessions, userId);
    QVERIFY(again);
    QCOMPARE(again->sessions().size(), 0);
    QVERIFY(again->alreadyInPlace().contains(QLatin1StringView("no active session")));
    QVERIFY(!again->canSubmit());
}

QTEST_GUILESS_MAIN(TestSignInWindow)

#include "tst_signinwindow.moc"

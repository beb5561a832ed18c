// SPDX-License-Identifier: MIT
// PhoneNumberVerifier against the sandbox over loopback HTTP, with the list model watched by
// QAbstractItemModelTester: a sent code is pending with its expiry; the right code verifies the
// number and its row; wrong codes count attempts until the verification fails; an expired code is
// reported as such; missing numbers and a wrong key show Clerk's error; codes of the wrong form
// are refused without a request, and no code ever reaches the log.
#include "ui/changes/phonenumberverifier.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
constexpr int kUsers = 20;

// Every message logged while a test runs (on any thread), to prove that no code is among them.
QMutex s_loggedMutex;
QStringList s_logged;
QtMessageHandler s_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_loggedMutex);
        s_logged.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
} // namespace

class TestPhoneNumberVerifier : public QObject, private SandboxFixture
{
    Q_OBJECT

private:
    // A fresh unverified number of the next demo user, in the reloaded model; empty on failure.
    QString prepareNumber()
    {
        const QString userId = takeUser();
        const QString phoneId = userId.isEmpty() ? QString() : addNumber(userId, kUnverified);
        if (phoneId.isEmpty() || !reloaded() || m_model->rowOfId(phoneId) < 0)
            return {};
        return phoneId;
    }

    void open(PhoneNumberVerifier &verifier, const QString &phoneId)
    {
        verifier.setModel(m_model.get());
        verifier.setPhoneNumberId(phoneId);
        verifier.setMaxAttempts(SandboxStore::kMaxCodeAttempts);
    }

    // Opens `verifier` on a fresh number (see prepareNumber()); the number's id, "" on failure.
    QString openOnFreshNumber(PhoneNumberVerifier &verifier)
    {
        const QString phoneId = prepareNumber();
        if (!phoneId.isEmpty())
            open(verifier, phoneId);
        return phoneId;
    }

    bool send(PhoneNumberVerifier &verifier)
    {
        QSignalSpy sent(&verifier, &PhoneNumberVerifier::sent);
        verifier.sendCode();
        return settled(verifier) && sent.size() == 1 && verifier.error().isEmpty() && verifier.hasPending();
    }

    // Opens `verifier` on a fresh number and has a code sent to it: the number's id, "" when
    // either failed.
    QString openWithCodeSent(PhoneNumberVerifier &verifier)
    {
        const QString phoneId = openOnFreshNumber(verifier);
        if (phoneId.isEmpty() || !send(verifier))
            return {};
        return phoneId;
    }

    // A six-digit code that is neither the one sent nor Clerk's test code.
    QString wrongCode(const QString &verificationId)
    {
        const QString sent = m_sandbox.store().sentCode(verificationId);
        for (const QString &candidate : {QStringLiteral("111111"), QStringLiteral("222222")}) {
            if (candidate != sent)
                return candidate;
        }
        return {};
    }

    // The code the sandbox sent for the verification under way.
    QString sentCode(const PhoneNumberVerifier &verifier) { return m_sandbox.store().sentCode(verifier.verificationId()); }

private Q_SLOTS:
    void initTestCase();
    void codesAreCheckedForFormBeforeSending_data();
    void codesAreCheckedForFormBeforeSending();
    void sendingShowsThePendingVerification();
    void theRightCodeVerifiesTheNumberAndItsRow();
    void aWrongCodeCountsAnAttempt();
    void tooManyWrongCodesFailAndANewCodeStartsAgain();
    void anExpiredCodeIsReported();
    void anInvalidCodeIsRefusedWithoutARequest();
    void checkingWithoutASentCodeIsRefused();
    void anUnknownNumberIsReported();
    void aNumberDeletedAfterSendingIsReportedAndThePendingKept();
    void aWrongKeyIsReported();
    void aSecondSendWhileLoadingIsIgnored();
    void switchingNumbersDropsThePendingCode();
    void noCodeIsLogged();
};

void TestPhoneNumberVerifier::initTestCase()
{
    // The clock stands still until a test moves it, so that a code can be made to expire.
    startSandbox(kUsers, 9, QStringLiteral("+4915198765"));
}

void TestPhoneNumberVerifier::codesAreCheckedForFormBeforeSending_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");
    QTest::newRow("six digits") << QStringLiteral("123456") << QStringLiteral("123456") << true;
    QTest::newRow("read out in pairs") << QStringLiteral(" 12 34 56 ") << QStringLiteral("123456") << true;
    QTest::newRow("with a dash") << QStringLiteral("123-456") << QStringLiteral("123456") << true;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("12345") << false;
    QTest::newRow("too long") << QStringLiteral("1234567") << QStringLiteral("1234567") << false;
    QTest::newRow("a letter") << QStringLiteral("12a456") << QStringLiteral("12a456") << false;
    QTest::newRow("other digits") << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666")
                                  << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666") << false;
}

void TestPhoneNumberVerifier::codesAreCheckedForFormBeforeSending()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    QCOMPARE(PhoneNumberVerifier::normalizedCode(typed), normalized);
    QCOMPARE(PhoneNumberVerifier::codeProblem(typed).isEmpty(), valid);
}

void TestPhoneNumberVerifier::sendingShowsThePendingVerification()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openOnFreshNumber(verifier);
    QVERIFY(!phoneId.isEmpty());
    QCOMPARE(verifier.numberState(), QStringLiteral("none"));
    QVERIFY(verifier.canSend());
    QVERIFY(!verifier.canCheck());
    QVERIFY(!verifier.hasPending());

    QSignalSpy sent(&verifier, &PhoneNumberVerifier::sent);
    verifier.sendCode();
    QVERIFY(verifier.busy());
    QVERIFY(verifier.sending());
    QVERIFY(!verifier.checking());
    QVERIFY(!verifier.canSend());
    QVERIFY(settled(verifier));
    QCOMPARE(sent.size(), 1);
    QVERIFY(verifier.error().isEmpty());
    QVERIFY(!verifier.sending());
    QVERIFY(verifier.verificationId().startsWith(QStringLiteral("ver_")));
    QCOMPARE(verifier.status(), QStringLiteral("unverified"));
    QCOMPARE(verifier.strategy(), QStringLiteral("phone_code"));
    QCOMPARE(verifier.channel(), QStringLiteral("sms"));
    QCOMPARE(verifier.attempts(), 0);
    QCOMPARE(verifier.attemptsLeft(), SandboxStore::kMaxCodeAttempts);
    QCOMPARE(verifier.expireAt().toMSecsSinceEpoch(), m_sandbox.store().now() + SandboxStore::kCodeLifetimeMs);
    QVERIFY(verifier.hasPending());
    QVERIFY(verifier.canCheck());
    QVERIFY(verifier.outcome().isEmpty());
    // The list shows the number as Clerk has it now: a code is pending.
    QCOMPARE(roleOf(phoneId, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("unverified"));
    QCOMPARE(verifier.numberState(), QStringLiteral("unverified"));
}

void TestPhoneNumberVerifier::theRightCodeVerifiesTheNumberAndItsRow()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    const QString code = sentCode(verifier);
    QCOMPARE(code.size(), PhoneNumberVerifier::kCodeLength);

    QSignalSpy done(&verifier, &PhoneNumberVerifier::done);
    QSignalSpy checked(&verifier, &PhoneNumberVerifier::checked);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // As the customer reads it out: in two halves.
    verifier.checkCode(code.left(3) + QLatin1Char(' ') + code.mid(3));
    QVERIFY(verifier.checking());
    QVERIFY(!verifier.canCheck());
    QVERIFY(done.wait(10000));
    QCOMPARE(checked.size(), 1);
    QVERIFY(verifier.error().isEmpty());
    QCOMPARE(verifier.outcome(), QStringLiteral("verified"));
    QVERIFY(!verifier.outcomeText().isEmpty());
    QCOMPARE(verifier.status(), QStringLiteral("verified"));
    QCOMPARE(verifier.attempts(), 1);
    QVERIFY(!verifier.hasPending());
    QVERIFY(!verifier.canCheck());
    QVERIFY(verifier.canSend());
    QVERIFY(storedPhone(phoneId).isVerified());
    QCOMPARE(roleOf(phoneId, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
    QCOMPARE(verifier.numberState(), QStringLiteral("verified"));
    QVERIFY(announced(changed, m_model->rowOfId(phoneId), PhoneNumberListModel::VerificationStateRole));
}

void TestPhoneNumberVerifier::aWrongCodeCountsAnAttempt()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    QSignalSpy checked(&verifier, &PhoneNumberVerifier::checked);
    QSignalSpy done(&verifier, &PhoneNumberVerifier::done);
    verifier.checkCode(wrongCode(verifier.verificationId()));
    QVERIFY(settled(verifier));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(done.size(), 0);
    QVERIFY(verifier.error().isEmpty());
    QCOMPARE(verifier.outcome(), QStringLiteral("wrongCode"));
    QCOMPARE(verifier.attempts(), 1);
    QCOMPARE(verifier.attemptsLeft(), SandboxStore::kMaxCodeAttempts - 1);
    QVERIFY2(verifier.outcomeText().contains(QStringLiteral("2 attempts left")), qPrintable(verifier.outcomeText()));
    QVERIFY(verifier.hasPending());
    QVERIFY(verifier.canCheck());
    QVERIFY(!storedPhone(phoneId).isVerified());
    QCOMPARE(roleOf(phoneId, PhoneNumberListModel::AttemptsRole).toInt(), 1);

    // Without a known limit the attempts made are told instead.
    verifier.setMaxAttempts(0);
    QCOMPARE(verifier.attemptsLeft(), -1);
    verifier.checkCode(wrongCode(verifier.verificationId()));
    QVERIFY(settled(verifier));
    QCOMPARE(verifier.outcome(), QStringLiteral("wrongCode"));
    QVERIFY2(verifier.outcomeText().contains(QStringLiteral("Attempts so far: 2")), qPrintable(verifier.outcomeText()));
}

void TestPhoneNumberVerifier::tooManyWrongCodesFailAndANewCodeStartsAgain()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    const QString firstId = verifier.verificationId();
    for (int attempt = 1; attempt <= SandboxStore::kMaxCodeAttempts; ++attempt) {
        QVERIFY(verifier.canCheck());
        verifier.checkCode(wrongCode(firstId));
        QVERIFY(settled(verifier));
        QVERIFY(verifier.error().isEmpty());
        QCOMPARE(verifier.attempts(), attempt);
    }
    QCOMPARE(verifier.status(), QStringLiteral("failed"));
    QCOMPARE(verifier.outcome(), QStringLiteral("tooManyAttempts"));
    QCOMPARE(verifier.attemptsLeft(), 0);
    QVERIFY(!verifier.hasPending());
    QVERIFY(!verifier.canCheck());
    QCOMPARE(roleOf(phoneId, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("failed"));

    // Even the right code is of no use now; a new one starts again.
    QVERIFY(send(verifier));
    QVERIFY(verifier.verificationId() != firstId);
    QCOMPARE(verifier.attempts(), 0);
    QVERIFY(verifier.outcome().isEmpty());
    QVERIFY(verifier.canCheck());
    QSignalSpy done(&verifier, &PhoneNumberVerifier::done);
    verifier.checkCode(sentCode(verifier));
    QVERIFY(done.wait(10000));
    QCOMPARE(verifier.outcome(), QStringLiteral("verified"));
}

void TestPhoneNumberVerifier::anExpiredCodeIsReported()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    const QString code = sentCode(verifier);
    m_sandbox.store().advanceClock(SandboxStore::kCodeLifetimeMs + 1000);
    verifier.checkCode(code);
    QVERIFY(settled(verifier));
    QVERIFY(verifier.error().isEmpty());
    QCOMPARE(verifier.status(), QStringLiteral("expired"));
    QCOMPARE(verifier.outcome(), QStringLiteral("expired"));
    QVERIFY(verifier.outcomeText().contains(QStringLiteral("expired")));
    QVERIFY(!verifier.hasPending());
    QVERIFY(!storedPhone(phoneId).isVerified());
    QCOMPARE(roleOf(phoneId, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("expired"));
}

void TestPhoneNumberVerifier::anInvalidCodeIsRefusedWithoutARequest()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    const PhoneNumber before = storedPhone(phoneId);
    QSignalSpy loading(&verifier, &AccountChange::busyChanged);
    QSignalSpy failed(&verifier, &AccountChange::failed);
    for (const QString &typed : {QStringLiteral("12a456"), QStringLiteral("12345"), QString(), QStringLiteral("1234567")}) {
        verifier.checkCode(typed);
        QVERIFY(!verifier.busy());
        QVERIFY2(verifier.error().contains(PhoneNumberVerifier::codeProblem(typed)), qPrintable(verifier.error()));
        QVERIFY(verifier.errorTraceId().isEmpty());
    }
    QCOMPARE(failed.size(), 4);
    QVERIFY(loading.isEmpty());
    QTest::qWait(100);
    QCOMPARE(storedPhone(phoneId), before);
    QCOMPARE(storedPhone(phoneId).verification->attempts, std::optional<int>(0));
    QVERIFY(verifier.hasPending());
    QVERIFY(verifier.outcome().isEmpty());
}

void TestPhoneNumberVerifier::checkingWithoutASentCodeIsRefused()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openOnFreshNumber(verifier);
    QVERIFY(!phoneId.isEmpty());
    QSignalSpy loading(&verifier, &AccountChange::busyChanged);
    verifier.checkCode(QStringLiteral("123456"));
    QVERIFY(loading.isEmpty());
    QVERIFY2(verifier.error().contains(QStringLiteral("Send a code first")), qPrintable(verifier.error()));
}

void TestPhoneNumberVerifier::anUnknownNumberIsReported()
{
    PhoneNumberVerifier verifier;
    open(verifier, QStringLiteral("idn_missing"));
    QSignalSpy failed(&verifier, &AccountChange::failed);
    QSignalSpy sent(&verifier, &PhoneNumberVerifier::sent);
    verifier.sendCode();
    QVERIFY(settled(verifier));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(verifier.errorCode(), QStringLiteral("resource_not_found"));
    QVERIFY(!verifier.error().isEmpty());
    QVERIFY(!verifier.errorTraceId().isEmpty());
    QVERIFY(!verifier.hasPending());
    QVERIFY(verifier.canSend());
}

void TestPhoneNumberVerifier::aNumberDeletedAfterSendingIsReportedAndThePendingKept()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openWithCodeSent(verifier);
    QVERIFY(!phoneId.isEmpty());
    const QString code = sentCode(verifier);
    QCOMPARE(m_sandbox.store().deletePhoneNumber(phoneId).status, 200);
    QSignalSpy checked(&verifier, &PhoneNumberVerifier::checked);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    verifier.checkCode(code);
    QVERIFY(settled(verifier));
    QCOMPARE(checked.size(), 0);
    QCOMPARE(verifier.errorCode(), QStringLiteral("resource_not_found"));
    QVERIFY(!verifier.errorTraceId().isEmpty());
    QVERIFY(verifier.outcome().isEmpty());
    // Nothing was checked: the same code can be tried again.
    QVERIFY(verifier.hasPending());
    QVERIFY(verifier.canCheck());
    QVERIFY(changed.isEmpty());
}

void TestPhoneNumberVerifier::aWrongKeyIsReported()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openOnFreshNumber(verifier);
    QVERIFY(!phoneId.isEmpty());
    ClerkClient wrongKey;
    useWrongKey(wrongKey);
    m_model->setClient(&wrongKey);
    verifier.sendCode();
    QVERIFY(settled(verifier));
    m_model->setClient(&m_client);
    QCOMPARE(verifier.errorCode(), QStringLiteral("clerk_key_invalid"));
    QVERIFY(!verifier.error().isEmpty());
    QVERIFY(!verifier.hasPending());
    QVERIFY(!storedPhone(phoneId).verification);
    // With the right key the same verifier goes on.
    QVERIFY(send(verifier));
}

void TestPhoneNumberVerifier::aSecondSendWhileLoadingIsIgnored()
{
    PhoneNumberVerifier verifier;
    const QString phoneId = openOnFreshNumber(verifier);
    QVERIFY(!phoneId.isEmpty());
    QSignalSpy sent(&verifier, &PhoneNumberVerifier::sent);
    verifier.sendCode();
    QVERIFY(verifier.busy());
    QVERIFY(!verifier.canSend());
    verifier.sendCode();
    verifier.checkCode(QStringLiteral("123456"));
    QVERIFY(sent.wait(10000));
    QVERIFY(settled(verifier));
    QTest::qWait(200);
    QCOMPARE(sent.size(), 1);
    QVERIFY(verifier.error().isEmpty());
    QCOMPARE(storedPhone(phoneId).verification->attempts, std::optional<int>(0));
}

void TestPhoneNumberVerifier::switchingNumbersDropsThePendingCode()
{
    const QString phoneId = prepareNumber();
    const QString otherId = prepareNumber();
    QVERIFY(!phoneId.isEmpty() && !otherId.isEmpty());
    PhoneNumberVerifier verifier;
    open(verifier, phoneId);
    QVERIFY(send(verifier));
    QSignalSpy checked(&verifier, &PhoneNumberVerifier::checked);
    verifier.checkCode(sentCode(verifier));
    QVERIFY(verifier.busy());
    verifier.setPhoneNumberId(otherId);
    QVERIFY(!verifier.busy());
    QVERIFY(!verifier.hasPending());
    QVERIFY(verifier.verificationId().isEmpty());
    QVERIFY(!verifier.expireAt().isValid());
    QCOMPARE(verifier.attempts(), -1);
    QCOMPARE(verifier.numberState(), QStringLiteral("none"));
    QTest::qWait(300);
    QCOMPARE(checked.size(), 0);
    QVERIFY(verifier.outcome().isEmpty());
}

void TestPhoneNumberVerifier::noCodeIsLogged()
{
    PhoneNumberVerifier verifier;
    QVERIFY(!openOnFreshNumber(verifier).isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.*=true"));
    s_logged.clear();
    s_previousHandler = qInstallMessageHandler(recordMessage);
    const bool sent = send(verifier);
    const QString code = sentCode(verifier);
    const QString wrong = wrongCode(verifier.verificationId());
    verifier.checkCode(wrong);
    const bool wrongChecked = settled(verifier);
    verifier.checkCode(code);
    const bool rightChecked = settled(verifier);
    qInstallMessageHandler(s_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(sent && wrongChecked && rightChecked);
    QCOMPARE(verifier.outcome(), QStringLiteral("verified"));
    // The requests were logged, so the log was on.
    QMutexLocker lock(&s_loggedMutex);
    QVERIFY(!s_logged.isEmpty());
    for (const QString &line : std::as_const(s_logged)) {
        QVERIFY2(!line.contains(code), qPrintable(line));
        QVERIFY2(!line.contains(wrong), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestPhoneNumberVerifier)

#include "tst_phonenumberverifier.moc"

// SPDX-License-Identifier: MIT
// The client, the list model and the account changes against the sandbox with its faults, over
// real loopback HTTP: reads pass through server errors, rate limits, dropped and unreadable
// answers; writes are never sent twice, and a write whose answer was lost is re-checked.
#include "api/clerkclient.h"
#include "ui/window/networkstatus.h"
#include "ui/changes/phonenumbercreator.h"
#include "ui/changes/phonenumbereditor.h"
#include "sandbox/sandboxfaults.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
// Runs one call and waits for its single answer (or gives up after a minute).
template<typename T, typename Start>
std::optional<ApiResult<T>> awaitCall(Start start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start(&loop, [&](const ApiResult<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

// Why a call failed, for QVERIFY2 (which builds its message even when the call succeeded).
template<typename T>
QByteArray whyNot(const ApiResult<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message().toUtf8();
}

QStringList phoneIdsOf(const PhoneNumberListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(PhoneNumberListModel::IdRole).toString());
    return ids;
}
} // namespace

class TestClientRetry : public QObject, public SandboxFixture
{
    Q_OBJECT

    // A client of the sandbox of its own, unpaced, for tests that change its budget.
    void configure(ClerkClient &client)
    {
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setSecretKey(m_sandbox.secretKey());
        client.setRateLimit(0);
    }

    QSet<QString> allPhoneIds()
    {
        QSet<QString> ids;
        const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}});
        for (const QJsonValue &user : QJsonDocument::fromJson(reply.body).array()) {
            for (const QJsonValue &phone : user.toObject().value(QLatin1StringView("phone_numbers")).toArray())
                ids.insert(phone.toObject().value(QLatin1StringView("id")).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { startSandbox(120, 11, QStringLiteral("+4915112366")); }

    void cleanup()
    {
        m_sandbox.setFaults({});
        m_client.setRetryBudget(RetryPolicy::kDefaultBudgetMs);
    }

    void readsPassThroughServerErrors()
    {
        SandboxFaults faults;
        faults.failRate = 0.5;
        faults.seed = 3;
        m_sandbox.setFaults(faults);
        const SandboxStats before = m_sandbox.stats();
        QSignalSpy retries(&m_client, &ClerkClient::retrying);
        for (int i = 0; i < 12; ++i) {
            const auto user = awaitCall<UserSummary>([&](QObject *context, auto done) { m_client.getUser(m_userIds.at(i), context, done); });
            QVERIFY(user);
            QVERIFY2(user->ok(), whyNot(*user).constData());
            QCOMPARE(user->value().id, m_userIds.at(i));
        }
        const SandboxStats after = m_sandbox.stats();
        QVERIFY(after.serverErrors > before.serverErrors);
        QCOMPARE(retries.size(), int(after.serverErrors - before.serverErrors));
    }

    void aRateLimitIsWaitedOutAsItsRetryAfterSays()
    {
        ClerkClient client;
        configure(client);
        SandboxFaults faults;
        faults.rateLimit = 2;
        m_sandbox.setFaults(faults);
        QSignalSpy holds(client.pacer(), &RequestPacer::holdChanged);
        NetworkStatus status;
        status.watch(&client);
        QStringList shown;
        connect(&status, &NetworkStatus::textChanged, this, [&] { shown.append(status.text()); });
        QElapsedTimer clock;
        clock.start();
        QList<std::optional<ApiResult<UserSummary>>> answers(4);
        QObject context;
        for (int i = 0; i < 4; ++i)
            client.getUser(m_userIds.at(i), &context, [&answers, i](const ApiResult<UserSummary> &r) { answers[i].emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }), 40000);
        for (const auto &answer : answers)
            QVERIFY2(answer->ok(), whyNot(*answer).constData());
        QVERIFY(m_sandbox.stats().rateLimited >= 1);
        QVERIFY(holds.size() >= 2); // the wait began and ended
        // The two requests beyond the limit waited for the window the server named.
        QVERIFY2(clock.elapsed() >= 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(!shown.isEmpty() && shown.first().startsWith(QStringLiteral("Clerk is rate limiting: next request in ")),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY(status.text().isEmpty());
    }

    void anUnreadableAnswerNamesTheRequest()
    {
        SandboxFaults faults;
        faults.malformedRate = 1.0;
        m_sandbox.setFaults(faults);
        m_client.setRetryBudget(1500);
        UserListQuery query;
        query.limit = 10;
        query.offset = 30;
        const auto page = awaitCall<UserPage>([&](QObject *context, auto done) { m_client.listUsers(query, context, done); });
        QVERIFY(page && !page->ok());
        QCOMPARE(page->error().transport, ApiError::Transport::UnreadableAnswer);
        QVERIFY(page->error().gaveUp && page->error().attempts > 1);
        QVERIFY2(page->error().message().startsWith(QStringLiteral("GET /users (offset 30) answered with a body that ")),
                 qPrintable(page->error().message()));
    }

    void aDroppedReadIsAskedAgain()
    {
        const SandboxStats before = m_sandbox.stats();
        m_sandbox.dropNextAnswers(1);
        const auto user = awaitCall<UserSummary>([&](QObject *context, auto done) { m_client.getUser(m_userIds.at(0), context, done); });
        QVERIFY(user && user->ok());
        const SandboxStats after = m_sandbox.stats();
        QCOMPARE(after.dropped - before.dropped, 1);
        QCOMPARE(after.requests - before.requests, 2);
    }

    void aHangingServerEndsTheCallWithinItsBudget()
    {
        ClerkClient client;
        configure(client);
        client.setTransferTimeout(400);
        client.setRetryBudget(1500);
        SandboxFaults faults;
        faults.latencyMs = 3000;
        m_sandbox.setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        const auto user = awaitCall<UserSummary>([&](QObject *context, auto done) { client.getUser(m_userIds.at(0), context, done); });
        QVERIFY(user && !user->ok());
        QCOMPARE(user->error().transport, ApiError::Transport::Timeout);
        QVERIFY(user->error().gaveUp);
        QVERIFY2(clock.elapsed() < 2900, qPrintable(QString::number(clock.elapsed())));
    }

    void aWriteIsNeverSentAgainAfterAServerError()
    {
        const QString phoneId = addNumber(takeBareUser(), kUnverified);
        QVERIFY(!phoneId.isEmpty());
        SandboxFaults faults;
        faults.failRate = 1.0;
        m_sandbox.setFaults(faults);
        const SandboxStats before = m_sandbox.stats();
        PhoneNumberChanges changes;
        changes.verified = true;
        const auto patched = awaitCall<PhoneNumber>(
            [&](QObject *context, auto done) { m_client.updatePhoneNumber(phoneId, changes, context, done); });
        QVERIFY(patched && !patched->ok());
        QVERIFY(patched->error().httpStatus >= 500);
        QVERIFY(!patched->error().gaveUp);
        QCOMPARE(m_sandbox.stats().requests - before.requests, 1);
    }

    void abortingCancelsAcrossRetries()
    {
        SandboxFaults faults;
        faults.failRate = 1.0;
        m_sandbox.setFaults(faults);
        std::optional<ApiResult<UserSummary>> answer;
        QObject context;
        PendingCall call = m_client.getUser(m_userIds.at(0), &context, [&](const ApiResult<UserSummary> &r) { answer.emplace(r); });
        QSignalSpy retries(&m_client, &ClerkClient::retrying);
        QVERIFY(retries.wait(20000));
        QVERIFY(call.isRunning());
        call.abort();
        QVERIFY(answer.has_value()); // at once, while the call waited for its next attempt
        QCOMPARE(answer->error().transport, ApiError::Transport::Cancelled);
        QVERIFY(!call.isRunning());
        const qint64 requests = m_sandbox.stats().requests;
        QTest::qWait(RetryPolicy::kBackoffBaseMs * 4); // long enough for the retry it would have made
        QCOMPARE(m_sandbox.stats().requests, requests);
    }

    void anEditWhoseAnswerIsLostIsReportedDoneAfterARead()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kUnverified));
        PhoneNumberEditor editor;
        editor.setModel(m_model.get());
        editor.setPhoneNumberId(owner.second);
        editor.setVerified(true);
        // The editor reads the number, then patches it: the patch's answer is lost.
        bool armed = false;
        const auto arm = connect(&m_client, &ClerkClient::answered, this, [&] {
            if (!armed) {
                armed = true;
                m_sandbox.dropNextAnswers(1);
            }
        });
        const SandboxStats before = m_sandbox.stats();
        QSignalSpy done(&editor, &PhoneNumberEditor::done);
        editor.submit();
        QVERIFY(settled(editor));
        disconnect(arm);
        QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));
        QCOMPARE(done.size(), 1);
        const SandboxStats after = m_sandbox.stats();
        QCOMPARE(after.dropped - before.dropped, 1);
        // GET the number, PATCH (answer lost), GET the owner: the PATCH went once.
        QCOMPARE(after.requests - before.requests, 3);
        QVERIFY(storedPhone(owner.second).isVerified());
        QCOMPARE(roleOf(owner.second, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
        QVERIFY(editor.originalVerified());
    }

    void aNumberWhoseCreationAnswerIsLostExistsOnce()
    {
        const QString userId = takeBareUser();
        QVERIFY(reloaded());
        PhoneNumberCreator creator;
        creator.setModel(m_model.get());
        creator.number()->setRegion(QStringLiteral("DE"));
        creator.setUserId(userId);
        const QString number = nextNumber();
        creator.number()->setText(number);
        const SandboxStats before = m_sandbox.stats();
        m_sandbox.dropNextAnswers(1);
        QSignalSpy done(&creator, &PhoneNumberCreator::done);
        creator.submit();
        QVERIFY(settled(creator));
        QVERIFY2(creator.error().isEmpty(), qPrintable(creator.error()));
        QCOMPARE(done.size(), 1);
        const UserSummary stored = storedUser(userId);
        QCOMPARE(stored.phoneNumbers.size(), 1);
        QCOMPARE(stored.phoneNumbers.first().phoneNumber, number);
        QCOMPARE(creator.createdId(), stored.phoneNumbers.first().id);
        QCOMPARE(m_sandbox.stats().requests - before.requests, 2); // POST (lost), GET the owner
        QVERIFY(m_model->rowOfId(creator.createdId()) >= 0);
    }

    // The writes without a body, DELETE and POST alike, are not sent again when their answer is
    // lost: each arrives once and is applied once, and its caller learns that the outcome is unknown.
    void aDeletionWhoseAnswerIsLostIsSentOnce()
    {
        const QString phoneId = addNumber(takeBareUser(), kUnverified);
        QVERIFY(!phoneId.isEmpty());
        const SandboxStats before = m_sandbox.stats();
        m_sandbox.dropNextAnswers(1);
        const auto deleted = awaitCall<DeletedObject>(
            [&](QObject *context, auto done) { m_client.deletePhoneNumber(phoneId, context, done); });
        QVERIFY(deleted && !deleted->ok());
        QVERIFY2(RetryPolicy::outcomeUnknown(deleted->error()), whyNot(*deleted).constData());
        QTest::qWait(300); // time for a copy that was on its way
        const SandboxStats after = m_sandbox.stats();
        QCOMPARE(after.dropped - before.dropped, 1);
        QCOMPARE(after.requests - before.requests, 1);
        QCOMPARE(m_sandbox.store().getPhoneNumber(phoneId).status, 404);
    }

    void aCodeRequestWhoseAnswerIsLostIsSentOnce()
    {
        const QString phoneId = addNumber(takeBareUser(), kUnverified);
        QVERIFY(!phoneId.isEmpty());
        const SandboxStats before = m_sandbox.stats();
        m_sandbox.dropNextAnswers(1);
        const auto prepared = awaitCall<Verification>(
            [&](QObject *context, auto done) { m_client.prepareVerification(phoneId, context, done); });
        QVERIFY(prepared && !prepared->ok());
        QVERIFY2(RetryPolicy::outcomeUnknown(prepared->error()), whyNot(*prepared).constData());
        QTest::qWait(300);
        const SandboxStats after = m_sandbox.stats();
        QCOMPARE(after.dropped - before.dropped, 1);
        QCOMPARE(after.requests - before.requests, 1); // one code sent, not two
        const PhoneNumber stored = storedPhone(phoneId);
        QVERIFY(stored.verification.has_value());
        QCOMPARE(stored.verification->status, QStringLiteral("unverified"));
    }

    void anMfaResetWhoseAnswerIsLostIsSentOnce()
    {
        const QString userId = takeBareUser();
        QVERIFY(!addNumber(userId, kSecondFactor).isEmpty());
        QVERIFY(storedUser(userId).twoFactorEnabled.value_or(false));
        const SandboxStats before = m_sandbox.stats();
        m_sandbox.dropNextAnswers(1);
        const auto reset = awaitCall<QString>([&](QObject *context, auto done) { m_client.disableMfa(userId, context, done); });
        QVERIFY(reset && !reset->ok());
        QVERIFY2(RetryPolicy::outcomeUnknown(reset->error()), whyNot(*reset).constData());
        QTest::qWait(300);
        const SandboxStats after = m_sandbox.stats();
        QCOMPARE(after.dropped - before.dropped, 1);
        QCOMPARE(after.requests - before.requests, 1);
        QVERIFY(!storedUser(userId).twoFactorEnabled.value_or(true));
    }

    void aWriteThatFailedAndWasNotMadeOffersARetry()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kUnverified));
        PhoneNumberEditor editor;
        editor.setModel(m_model.get());
        editor.setPhoneNumberId(owner.second);
        editor.setVerified(true);
        // After the editor's read, the server fails everything; the re-check's retry finds it well.
        bool armed = false;
        const auto arm = connect(&m_client, &ClerkClient::answered, this, [&] {
            if (armed)
                return;
            armed = true;
            SandboxFaults faults;
            faults.failRate = 1.0;
            m_sandbox.setFaults(faults);
        });
        const auto heal = connect(&m_client, &ClerkClient::retrying, this, [&] { m_sandbox.setFaults({}); });
        QSignalSpy failed(&editor, &PhoneNumberEditor::failed);
        editor.submit();
        QVERIFY(settled(editor));
        disconnect(arm);
        disconnect(heal);
        QCOMPARE(failed.size(), 1);
        QVERIFY(editor.retryable());
        QVERIFY2(editor.error().contains(QStringLiteral("PATCH /phone_numbers"))
                     && editor.error().contains(QStringLiteral("not made, so it can be sent again")),
                 qPrintable(editor.error()));
        QVERIFY(!storedPhone(owner.second).isVerified());
        QVERIFY(editor.verified()); // the draft is kept

        editor.submit();
        QVERIFY(settled(editor));
        QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));
        QVERIFY(!editor.retryable());
        QVERIFY(storedPhone(owner.second).isVerified());
    }

    void theModelLoadsEveryRowOnceThroughServerErrors()
    {
        SandboxFaults faults;
        faults.failRate = 0.3;
        faults.seed = 5;
        m_sandbox.setFaults(faults);
        PhoneNumberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&m_client);
        model.setPageSize(15);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && !model.loadingAll(), 60000);
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        const QStringList ids = phoneIdsOf(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds());
        QCOMPARE(model.loadedUserCount(), int(m_userIds.size()));
        QVERIFY(m_sandbox.stats().serverErrors > 0);
    }

    void aFailedWalkIsResumedFromItsCursors()
    {
        PhoneNumberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&m_client);
        model.setPageSize(20);
        m_client.setRetryBudget(1500);
        // Once the first page is in, every answer is unreadable.
        const auto breakAfterFirstPage = connect(&model, &PhoneNumberListModel::loadedUserCountChanged, this, [&] {
            SandboxFaults faults;
            faults.malformedRate = 1.0;
            m_sandbox.setFaults(faults);
        });
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 30000);
        disconnect(breakAfterFirstPage);
        // A slice's first page has no cursor yet; its later pages name the user they follow.
        const QRegularExpression failedPage(QStringLiteral("^GET /users( \\(after user_\\w+\\))? answered with a body that "));
        QVERIFY2(failedPage.match(model.error()).hasMatch(), qPrintable(model.error()));
        QVERIFY(!model.loadingAll());
        const int loaded = model.loadedUserCount();
        QVERIFY(loaded >= 20 && loaded < m_userIds.size());

        m_sandbox.setFaults({});
        model.retry();
        QVERIFY(model.loadingAll()); // the walk goes on where each slice stopped
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && !model.loadingAll(), 30000);
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        // Nothing skipped and nothing twice: the slices went on from their cursors.
        const QStringList ids = phoneIdsOf(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds());
        QCOMPARE(model.loadedUserCount(), int(m_userIds.size()));
    }
};

QTEST_MAIN(TestClientRetry)
#include "tst_clientretry.moc"

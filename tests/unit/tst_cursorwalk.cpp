// SPDX-License-Identifier: MIT
// The cursor walk: its plan of created_at slices on made-up instances of every shape (users
// spread out, bunched, hundreds in one millisecond), then the walk itself against the sandbox over
// loopback HTTP: every user exactly once, never an offset, several slices at once, and a failed
// walk resumed from its cursors.
#include "api/clerkclient.h"
#include "api/cursorwalk.h"
#include "api/walkpages.h"
#include "api/walkslices.h"
#include "audit/instanceaudit.h"
#include "cli/phonenumberwalk.h"
#include "ui/list/phonenumberlistmodel.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace PhoneDesk;

namespace {

// An instance as the plan sees it: users newest first by (created_at, id), as Clerk orders them.
struct PlanUser
{
    qint64 createdAt;
    int id;
};

// What GET /users answers for a slice's query on `users`: the same rules the sandbox follows
// (strict created_at bounds, the page after the cursor), on a list in memory.
QList<PlanUser> answer(const QList<PlanUser> &users, const UserListQuery &query, int cursorIndex)
{
    QList<PlanUser> page;
    for (qsizetype i = cursorIndex + 1; i < users.size() && page.size() < *query.limit; ++i) {
        const PlanUser &user = users.at(i);
        if (query.createdAtAfter && user.createdAt <= *query.createdAtAfter)
            continue;
        if (query.createdAtBefore && user.createdAt >= *query.createdAtBefore)
            continue;
        page.append(user);
    }
    return page;
}

// Runs the plan to its end with `workers` requests open at once, answered in a shuffled order;
// the ids handed on, in order.
QList<int> runPlan(const QList<PlanUser> &users, int pageSize, int workers, quint64 seed, int *cuts = nullptr, int after = -1)
{
    QRandomGenerator random(seed);
    WalkSlices slices;
    if (after >= 0)
        slices.reset(QString::number(users.at(after).id), users.at(after).createdAt);
    else
        slices.reset();
    if (!users.isEmpty())
        slices.setOldest(users.last().createdAt);
    QHash<QString, int> indexOfId;
    for (int i = 0; i < users.size(); ++i)
        indexOfId.insert(QString::number(users.at(i).id), i);
    QList<int> handedOn;
    QList<int> open;
    for (int round = 0; round < 100000; ++round) {
        while (open.size() < workers) {
            const int next = slices.next(pageSize);
            if (next < 0)
                break;
            slices.markSent(next);
            open.append(next);
        }
        if (open.isEmpty())
            break;
        const int index = open.takeAt(random.bounded(int(open.size())));
        const UserListQuery query = slices.queryFor(index, {}, pageSize);
        const int cursor = query.startingAfter.isEmpty() ? -1 : indexOfId.value(query.startingAfter, -2);
        if (cursor == -2)
            return {};
        QList<PlanUser> page = answer(users, query, cursor);
        WalkPageFacts facts;
        facts.received = page.size();
        if (!page.isEmpty()) {
            facts.lastId = QString::number(page.last().id);
            facts.lastCreatedAt = page.last().createdAt;
            facts.firstCreatedAt = page.first().createdAt;
        }
        const WalkSlices::Step step = slices.take(index, facts, pageSize);
        if (step.stuck)
            return {};
        for (const PlanUser &user : page) {
            if (!step.trimBelow || user.createdAt >= *step.trimBelow)
                handedOn.append(user.id);
        }
    }
    if (cuts)
        *cuts = int(slices.sliceCount()) - 1;
    return slices.finished() ? handedOn : QList<int>{};
}

QList<PlanUser> instance(int count, const std::function<qint64(int)> &createdAt)
{
    QList<PlanUser> users;
    for (int i = 0; i < count; ++i)
        users.append({createdAt(i), i});
    std::sort(users.begin(), users.end(), [](const PlanUser &a, const PlanUser &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return users;
}

bool everyOnce(const QList<int> &handedOn, int count)
{
    QSet<int> seen;
    for (int id : handedOn) {
        if (seen.contains(id))
            return false;
        seen.insert(id);
    }
    return seen.size() == count;
}

} // namespace

class TestCursorWalk : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    ClerkClient m_client;
    QStringList m_ids; // every user, newest first

    // A walk of the sandbox through m_client, recording every query it sends.
    struct Recorded
    {
        QStringList ids;
        QList<UserListQuery> queries;
        QList<ApiError> failures;
        bool finished = false;
    };

    std::unique_ptr<CursorWalk<UserPage>> walkOf(Recorded *recorded)
    {
        return std::make_unique<CursorWalk<UserPage>>(CursorWalk<UserPage>::Handlers{
            [this, recorded](const UserListQuery &query, CursorWalk<UserPage>::Answer answer) {
                recorded->queries.append(query);
                return m_client.listUsers(query, this, [answer = std::move(answer)](const ApiResult<UserPage> &result) { answer(result); });
            },
            [](const UserPage &page) { return walkFactsOf(page); },
            [](UserPage &page, qint64 floor) { trimCreatedBefore(page, floor); },
            [recorded](UserPage page) {
                for (const UserSummary &user : page.users)
                    recorded->ids.append(user.id);
            },
            [recorded](const ApiError &error) { recorded->failures.append(error); },
            [recorded] { recorded->finished = true; }});
    }

    static bool sameUsersOnce(const QStringList &walked, const QStringList &expected)
    {
        const QSet<QString> unique(walked.cbegin(), walked.cend());
        return walked.size() == expected.size() && unique == QSet<QString>(expected.cbegin(), expected.cend());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = 3000;
        options.seed = 5;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        m_client.setRateLimit(0);
        for (int offset = 0; offset < options.users; offset += 500) {
            const SandboxReply reply = m_sandbox.store().listUsers(
                {{QStringLiteral("limit"), QStringLiteral("500")}, {QStringLiteral("offset"), QString::number(offset)}});
            for (const QJsonValue &user : QJsonDocument::fromJson(reply.body).array())
                m_ids.append(user.toObject().value(QLatin1StringView("id")).toString());
        }
        QCOMPARE(m_ids.size(), options.users);
    }

    // Load all starts after the rows a list has: before any page says how dense the rest is, the
    // plan spreads over the workers once and then cuts only what it has measured.
    void planFromACursorCutsOnlyWhatItMeasured()
    {
        const qint64 base = 1'700'000'000'000;
        QRandomGenerator random(7);
        const QList<PlanUser> users = instance(230, [&](int) { return base + qint64(random.bounded(100'000'000)); });
        int cuts = 0;
        const QList<int> handedOn = runPlan(users, 50, 6, 3, &cuts, 49);
        QSet<int> expected;
        for (qsizetype i = 50; i < users.size(); ++i)
            expected.insert(users.at(i).id);
        QCOMPARE(QSet<int>(handedOn.cbegin(), handedOn.cend()), expected);
        QCOMPARE(handedOn.size(), expected.size());
        QVERIFY2(cuts < 10, qPrintable(QString::number(cuts)));
    }

    void planHandsOnEveryUserOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("workers");
        QTest::newRow("spread, 6 workers") << 5000 << 0 << 100 << 6;
        QTest::newRow("most users recent") << 5000 << 1 << 100 << 6;
        QTest::newRow("hundreds in one millisecond") << 3000 << 2 << 50 << 6;
        QTest::newRow("everyone in one millisecond") << 700 << 3 << 50 << 6;
        QTest::newRow("one worker") << 2000 << 0 << 100 << 1;
        QTest::newRow("shorter than a page") << 40 << 0 << 100 << 6;
        QTest::newRow("empty") << 0 << 0 << 100 << 6;
    }

    // Whatever the order answers come in, the slices hand on each user exactly once.
    void planHandsOnEveryUserOnce()
    {
        QFETCH(int, count);
        QFETCH(int, shape);
        QFETCH(int, pageSize);
        QFETCH(int, workers);
        const qint64 base = 1'700'000'000'000;
        QRandomGenerator random(quint32(count + shape));
        const std::function<qint64(int)> shapes[] = {
            [&](int) { return base + qint64(random.bounded(1'000'000'000)); },
            [&](int) { const double r = random.generateDouble(); return base + qint64(1'000'000'000 * (1 - r * r * r * r)); },
            [&](int i) { return i % 3 == 0 ? base + 5'000 : base + qint64(random.bounded(10'000)); },
            [&](int) { return base; },
        };
        const QList<PlanUser> users = instance(count, shapes[shape]);
        for (quint64 seed = 1; seed <= 5; ++seed) {
            int cuts = 0;
            const QList<int> handedOn = runPlan(users, pageSize, workers, seed, &cuts);
            QVERIFY2(everyOnce(handedOn, count), qPrintable(QStringLiteral("seed %1: %2 handed on of %3").arg(seed).arg(handedOn.size()).arg(count)));
            if (workers > 1 && shape != 3 && count > 10 * pageSize)
                QVERIFY2(cuts >= workers - 1, qPrintable(QStringLiteral("only %1 cuts").arg(cuts)));
        }
    }

    // A cut falls between milliseconds, never inside one, and never hands on what was handed on.
    void cutsNeverSplitAMillisecond()
    {
        WalkSlices slices;
        slices.reset();
        slices.setOldest(1000);
        QCOMPARE(slices.next(10), 0);
        slices.markSent(0);
        WalkPageFacts facts{10, QStringLiteral("u10"), 1500, 1510};
        QVERIFY(!slices.take(0, facts, 10).sliceDone);
        slices.markSent(0);
        const int lower = slices.next(10);
        QCOMPARE(lower, 1);
        QCOMPARE(*slices.slice(1).after, 999);   // created_at >= 1000
        QCOMPARE(*slices.slice(1).before, 1250); // created_at < 1250
        QCOMPARE(*slices.slice(0).floor, 1250);  // the running slice keeps 1250 and up
        // The running slice's next page crosses 1250: what is below is trimmed, and it is done.
        const WalkSlices::Step step = slices.take(0, WalkPageFacts{10, QStringLiteral("u20"), 1200, 1400}, 10);
        QCOMPARE(*step.trimBelow, 1250);
        QVERIFY(step.sliceDone);
        // Nothing is cut below a page's worth of users.
        WalkSlices small;
        small.reset();
        small.setOldest(1985);
        small.markSent(small.next(10));
        QVERIFY(!small.take(0, WalkPageFacts{10, QStringLiteral("u10"), 1990, 2000}, 10).sliceDone);
        small.markSent(0);
        QCOMPARE(small.next(10), -1); // 10 users in 10 ms: about as many left as one page holds
    }

    void walksEveryUserOnceOverHttp()
    {
        Recorded recorded;
        auto walk = walkOf(&recorded);
        walk->setPageSize(100);
        walk->setWorkers(4);
        walk->start({});
        QTRY_VERIFY_WITH_TIMEOUT(recorded.finished || !recorded.failures.isEmpty(), 60000);
        QVERIFY(recorded.failures.isEmpty());
        QVERIFY(sameUsersOnce(recorded.ids, m_ids));
        QVERIFY2(walk->slices() >= 4, qPrintable(QString::number(walk->slices())));
        for (const UserListQuery &query : std::as_const(recorded.queries)) {
            QVERIFY(!query.offset);
            QVERIFY(query.orderBy == QLatin1StringView("-created_at") || (query.orderBy == QLatin1StringView("+created_at") && query.limit == 1));
        }
        // Each slice's page that crosses a cut is the only waste: far fewer than one extra page a user.
        QVERIFY2(recorded.queries.size() < 30 + 2 * walk->slices() + 1,
                 qPrintable(QStringLiteral("%1 requests, %2 slices").arg(recorded.queries.size()).arg(walk->slices())));
    }

    void walksFromACursor()
    {
        // The first 250 users are known already: the walk brings the rest.
        const QString cursor = m_ids.at(249);
        const SandboxReply reply = m_sandbox.store().getUser(cursor);
        const qint64 createdAt = QJsonDocument::fromJson(reply.body).object().value(QLatin1StringView("created_at")).toInteger();
        Recorded recorded;
        auto walk = walkOf(&recorded);
        walk->setPageSize(100);
        walk->start({}, cursor, createdAt);
        QTRY_VERIFY_WITH_TIMEOUT(recorded.finished || !recorded.failures.isEmpty(), 60000);
        QVERIFY(recorded.failures.isEmpty());
        QVERIFY(sameUsersOnce(recorded.ids, m_ids.mid(250)));
    }

    void narrowsByTheFilter()
    {
        UserListQuery filter;
        filter.query = QStringLiteral("a");
        QStringList expected;
        const SandboxReply count = m_sandbox.store().countUsers({{QStringLiteral("query"), QStringLiteral("a")}});
        const qint64 total = QJsonDocument::fromJson(count.body).object().value(QLatin1StringView("total_count")).toInteger();
        Recorded recorded;
        auto walk = walkOf(&recorded);
        walk->setPageSize(50);
        walk->start(filter);
        QTRY_VERIFY_WITH_TIMEOUT(recorded.finished || !recorded.failures.isEmpty(), 60000);
        QVERIFY(recorded.failures.isEmpty());
        QCOMPARE(recorded.ids.size(), total);
        QCOMPARE(QSet<QString>(recorded.ids.cbegin(), recorded.ids.cend()).size(), total);
        for (const UserListQuery &query : std::as_const(recorded.queries))
            QCOMPARE(query.query, filter.query);
    }

    // Answers fail now and then past the client's retries: each failure stops the walk, and
    // resume() goes on from every slice's cursor until all users came, each once.
    void resumesFromItsCursorsAfterFailures()
    {
        ClerkClient flaky;
        flaky.setBaseUrl(m_sandbox.baseUrl());
        flaky.setSecretKey(m_sandbox.secretKey());
        flaky.setRateLimit(0);
        flaky.setRetryBudget(0); // the first failure of a request is final
        SandboxFaults faults;
        faults.failRate = 0.15;
        m_sandbox.setFaults(faults);
        Recorded recorded;
        CursorWalk<UserPage> walk({[&](const UserListQuery &query, CursorWalk<UserPage>::Answer answer) {
                                       recorded.queries.append(query);
                                       return flaky.listUsers(query, this, [answer = std::move(answer)](const ApiResult<UserPage> &result) { answer(result); });
                                   },
                                   [](const UserPage &page) { return walkFactsOf(page); },
                                   [](UserPage &page, qint64 floor) { trimCreatedBefore(page, floor); },
                                   [&](UserPage page) {
                                       for (const UserSummary &user : page.users)
                                           recorded.ids.append(user.id);
                                   },
                                   [&](const ApiError &error) { recorded.failures.append(error); },
                                   [&] { recorded.finished = true; }});
        walk.setPageSize(100);
        walk.start({});
        int resumes = 0;
        while (!recorded.finished && resumes < 200) {
            QTRY_VERIFY_WITH_TIMEOUT(recorded.finished || recorded.failures.size() > resumes, 60000);
            if (recorded.finished)
                break;
            QVERIFY(!walk.running());
            ++resumes;
            walk.resume();
        }
        m_sandbox.setFaults({});
        QVERIFY(recorded.finished);
        QVERIFY2(resumes > 0, "no request failed: the test proved nothing");
        QVERIFY(sameUsersOnce(recorded.ids, m_ids));
    }
};

// The three walkers of PhoneDesk (phonedesk-cli list, the window's Load all, the audit) on an
// instance where hundreds of users share one created_at millisecond: each brings every number
// exactly once, and the sandbox answers not one request by offset.
class TestWalkersOnTies : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    ClerkClient m_client;
    QSet<QString> m_phoneIds;
    int m_users = 0;

    [[nodiscard]] qint64 offsetPages() const { return m_sandbox.stats().offsetPages; }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = m_users = 2500;
        options.seed = 9;
        options.sameCreatedAt = 700;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_sandbox.store().sharedCreatedAt().has_value());
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        m_client.setRateLimit(0);
        for (int offset = 0; offset < m_users; offset += 500) {
            const SandboxReply reply = m_sandbox.store().listUsers(
                {{QStringLiteral("limit"), QStringLiteral("500")}, {QStringLiteral("offset"), QString::number(offset)}});
            for (const QJsonValue &user : QJsonDocument::fromJson(reply.body).array()) {
                for (const QJsonValue &phone : user.toObject().value(QLatin1StringView("phone_numbers")).toArray())
                    m_phoneIds.insert(phone.toObject().value(QLatin1StringView("id")).toString());
            }
        }
        QVERIFY(m_phoneIds.size() > m_users / 2);
    }

    void cliListBringsEveryNumberOnce()
    {
        const qint64 before = offsetPages();
        PhoneNumberWalk walk(&m_client);
        QStringList ids;
        bool finished = false;
        connect(&walk, &PhoneNumberWalk::pageRead, this, [&](const QList<PhoneNumberRecord> &records, const QStringList &) {
            for (const PhoneNumberRecord &record : records)
                ids.append(record.phone.id);
        });
        connect(&walk, &PhoneNumberWalk::finished, this, [&] { finished = true; });
        walk.start({});
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QCOMPARE(walk.usersReceived(), qint64(m_users));
        QCOMPARE(ids.size(), m_phoneIds.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), m_phoneIds);
        QVERIFY(walk.slices() > 1);
        QCOMPARE(offsetPages(), before);
    }

    void loadAllBringsEveryNumberOnce()
    {
        const qint64 before = offsetPages();
        PhoneNumberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&m_client);
        model.setPageSize(100);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && !model.loadingAll(), 60000);
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.loadedUserCount(), m_users);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.rowAt(row).phone.id);
        QCOMPARE(model.rowCount(), m_phoneIds.size());
        QCOMPARE(ids, m_phoneIds);
        QVERIFY(!model.hasMore());
        QCOMPARE(offsetPages(), before);
    }

    void auditReadsEveryUserOnce()
    {
        const qint64 before = offsetPages();
        InstanceAudit audit(&m_client);
        QSignalSpy finished(&audit, &InstanceAudit::finished);
        audit.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(audit.usersRead(), m_users);
        QVERIFY(audit.problems().isEmpty());
        QCOMPARE(offsetPages(), before);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCursorWalk walk;
    TestWalkersOnTies ties;
    return QTest::qExec(&walk, argc, argv) | QTest::qExec(&ties, argc, argv);
}
#include "tst_cursorwalk.moc"

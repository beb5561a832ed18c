// SPDX-License-Identifier: MIT
// PhoneNumberListModel against the sandbox over loopback HTTP, watched by QAbstractItemModelTester:
// paging by cursor to the end, search, a search overtaken by another, load-all and its
// cancellation, and failures that leave a clear error and a working retry.
#include "api/clerkclient.h"
#include "domain/userpage.h"
#include "domain/usersummary.h"
#include "ui/list/phonenumberlistmodel.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace PhoneDesk;

namespace {
constexpr int kUsers = 230;
constexpr int kPage = 50;

// Every phone number id of the sandbox, read from the store directly, not through the client.
QSet<QString> allPhoneIds(SandboxStore &store, const QueryItems &filter = {})
{
    QSet<QString> ids;
    for (int offset = 0;; offset += 500) {
        QueryItems query = filter;
        query.append({QStringLiteral("limit"), QStringLiteral("500")});
        query.append({QStringLiteral("offset"), QString::number(offset)});
        const Parsed<UserPage> page = UserPage::fromJson(store.listUsers(query).body);
        if (!page.ok())
            qFatal("sandbox page unreadable: %s", qPrintable(page.error()));
        for (const UserSummary &user : page.value().users)
            for (const PhoneNumber &phone : user.phoneNumbers)
                ids.insert(phone.id);
        if (page.value().receivedCount < 500)
            return ids;
    }
}

QStringList idsOf(const PhoneNumberListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(PhoneNumberListModel::IdRole).toString());
    return ids;
}

// Waits until the model has no request in flight.
bool settled(PhoneNumberListModel &model)
{
    return QTest::qWaitFor([&] { return !model.loading(); }, 10000);
}
} // namespace

class TestPhoneNumberListModel : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    ClerkClient m_client;

    std::unique_ptr<PhoneNumberListModel> newModel()
    {
        auto model = std::make_unique<PhoneNumberListModel>();
        model->setClient(&m_client);
        model->setPageSize(kPage);
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

private Q_SLOTS:
    void initTestCase();
    void rolesStartAfterUserRoleAndAreNamed();
    void aFreshModelAsksTheViewToFetch();
    void pagesByOffsetToTheEnd();
    void rowsCarryTheNumberAndItsOwner();
    void searchReplacesTheRows();
    void aWholePhoneNumberIsSearchedExactly();
    void aNewerSearchWins();
    void loadAllWalksEveryPageAndReportsProgress();
    void cancellingLoadAllKeepsWhatArrived();
    void aRejectedKeyIsAClearErrorAndRetryRecovers();
    void anUnreachableServerIsAnError();
    void withoutAClientItSaysSo();
    void applyUserReplacesThatUsersRowsOnly();
    void applyUserCanInsertAUserWithoutRows();
    void aUserInsertedBeforeTheirPageIsNotListedTwice();
    void applyPhoneNumberChangesThatRowOnly();
    void removePhoneNumberTakesOutThatRowOnly();
};

void TestPhoneNumberListModel::initTestCase()
{
    Sandbox::Options options;
    options.users = kUsers;
    options.seed = 11;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client.setBaseUrl(m_sandbox.baseUrl());
    m_client.setSecretKey(m_sandbox.secretKey());
    // The sandbox has no rate limit: pacing would only slow the test down.
    m_client.setRateLimit(0);
}

void TestPhoneNumberListModel::rolesStartAfterUserRoleAndAreNamed()
{
    PhoneNumberListModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(int(PhoneNumberListModel::IdRole), Qt::UserRole + 1);
    QCOMPARE(names.size(), int(PhoneNumberListModel::OtherNumbersRole) - int(PhoneNumberListModel::IdRole) + 1);
    QSet<QByteArray> unique;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QVERIFY(it.key() > Qt::UserRole);
        unique.insert(it.value());
    }
    QCOMPARE(unique.size(), names.size());
    QCOMPARE(names.value(PhoneNumberListModel::VerificationStateRole), QByteArray("verificationState"));
}

void TestPhoneNumberListModel::aFreshModelAsksTheViewToFetch()
{
    PhoneNumberListModel model;
    model.setClient(&m_client);
    model.setPageSize(kPage);
    QVERIFY(model.canFetchMore());
    QVERIFY(!model.loading());
    // The tester behaves like a view: it asks for more as soon as it is attached.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loading());
    QVERIFY(!model.canFetchMore()); // one request at a time
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.loadedUserCount() >= kPage);
    QVERIFY(model.lastRefreshed().isValid());
}

void TestPhoneNumberListModel::pagesByOffsetToTheEnd()
{
    auto model = newModel();
    QSignalSpy pages(model.get(), &PhoneNumberListModel::loadedUserCountChanged);
    model->refresh(); // drops the page the tester asked for, and starts over
    QVERIFY(settled(*model));
    // The tester, like a greedy view, asks for the next page whenever rows arrive.
    while (model->canFetchMore()) {
        model->fetchMore();
        QVERIFY(settled(*model));
        QVERIFY(model->error().isEmpty());
        QVERIFY(pages.size() < 100);
    }
    QCOMPARE(pages.size(), (kUsers + kPage - 1) / kPage);
    QCOMPARE(model->loadedUserCount(), kUsers);
    QTRY_COMPARE(model->totalCount(), kUsers);
    QVERIFY(!model->hasMore());

    // Every number exactly once, and nothing the sandbox does not hold.
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds(m_sandbox.store()));
    for (int row = 0; row < ids.size(); ++row)
        QCOMPARE(model->rowOfId(ids.at(row)), row);
    QCOMPARE(model->rowOfId(QStringLiteral("idn_nope")), -1);
}

void TestPhoneNumberListModel::rowsCarryTheNumberAndItsOwner()
{
    auto model = newModel();
    model->refresh();
    QVERIFY(settled(*model));
    while (model->canFetchMore()) {
        model->fetchMore();
        QVERIFY(settled(*model));
    }

    QSet<QString> states;
    int primaries = 0;
    int notE164 = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const PhoneNumberRow &source = model->rowAt(row);
        QVERIFY(index.data(PhoneNumberListModel::UserIdRole).toString().startsWith(QLatin1StringView("user_")));
        QVERIFY(!index.data(PhoneNumberListModel::UserNameRole).toString().isEmpty());
        QVERIFY(!index.data(PhoneNumberListModel::FormattedRole).toString().isEmpty());
        QCOMPARE(index.data(PhoneNumberListModel::PhoneNumberRole).toString(), source.phone.phoneNumber);
        states.insert(index.data(PhoneNumberListModel::VerificationStateRole).toString());
        primaries += index.data(PhoneNumberListModel::IsPrimaryRole).toBool() ? 1 : 0;
        if (!index.data(PhoneNumberListModel::IsE164Role).toBool()) {
            ++notE164;
            // Shown as stored, never dropped or reformatted into something else.
            QCOMPARE(index.data(PhoneNumberListModel::FormattedRole).toString(), source.phone.phoneNumber);
        } else {
            QVERIFY(!index.data(PhoneNumberListModel::RegionCodeRole).toString().isEmpty());
        }

        const QString kind = index.data(PhoneNumberListModel::VerificationKindRole).toString();
        if (!source.phone.verification) {
            QCOMPARE(kind, QStringLiteral("none"));
            QVERIFY(!index.data(PhoneNumberListModel::VerificationStatusRole).isValid());
            QVERIFY(!index.data(PhoneNumberListModel::AttemptsRole).isValid());
        } else if (source.phone.verification->kind == Verification::Kind::Admin) {
            QCOMPARE(kind, QStringLiteral("admin"));
            QVERIFY(!index.data(PhoneNumberListModel::AttemptsRole).isValid()); // unknown, not 0
        }
        const QVariantList others = index.data(PhoneNumberListModel::OtherNumbersRole).toList();
        for (const QVariant &other : others)
            QCOMPARE(model->index(model->rowOfId(other.toMap().value(QStringLiteral("id")).toString()))
                         .data(PhoneNumberListModel::UserIdRole),
                     index.data(PhoneNumberListModel::UserIdRole));
    }
    QVERIFY(primaries > 0);
    QVERIFY(notE164 > 0);
    for (const char *state : {"verified", "unverified", "expired", "failed", "none"})
        QVERIFY2(states.contains(QLatin1StringView(state)), state);
}

void TestPhoneNumberListModel::searchReplacesTheRows()
{
    auto model = newModel();
    model->refresh();
    QVERIFY(settled(*model));
    const QString name = model->index(3).data(PhoneNumberListModel::UserNameRole).toString().split(QLatin1Char(' ')).last();

    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->search(name);
    QCOMPARE(model->query(), name);
    QVERIFY(settled(*model));
    QCOMPARE(resets.size(), 1);
    QVERIFY(model->rowCount() > 0);
    const QSet<QString> expected = allPhoneIds(m_sandbox.store(), {{QStringLiteral("query"), name}});
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
    QTRY_VERIFY(model->totalCount() >= 1 && model->totalCount() < kUsers);

    model->search(QStringLiteral("zzzz-no-such-person"));
    QVERIFY(settled(*model));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->error().isEmpty());
    QVERIFY(!model->hasMore());

    model->search(QString());
    QVERIFY(settled(*model));
    QVERIFY(model->loadedUserCount() >= kPage);
    QTRY_COMPARE(model->totalCount(), kUsers);
}

void TestPhoneNumberListModel::aWholePhoneNumberIsSearchedExactly()
{
    auto model = newModel();
    model->refresh();
    QVERIFY(settled(*model));
    int row = 0;
    while (!model->index(row).data(PhoneNumberListModel::IsE164Role).toBool())
        ++row;
    const QString id = model->index(row).data(PhoneNumberListModel::IdRole).toString();
    const QString userId = model->index(row).data(PhoneNumberListModel::UserIdRole).toString();
    // Typed the way a caller reads it out: national spacing, international prefix.
    const QString spoken = model->index(row).data(PhoneNumberListModel::FormattedRole).toString();
    QVERIFY(spoken.contains(QLatin1Char(' ')));

    model->search(spoken);
    QVERIFY(settled(*model));
    QVERIFY(model->rowOfId(id) >= 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r).data(PhoneNumberListModel::UserIdRole).toString(), userId);
}

void TestPhoneNumberListModel::aNewerSearchWins()
{
    auto model = newModel();
    model->refresh();
    QVERIFY(settled(*model));
    const auto lastName = [&](int row) {
        return model->index(row).data(PhoneNumberListModel::UserNameRole).toString().split(QLatin1Char(' ')).last();
    };
    const QString first = lastName(0);
    int other = 1;
    while (other < model->rowCount() && lastName(other) == first)
        ++other;
    QVERIFY(other < model->rowCount());
    const QString second = lastName(other);

    // Both go out before either answer arrives; only the second may land.
    model->search(first);
    model->search(second);
    QVERIFY(settled(*model));
    QTest::qWait(100); // room for a late answer of the first search to (wrongly) arrive
    QCOMPARE(model->query(), second);
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds(m_sandbox.store(), {{QStringLiteral("query"), second}}));
    QVERIFY(model->error().isEmpty());
}

void TestPhoneNumberListModel::loadAllWalksEveryPageAndReportsProgress()
{
    auto model = newModel();
    QSignalSpy progress(model.get(), &PhoneNumberListModel::loadedUserCountChanged);
    QSignalSpy walking(model.get(), &PhoneNumberListModel::loadingAllChanged);
    model->loadAll();
    QVERIFY(model->loadingAll());
    QVERIFY(QTest::qWaitFor([&] { return !model->loadingAll(); }, 20000));
    QVERIFY(!model->loading());
    QCOMPARE(model->loadedUserCount(), kUsers);
    QCOMPARE(model->totalCount(), kUsers);
    // At least a report a page; the walk's slices may add pages of their own (a slice's last).
    QVERIFY2(progress.size() >= (kUsers + kPage - 1) / kPage, qPrintable(QString::number(progress.size())));
    QCOMPARE(walking.size(), 2);
    QVERIFY(!model->canFetchMore());
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds(m_sandbox.store()));
}

void TestPhoneNumberListModel::cancellingLoadAllKeepsWhatArrived()
{
    auto model = newModel(); // the tester has asked for the first page
    QVERIFY(model->loading());
    model->loadAll();
    QVERIFY(model->loadingAll());
    model->cancelLoadAll();
    QVERIFY(!model->loadingAll());
    QVERIFY(settled(*model));
    QTest::qWait(200); // room for the dropped answer to (wrongly) land
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->loadedUserCount(), 0);
    QVERIFY(model->error().isEmpty());

    // Paging starts again from where it stood.
    QVERIFY(model->canFetchMore());
    model->fetchMore();
    QVERIFY(QTest::qWaitFor([&] { return !model->loading() && !model->canFetchMore(); }, 20000));
    QCOMPARE(model->loadedUserCount(), kUsers);
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds(m_sandbox.store()));
}

void TestPhoneNumberListModel::aRejectedKeyIsAClearErrorAndRetryRecovers()
{
    ClerkClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setSecretKey(QStringLiteral("sk_test_wrong"));
    PhoneNumberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&client);
    QSignalSpy errors(&model, &PhoneNumberListModel::errorChanged);
    model.refresh();
    QVERIFY(settled(model));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(model.error().contains(QStringLiteral("401")), qPrintable(model.error()));
    QVERIFY(!model.errorTraceId().isEmpty());
    QVERIFY(!model.error().contains(QStringLiteral("sk_test_wrong")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore()); // a failing server is not asked again by the view

    client.setSecretKey(m_sandbox.secretKey());
    model.retry();
    QVERIFY(settled(model));
    QVERIFY(model.error().isEmpty());
    QVERIFY(model.rowCount() > 0);
}

void TestPhoneNumberListModel::anUnreachableServerIsAnError()
{
    // A port nothing listens on: bound, then closed.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ClerkClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    client.setSecretKey(QStringLiteral("sk_test_any"));
    // A refused connection is tried again for a while (a server may be restarting): briefly here.
    client.setRetryBudget(2000);
    PhoneNumberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&client);
    model.refresh();
    QVERIFY(settled(model));
    QVERIFY2(model.error().contains(QStringLiteral("refused")), qPrintable(model.error()));
    QVERIFY(!model.loading());
    QVERIFY(!model.loadingAll());
}

void TestPhoneNumberListModel::withoutAClientItSaysSo()
{
    PhoneNumberListModel model;
    model.refresh();
    QVERIFY(!model.loading());
    QVERIFY2(model.error().contains(QStringLiteral("no connection")), qPrintable(model.error()));
}

namespace {
UserSummary storedUser(SandboxStore &store, const QString &userId)
{
    const Parsed<UserSummary> user = UserSummary::fromJson(QJsonDocument::fromJson(store.getUser(userId).body).object());
    if (!user.ok())
        qFatal("sandbox user unreadable: %s", qPrintable(user.error()));
    return user.value();
}

// The first loaded user with at least two numbers, or "".
QString userWithTwoNumbers(const PhoneNumberListModel &model)
{
    QHash<QString, int> numbers;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString userId = model.rowAt(row).userId;
        if (++numbers[userId] == 2)
            return userId;
    }
    return {};
}

bool rowOfIdIsExact(const PhoneNumberListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowOfId(model.rowAt(row).phone.id) != row)
            return false;
    }
    return true;
}
} // namespace

void TestPhoneNumberListModel::applyUserReplacesThatUsersRowsOnly()
{
    auto model = newModel();
    QVERIFY(settled(*model));
    const QString userId = userWithTwoNumbers(*model);
    QVERIFY(!userId.isEmpty());
    QStringList othersBefore;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).userId != userId)
            othersBefore.append(model->rowAt(row).phone.id);
    }

    // On the server: one number goes, one comes, one changes.
    SandboxStore &store = m_sandbox.store();
    const UserSummary before = storedUser(store, userId);
    const QString gone = before.phoneNumbers.at(0).id;
    const QString kept = before.phoneNumbers.at(1).id;
    QCOMPARE(store.deletePhoneNumber(gone).status, 200);
    bool added = false;
    for (int i = 0; i < 50 && !added; ++i) {
        const QJsonObject body{{QStringLiteral("user_id"), userId},
                               {QStringLiteral("phone_number"), QStringLiteral("+4915198765%1").arg(i, 3, 10, QLatin1Char('0'))}};
        added = store.createPhoneNumber(QJsonDocument(body).toJson()).status == 200;
    }
    QVERIFY(added);
    const bool keptVerified = storedUser(store, userId).phoneNumbers.at(0).isVerified();
    const QJsonObject flip{{QStringLiteral("verified"), !keptVerified}};
    QCOMPARE(store.updatePhoneNumber(kept, QJsonDocument(flip).toJson()).status, 200);
    const UserSummary after = storedUser(store, userId);

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->applyUser(after);

    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->rowOfId(gone), -1);
    QSet<QString> ownIds;
    QStringList othersAfter;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).userId == userId)
            ownIds.insert(model->rowAt(row).phone.id);
        else
            othersAfter.append(model->rowAt(row).phone.id);
    }
    QSet<QString> expected;
    for (const PhoneNumber &phone : after.phoneNumbers)
        expected.insert(phone.id);
    QCOMPARE(ownIds, expected);
    QCOMPARE(othersAfter, othersBefore);
    QVERIFY(rowOfIdIsExact(*model));
    const QModelIndex keptIndex = model->index(model->rowOfId(kept));
    QCOMPARE(keptIndex.data(PhoneNumberListModel::VerificationStateRole).toString() == QStringLiteral("verified"),
             !keptVerified);
    bool keptAnnounced = false;
    for (const QList<QVariant> &signal : changed) {
        const auto roles = signal.at(2).value<QList<int>>();
        if (signal.at(0).value<QModelIndex>() == keptIndex) {
            keptAnnounced = roles.contains(PhoneNumberListModel::VerificationStateRole)
                && !roles.contains(PhoneNumberListModel::PhoneNumberRole);
        }
    }
    QVERIFY(keptAnnounced);

    // A user without rows here stays out: the model shows a search, not everyone.
    UserSummary stranger = after;
    stranger.id = QStringLiteral("user_not_loaded");
    const int rows = model->rowCount();
    model->applyUser(stranger);
    QCOMPARE(model->rowCount(), rows);
}

void TestPhoneNumberListModel::applyUserCanInsertAUserWithoutRows()
{
    auto model = newModel();
    QVERIFY(settled(*model));
    const QString userId = userWithTwoNumbers(*model);
    QVERIFY(!userId.isEmpty());
    // A search for someone else leaves the user out, as when an agent added a number to a user
    // they picked outside the list.
    QString otherId;
    for (int row = 0; row < model->rowCount() && otherId.isEmpty(); ++row) {
        if (model->rowAt(row).userId != userId)
            otherId = model->rowAt(row).userId;
    }
    QVERIFY(!otherId.isEmpty());
    model->search(otherId);
    QVERIFY(settled(*model));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowAt(row).userId, otherId);
    const QStringList before = idsOf(*model);
    const UserSummary user = storedUser(m_sandbox.store(), userId);

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->applyUser(user, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
    // One insertion at the end, with every number of the user in the server's order.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before.size());
    QCOMPARE(inserted.first().at(2).toInt(), before.size() + user.phoneNumbers.size() - 1);
    QCOMPARE(idsOf(*model).mid(0, before.size()), before);
    for (qsizetype i = 0; i < user.phoneNumbers.size(); ++i) {
        const int row = int(before.size() + i);
        QCOMPARE(model->rowAt(row).phone.id, user.phoneNumbers.at(i).id);
        QCOMPARE(model->rowAt(row).userId, userId);
        QCOMPARE(model->rowOfId(user.phoneNumbers.at(i).id), row);
    }
    QVERIFY(rowOfIdIsExact(*model));

    // Applied again, the user has rows now: they are updated in place, not added twice.
    inserted.clear();
    model->applyUser(user, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
    QVERIFY(inserted.isEmpty());
    QCOMPARE(model->rowCount(), int(before.size() + user.phoneNumbers.size()));
}

void TestPhoneNumberListModel::aUserInsertedBeforeTheirPageIsNotListedTwice()
{
    // Before the first page, nothing is inserted: that page will bring the user.
    auto unstarted = std::make_unique<PhoneNumberListModel>();
    unstarted->setClient(&m_client);
    const Parsed<UserPage> last = UserPage::fromJson(
        m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("20")},
                                     {QStringLiteral("offset"), QString::number(kUsers - 20)}}).body);
    QVERIFY(last.ok());
    UserSummary user;
    for (const UserSummary &candidate : last.value().users) {
        if (!candidate.phoneNumbers.isEmpty())
            user = candidate;
    }
    QVERIFY(!user.id.isEmpty());
    unstarted->applyUser(user, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
    QCOMPARE(unstarted->rowCount(), 0);

    // After it, a user of a later page joins at once, and their page adds nothing more. (No
    // tester yet: like a view, it would fetch every page at once.)
    auto model = std::make_unique<PhoneNumberListModel>();
    model->setClient(&m_client);
    model->setPageSize(kPage);
    model->refresh();
    QVERIFY(settled(*model));
    QCOMPARE(model->loadedUserCount(), kPage);
    QCOMPARE(model->rowOfId(user.phoneNumbers.first().id), -1);
    model->applyUser(user, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
    QVERIFY(model->rowOfId(user.phoneNumbers.first().id) >= 0);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->loadAll();
    QVERIFY(QTest::qWaitFor([&] { return !model->loadingAll() && !model->loading(); }, 20000));
    QCOMPARE(model->loadedUserCount(), kUsers);
    const QStringList ids = idsOf(*model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), allPhoneIds(m_sandbox.store()));
    QVERIFY(rowOfIdIsExact(*model));
}

void TestPhoneNumberListModel::applyPhoneNumberChangesThatRowOnly()
{
    auto model = newModel();
    QVERIFY(settled(*model));
    const QString userId = userWithTwoNumbers(*model);
    QVERIFY(!userId.isEmpty());
    const UserSummary user = storedUser(m_sandbox.store(), userId);
    PhoneNumber phone = user.phoneNumbers.at(1);
    phone.reservedForSecondFactor = !phone.reservedForSecondFactor.value_or(false);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->applyPhoneNumber(phone);
    QCOMPARE(changed.size(), 1);
    const QModelIndex index = model->index(model->rowOfId(phone.id));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), index);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{PhoneNumberListModel::ReservedForSecondFactorRole});
    QCOMPARE(index.data(PhoneNumberListModel::ReservedForSecondFactorRole).toBool(), *phone.reservedForSecondFactor);
}

void TestPhoneNumberListModel::removePhoneNumberTakesOutThatRowOnly()
{
    auto model = newModel();
    QVERIFY(settled(*model));
    const QString userId = userWithTwoNumbers(*model);
    QVERIFY(!userId.isEmpty());
    const UserSummary user = storedUser(m_sandbox.store(), userId);
    const QString gone = user.phoneNumbers.at(0).id;
    const QString kept = user.phoneNumbers.at(1).id;
    QStringList expected = idsOf(*model);
    const int row = model->rowOfId(gone);
    QVERIFY(row >= 0);
    expected.removeAt(row);

    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->removePhoneNumber(gone);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(removed.at(0).at(2).toInt(), row);
    QVERIFY(changed.isEmpty());
    QCOMPARE(model->rowOfId(gone), -1);
    QVERIFY(model->rowOfId(kept) >= 0);
    QCOMPARE(idsOf(*model), expected);
    QVERIFY(rowOfIdIsExact(*model));

    // A number that is not (or no longer) in the list changes nothing.
    model->removePhoneNumber(gone);
    model->removePhoneNumber(QStringLiteral("idn_not_loaded"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(idsOf(*model), expected);
}

QTEST_GUILESS_MAIN(TestPhoneNumberListModel)
#include "tst_phonenumberlistmodel.moc"

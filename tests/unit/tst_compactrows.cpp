// SPDX-License-Identifier: MIT
// The list model's rows stay compact at instance scale: what repeats is shared rather than
// copied, a user's "other numbers" come from one list per user, and a page lands as one insert.
// Rows are built from the sandbox's own answers (its store, without HTTP), and the model is
// watched by QAbstractItemModelTester.
#include "domain/userpage.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/list/phonenumberrow.h"
#include "ui/list/sharedstrings.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;

namespace {
// Whether two strings are one copy in memory (isSharedWith says false for static data).
bool sameCopy(const QString &a, const QString &b)
{
    return a.constData() == b.constData();
}

// Users of a sandbox page as the client parses them.
QList<UserSummary> usersOf(SandboxStore &store, int offset, int limit)
{
    const Parsed<UserPage> page = UserPage::fromJson(
        store.listUsers({{QStringLiteral("limit"), QString::number(limit)}, {QStringLiteral("offset"), QString::number(offset)}}).body);
    if (!page.ok())
        qFatal("sandbox page unreadable: %s", qPrintable(page.error()));
    return page.value().users;
}

// The first user with at least `numbers` phone numbers.
UserSummary userWith(const QList<UserSummary> &users, int numbers)
{
    for (const UserSummary &user : users) {
        if (user.phoneNumbers.size() >= numbers)
            return user;
    }
    qFatal("no user with %d numbers", numbers);
}
} // namespace

class TestCompactRows : public QObject
{
    Q_OBJECT

private:
    SandboxStore m_store{SandboxStore::Options{300, 11, 0}};

private Q_SLOTS:
    void equalValuesArePooledOnce();
    void rowsOfOneOwnerShareTheOwnersData();
    void rowsKeepNothingOfTheParsedPage();
    void repeatedCodesAreSharedAcrossOwners();
    void otherNumbersAreTheRestOfTheOwnersNumbers();
    void aPageIsAppendedAsOneInsert();
    void rowsAlreadyListedAreNotAppendedTwice();
};

void TestCompactRows::equalValuesArePooledOnce()
{
    // Two equal values read apart, as a parser makes them: two allocations.
    const QString first = SharedStrings::of(QString::fromLatin1(QByteArrayLiteral("pooled value")));
    const QString second = SharedStrings::of(QString::fromLatin1(QByteArrayLiteral("pooled value")));
    QCOMPARE(second, QStringLiteral("pooled value"));
    QVERIFY(sameCopy(first, second));
    QVERIFY(SharedStrings::of(QString()).isEmpty());
}

void TestCompactRows::rowsOfOneOwnerShareTheOwnersData()
{
    const UserSummary user = userWith(usersOf(m_store, 0, 300), 2);
    const QList<PhoneNumberRow> rows = PhoneNumberRow::fromUser(user);
    QCOMPARE(rows.size(), user.phoneNumbers.size());
    for (const PhoneNumberRow &row : rows) {
        QCOMPARE(row.userId, user.id);
        QVERIFY(sameCopy(row.userId, rows.first().userId));
        QVERIFY(sameCopy(row.userName, rows.first().userName));
        QVERIFY(row.owner);
        QCOMPARE(row.owner.get(), rows.first().owner.get());
        // The stored spelling is held once for the number and its analysis.
        QVERIFY(sameCopy(row.info.stored, row.phone.phoneNumber));
    }
    QCOMPARE(rows.first().owner->numbers.size(), user.phoneNumbers.size());
}

void TestCompactRows::rowsKeepNothingOfTheParsedPage()
{
    // A row holding a string of the page would keep the page's memory from being handed back.
    const UserSummary user = userWith(usersOf(m_store, 0, 300), 2);
    const QList<PhoneNumberRow> rows = PhoneNumberRow::fromUser(user);
    QVERIFY(!sameCopy(rows.first().userId, user.id));
    QCOMPARE(rows.first().userId, user.id);
    QCOMPARE(rows.first().userName, user.displayName());
    QCOMPARE(rows.first().userEmail(), user.primaryEmailAddress.value_or(QString()));
    QCOMPARE(rows.first().ownerSignIn(), user.signIn);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PhoneNumber &own = rows.at(i).phone;
        const PhoneNumber &sent = user.phoneNumbers.at(i);
        QVERIFY(!sameCopy(own.id, sent.id));
        QVERIFY(!sameCopy(own.phoneNumber, sent.phoneNumber));
        PhoneNumber withoutCodes = sent;
        withoutCodes.backupCodes.reset();
        QCOMPARE(own, withoutCodes);
    }
}

void TestCompactRows::repeatedCodesAreSharedAcrossOwners()
{
    const QList<PhoneNumberRow> rows = PhoneNumberRow::fromUsers(usersOf(m_store, 0, 300));
    QHash<QString, QString> firstOfRegion;
    QHash<QString, QString> firstOfStatus;
    int shared = 0;
    for (const PhoneNumberRow &row : rows) {
        if (!row.info.regionCode.isEmpty()) {
            const auto seen = firstOfRegion.constFind(row.info.regionCode);
            if (seen != firstOfRegion.cend()) {
                QVERIFY2(sameCopy(*seen, row.info.regionCode), qPrintable(row.info.regionCode));
                ++shared;
            } else {
                firstOfRegion.insert(row.info.regionCode, row.info.regionCode);
            }
        }
        if (row.phone.verification) {
            const QString &status = row.phone.verification->status;
            if (firstOfStatus.contains(status))
                QVERIFY2(sameCopy(firstOfStatus.value(status), status), qPrintable(status));
            else
                firstOfStatus.insert(status, status);
        }
    }
    QVERIFY(shared > 100);
    QVERIFY(firstOfStatus.size() >= 3);
}

void TestCompactRows::otherNumbersAreTheRestOfTheOwnersNumbers()
{
    const UserSummary user = userWith(usersOf(m_store, 0, 300), 3);
    const QList<PhoneNumberRow> rows = PhoneNumberRow::fromUser(user);
    for (const PhoneNumberRow &row : rows) {
        const QVariantList others = row.otherNumbers();
        QCOMPARE(others.size(), rows.size() - 1);
        for (const QVariant &entry : others) {
            const QVariantMap other = entry.toMap();
            const QString id = other.value(QStringLiteral("id")).toString();
            QVERIFY(id != row.phone.id);
            const auto sibling = std::find_if(rows.cbegin(), rows.cend(), [&](const PhoneNumberRow &r) { return r.phone.id == id; });
            QVERIFY(sibling != rows.cend());
            QCOMPARE(other.value(QStringLiteral("phoneNumber")).toString(), sibling->phone.phoneNumber);
            QCOMPARE(other.value(QStringLiteral("formatted")).toString(), sibling->info.international);
            QCOMPARE(other.value(QStringLiteral("verificationState")).toString(),
                     sibling->verificationState(QDateTime::currentMSecsSinceEpoch()));
            QCOMPARE(other.value(QStringLiteral("isPrimary")).toBool(), sibling->isPrimary);
        }
    }
}

void TestCompactRows::aPageIsAppendedAsOneInsert()
{
    PhoneNumberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<PhoneNumberRow> first = PhoneNumberRow::fromUsers(usersOf(m_store, 0, 100));
    const QList<PhoneNumberRow> second = PhoneNumberRow::fromUsers(usersOf(m_store, 100, 100));
    model.appendRows(first);
    model.appendRows(second);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), int(first.size()) - 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), int(first.size()));
    QCOMPARE(model.rowCount(), int(first.size() + second.size()));
    for (int row = 0; row < model.rowCount(); row += 17)
        QCOMPARE(model.rowOfId(model.index(row).data(PhoneNumberListModel::IdRole).toString()), row);
}

void TestCompactRows::rowsAlreadyListedAreNotAppendedTwice()
{
    PhoneNumberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<PhoneNumberRow> page = PhoneNumberRow::fromUsers(usersOf(m_store, 0, 50));
    model.appendRows(page.mid(0, 10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendRows(page);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), int(page.size()));
    model.appendRows(page.mid(0, 5));
    QCOMPARE(inserted.size(), 1); // nothing new: no insert at all
}

QTEST_GUILESS_MAIN(TestCompactRows)
#include "tst_compactrows.moc"

// SPDX-License-Identifier: MIT
// The local filters and sort orders over the loaded rows, checked row by row against the
// source model, under QAbstractItemModelTester.
#include "api/clerkclient.h"
#include "ui/list/phonenumberfiltermodel.h"
#include "ui/list/phonenumberlistmodel.h"
#include "sandbox/sandbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace PhoneDesk;
using Role = PhoneNumberListModel::Role;

class TestPhoneNumberFilterModel : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    ClerkClient m_client;
    PhoneNumberListModel m_source;
    PhoneNumberFilterModel m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Source rows for which `keep` holds, in source order.
    int expectedCount(const std::function<bool(const QModelIndex &)> &keep) const
    {
        int count = 0;
        for (int row = 0; row < m_source.rowCount(); ++row)
            count += keep(m_source.index(row)) ? 1 : 0;
        return count;
    }
    void verifyEveryRow(const std::function<bool(const QModelIndex &)> &keep)
    {
        for (int row = 0; row < m_filter.rowCount(); ++row)
            QVERIFY(keep(m_filter.mapToSource(m_filter.index(row, 0))));
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsUnfilteredNewestFirst();
    void filtersByVerificationState_data();
    void filtersByVerificationState();
    void filtersByFlags_data();
    void filtersByFlags();
    void combinesFilters();
    void sortsByNumberOwnerAndTimes_data();
    void sortsByNumberOwnerAndTimes();
    void getsEveryRoleOfARowByName();
    void findsRowsById();
};

void TestPhoneNumberFilterModel::initTestCase()
{
    Sandbox::Options options;
    options.users = 400;
    options.seed = 5;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client.setBaseUrl(m_sandbox.baseUrl());
    m_client.setSecretKey(m_sandbox.secretKey());
    // The sandbox has no rate limit: pacing would only slow the test down.
    m_client.setRateLimit(0);
    m_source.setClient(&m_client);
    m_filter.setSourceModel(&m_source);
    m_tester = std::make_unique<QAbstractItemModelTester>(&m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_source.loadAll();
    QVERIFY(QTest::qWaitFor([&] { return !m_source.loadingAll() && !m_source.loading(); }, 20000));
    QCOMPARE(m_source.loadedUserCount(), 400);
}

void TestPhoneNumberFilterModel::init()
{
    m_filter.clearFilters();
    m_filter.setSortKey(PhoneNumberFilterModel::SortKey::Created);
    m_filter.setSortDescending(true);
}

void TestPhoneNumberFilterModel::startsUnfilteredNewestFirst()
{
    QVERIFY(!m_filter.filtering());
    QCOMPARE(m_filter.count(), m_source.rowCount());
    QCOMPARE(m_filter.rowCount(), m_source.rowCount());
    for (int row = 1; row < m_filter.rowCount(); ++row) {
        const QVariant newer = m_filter.index(row - 1, 0).data(Role::CreatedAtRole);
        const QVariant older = m_filter.index(row, 0).data(Role::CreatedAtRole);
        if (newer.isValid() && older.isValid())
            QVERIFY(newer.toDateTime() >= older.toDateTime());
    }
}

void TestPhoneNumberFilterModel::filtersByVerificationState_data()
{
    using Filter = PhoneNumberFilterModel::VerificationFilter;
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("state"); // the verificationState role of the rows that pass
    QTest::newRow("verified") << Filter::Verified << QStringLiteral("verified");
    QTest::newRow("unverified") << Filter::Unverified << QStringLiteral("unverified");
    QTest::newRow("expired") << Filter::Expired << QStringLiteral("expired");
    QTest::newRow("failed") << Filter::Failed << QStringLiteral("failed");
    QTest::newRow("never verified") << Filter::NeverVerified << QStringLiteral("none");
}

void TestPhoneNumberFilterModel::filtersByVerificationState()
{
    QFETCH(PhoneNumberFilterModel::VerificationFilter, filter);
    QFETCH(QString, state);
    const auto keep = [&](const QModelIndex &index) { return index.data(Role::VerificationStateRole).toString() == state; };
    QSignalSpy counts(&m_filter, &PhoneNumberFilterModel::countChanged);
    m_filter.setVerificationState(filter);
    QVERIFY(m_filter.filtering());
    QVERIFY(counts.size() >= 1);
    const int expected = expectedCount(keep);
    QVERIFY2(expected > 0, "the demo data has every state");
    QCOMPARE(m_filter.count(), expected);
    verifyEveryRow(keep);
}

void TestPhoneNumberFilterModel::filtersByFlags_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("alsoRole"); // a second role that also admits a row; 0: none
    QTest::newRow("reserved for 2FA") << QStringLiteral("reservedForSecondFactorOnly") << int(Role::ReservedForSecondFactorRole) << 0;
    QTest::newRow("default 2FA") << QStringLiteral("defaultSecondFactorOnly") << int(Role::DefaultSecondFactorRole) << 0;
    QTest::newRow("primary") << QStringLiteral("primaryOnly") << int(Role::IsPrimaryRole) << 0;
    QTest::newRow("banned or locked") << QStringLiteral("bannedOrLockedOnly") << int(Role::UserBannedRole) << int(Role::UserLockedRole);
}

void TestPhoneNumberFilterModel::filtersByFlags()
{
    QFETCH(QString, property);
    QFETCH(int, role);
    QFETCH(int, alsoRole);
    const auto keep = [&](const QModelIndex &index) {
        return index.data(role).toBool() || (alsoRole != 0 && index.data(alsoRole).toBool());
    };
    QVERIFY(m_filter.setProperty(property.toLatin1().constData(), true));
    const int expected = expectedCount(keep);
    QVERIFY(expected > 0);
    QVERIFY(expected < m_source.rowCount());
    QCOMPARE(m_filter.count(), expected);
    verifyEveryRow(keep);
}

void TestPhoneNumberFilterModel::combinesFilters()
{
    m_filter.setLinkedOnly(true);
    const auto linked = [](const QModelIndex &index) { return !index.data(Role::LinkedToRole).toList().isEmpty(); };
    QCOMPARE(m_filter.count(), expectedCount(linked));
    QVERIFY(m_filter.count() > 0);

    m_filter.setVerificationState(PhoneNumberFilterModel::VerificationFilter::Verified);
    const auto both = [&](const QModelIndex &index) {
        return linked(index) && index.data(Role::VerificationStateRole).toString() == QLatin1StringView("verified");
    };
    QCOMPARE(m_filter.count(), expectedCount(both));
    verifyEveryRow(both);

    QSignalSpy filters(&m_filter, &PhoneNumberFilterModel::filtersChanged);
    m_filter.clearFilters();
    QCOMPARE(filters.size(), 1);
    QVERIFY(!m_filter.filtering());
    QCOMPARE(m_filter.count(), m_source.rowCount());
}

void TestPhoneNumberFilterModel::sortsByNumberOwnerAndTimes_data()
{
    using Key = PhoneNumberFilterModel::SortKey;
    QTest::addColumn<Key>("key");
    QTest::addColumn<bool>("descending");
    for (const auto &[key, name] : {std::pair{Key::Number, "number"}, {Key::Owner, "owner"}, {Key::Created, "created"},
                                    {Key::Updated, "updated"}}) {
        QTest::addRow("%s ascending", name) << key << false;
        QTest::addRow("%s descending", name) << key << true;
    }
}

void TestPhoneNumberFilterModel::sortsByNumberOwnerAndTimes()
{
    using Key = PhoneNumberFilterModel::SortKey;
    QFETCH(Key, key);
    QFETCH(bool, descending);
    m_filter.setSortKey(key);
    m_filter.setSortDescending(descending);
    QCOMPARE(m_filter.rowCount(), m_source.rowCount());
    for (int row = 1; row < m_filter.rowCount(); ++row) {
        const QModelIndex a = m_filter.index(row - 1, 0);
        const QModelIndex b = m_filter.index(row, 0);
        int order = 0;
        if (key == Key::Number || key == Key::Owner) {
            const int role = key == Key::Number ? Role::PhoneNumberRole : Role::UserNameRole;
            order = QString::localeAwareCompare(a.data(role).toString(), b.data(role).toString());
        } else {
            const int role = key == Key::Created ? Role::CreatedAtRole : Role::UpdatedAtRole;
            const qint64 at = a.data(role).toDateTime().toMSecsSinceEpoch();
            const qint64 bt = b.data(role).toDateTime().toMSecsSinceEpoch();
            order = at < bt ? -1 : (at > bt ? 1 : 0);
        }
        QVERIFY2(descending ? order >= 0 : order <= 0, qPrintable(QStringLiteral("rows %1 and %2").arg(row - 1).arg(row)));
    }
}

void TestPhoneNumberFilterModel::getsEveryRoleOfARowByName()
{
    const QVariantMap row = m_filter.get(0);
    QCOMPARE(row.size(), m_source.roleNames().size());
    QCOMPARE(row.value(QStringLiteral("id")), m_filter.index(0, 0).data(Role::IdRole));
    QCOMPARE(row.value(QStringLiteral("formatted")), m_filter.index(0, 0).data(Role::FormattedRole));
    QVERIFY(row.contains(QStringLiteral("attempts"))); // present even when unknown
    QVERIFY(m_filter.get(-1).isEmpty());
    QVERIFY(m_filter.get(m_filter.rowCount()).isEmpty());
}

void TestPhoneNumberFilterModel::findsRowsById()
{
    m_filter.setVerificationState(PhoneNumberFilterModel::VerificationFilter::Verified);
    const QString shown = m_filter.index(2, 0).data(Role::IdRole).toString();
    QCOMPARE(m_filter.rowOfId(shown), 2);

    // A row the filter hides has no row here, though the source still holds it.
    QString hidden;
    for (int row = 0; row < m_source.rowCount() && hidden.isEmpty(); ++row) {
        if (m_source.index(row).data(Role::VerificationStateRole).toString() != QLatin1StringView("verified"))
            hidden = m_source.index(row).data(Role::IdRole).toString();
    }
    QVERIFY(m_source.rowOfId(hidden) >= 0);
    QCOMPARE(m_filter.rowOfId(hidden), -1);
    QCOMPARE(m_filter.rowOfId(QStringLiteral("idn_unknown")), -1);
}

QTEST_GUILESS_MAIN(TestPhoneNumberFilterModel)
#include "tst_phonenumberfiltermodel.moc"

// SPDX-License-Identifier: MIT
// The libphonenumber wrapper: formats, region and type for real numbers, and numbers that do
// not parse kept exactly as stored.
#include "phone/phonenumberinfo.h"

#include <QTest>

using namespace PhoneDesk;

class TestPhoneNumberInfo : public QObject
{
    Q_OBJECT

private slots:
    void describesValidNumbers_data();
    void describesValidNumbers();
    void keepsWhatDoesNotParseAsStored_data();
    void keepsWhatDoesNotParseAsStored();
    void aValidNumberInAnotherSpellingIsNotE164();
    void namesEveryType();
};

void TestPhoneNumberInfo::describesValidNumbers_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("country");
    QTest::addColumn<PhoneNumberInfo::Type>("type");
    QTest::newRow("German mobile") << QStringLiteral("+4915123456789") << QStringLiteral("+49 1512 3456789")
                                   << QStringLiteral("01512 3456789") << QStringLiteral("DE") << QStringLiteral("Germany")
                                   << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("US number") << QStringLiteral("+12015550123") << QStringLiteral("+1 201-555-0123")
                               << QStringLiteral("(201) 555-0123") << QStringLiteral("US") << QStringLiteral("United States")
                               << PhoneNumberInfo::Type::FixedLineOrMobile;
    QTest::newRow("French mobile") << QStringLiteral("+33612345678") << QStringLiteral("+33 6 12 34 56 78")
                                   << QStringLiteral("06 12 34 56 78") << QStringLiteral("FR") << QStringLiteral("France")
                                   << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("Brazilian mobile") << QStringLiteral("+5511987654321") << QStringLiteral("+55 11 98765-4321")
                                      << QStringLiteral("(11) 98765-4321") << QStringLiteral("BR") << QStringLiteral("Brazil")
                                      << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("UK toll free") << QStringLiteral("+448001234567") << QStringLiteral("+44 800 123 4567")
                                  << QStringLiteral("0800 123 4567") << QStringLiteral("GB") << QStringLiteral("United Kingdom")
                                  << PhoneNumberInfo::Type::TollFree;
}

void TestPhoneNumberInfo::describesValidNumbers()
{
    QFETCH(QString, stored);
    QFETCH(QString, international);
    QFETCH(QString, national);
    QFETCH(QString, region);
    QFETCH(QString, country);
    QFETCH(PhoneNumberInfo::Type, type);
    const PhoneNumberInfo info = PhoneNumberInfo::of(stored);
    QVERIFY(info.parsed);
    QVERIFY(info.valid);
    QVERIFY(info.isE164);
    QCOMPARE(info.stored, stored);
    QCOMPARE(info.e164, stored);
    QCOMPARE(info.international, international);
    QCOMPARE(info.national, national);
    QCOMPARE(info.regionCode, region);
    QCOMPARE(info.countryName, country);
    QCOMPARE(info.type, type);
}

void TestPhoneNumberInfo::keepsWhatDoesNotParseAsStored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("parsed");
    QTest::newRow("legacy dashed") << QStringLiteral("+311-555-2368") << true;
    QTest::newRow("SDK example") << QStringLiteral("749-570-5537 x9671") << false;
    QTest::newRow("letters") << QStringLiteral("call me maybe") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << QStringLiteral("+1234") << true;
}

void TestPhoneNumberInfo::keepsWhatDoesNotParseAsStored()
{
    QFETCH(QString, stored);
    QFETCH(bool, parsed);
    const PhoneNumberInfo info = PhoneNumberInfo::of(stored);
    QCOMPARE(info.stored, stored);
    QVERIFY(!info.valid);
    QVERIFY(!info.isE164);
    QCOMPARE(info.type, PhoneNumberInfo::Type::Unknown);
    QCOMPARE(info.parsed, parsed);
    // Never reformatted into a number it is not: "+311-555-2368" must not read "+31 15552368".
    QCOMPARE(info.international, stored);
    QCOMPARE(info.national, stored);
    QCOMPARE(info.e164, stored);
    QVERIFY(info.regionCode.isEmpty());
    QVERIFY(info.countryName.isEmpty());
}

void TestPhoneNumberInfo::aValidNumberInAnotherSpellingIsNotE164()
{
    const PhoneNumberInfo info = PhoneNumberInfo::of(QStringLiteral("+49 151 2345 6789"));
    QVERIFY(info.valid);
    QVERIFY(!info.isE164);
    QCOMPARE(info.e164, QStringLiteral("+4915123456789"));
    QCOMPARE(info.regionCode, QStringLiteral("DE"));
}

void TestPhoneNumberInfo::namesEveryType()
{
    QSet<QString> names;
    for (int t = int(PhoneNumberInfo::Type::Unknown); t <= int(PhoneNumberInfo::Type::Voicemail); ++t) {
        const QString name = PhoneNumberInfo::typeName(PhoneNumberInfo::Type(t));
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(PhoneNumberInfo::Type::Voicemail) + 1);
    QCOMPARE(PhoneNumberInfo::of(QStringLiteral("+4915123456789")).typeName(), QStringLiteral("mobile"));
}

QTEST_GUILESS_MAIN(TestPhoneNumberInfo)
#include "tst_phonenumberinfo.moc"

// SPDX-License-Identifier: MIT
// Country names: English (Qt's) for what PhoneDesk prints, the window's language for what it
// shows. In German the region picker names and sorts countries the German way and still finds
// them by their English names; the list's rows and a sign-in finding name them in German, while
// phonedesk-cli's language, English, stays the default.
#include "phone/countrynames.h"
#include "phone/phoneregion.h"
#include "signin/signindiagnosis.h"
#include "signin/smsblocklist.h"
#include "ui/list/regionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { CountryNames::setLanguage(QStringLiteral("en")); }

    void englishIsQtsAndTheDefault()
    {
        QCOMPARE(CountryNames::language(), QStringLiteral("en"));
        QCOMPARE(CountryNames::english(QStringLiteral("DE")), QStringLiteral("Germany"));
        QCOMPARE(CountryNames::shown(QStringLiteral("BR")), QStringLiteral("Brazil"));
        QCOMPARE(CountryNames::in(QStringLiteral("BR"), QStringLiteral("en")), QStringLiteral("Brazil"));
        QCOMPARE(PhoneRegion::countryNameOf(QStringLiteral("BR")), QStringLiteral("Brazil"));
        QVERIFY(CountryNames::english(QStringLiteral("ZZ")).isEmpty());
        QVERIFY(CountryNames::english(QString()).isEmpty());
        QVERIFY(CountryNames::english(QStringLiteral("DEU")).isEmpty());
    }

    void otherLanguagesFromIcu_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("german");
        QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("Deutschland");
        QTest::newRow("BR") << QStringLiteral("BR") << QStringLiteral("Brasilien");
        QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("Vereinigtes Königreich");
        QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("Schweiz");
        QTest::newRow("ZZ, no country") << QStringLiteral("ZZ") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void otherLanguagesFromIcu()
    {
        QFETCH(QString, code);
        QFETCH(QString, german);
        QCOMPARE(CountryNames::in(code, QStringLiteral("de")), german);
        CountryNames::setLanguage(QStringLiteral("de"));
        QCOMPARE(CountryNames::shown(code), german);
        QCOMPARE(CountryNames::shown(code), german); // and again, from the cache
    }

    void regionPickerSpeaksTheWindowsLanguage()
    {
        CountryNames::setLanguage(QStringLiteral("de"));
        RegionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(PhoneRegion::all().size()));
        const int germany = model.indexOfCode(QStringLiteral("DE"));
        QVERIFY(germany >= 0);
        QCOMPARE(model.index(germany).data(RegionListModel::LabelRole).toString(), QStringLiteral("Deutschland (+49)"));
        QCOMPARE(model.index(germany).data(RegionListModel::CountryNameRole).toString(), QStringLiteral("Deutschland"));
        QCOMPARE(model.find(QStringLiteral("deu")), germany);
        // The English name still finds it, after every German name that starts so.
        QCOMPARE(model.find(QStringLiteral("germ")), germany);
        QCOMPARE(model.find(QStringLiteral("Brasil")), model.indexOfCode(QStringLiteral("BR")));
        // Sorted the German way: Ägypten (EG) with the As, Österreich (AT) with the Os.
        QVERIFY(model.indexOfCode(QStringLiteral("EG")) < model.indexOfCode(QStringLiteral("AR")));
        QVERIFY(model.indexOfCode(QStringLiteral("NO")) < model.indexOfCode(QStringLiteral("AT")));
        QVERIFY(model.indexOfCode(QStringLiteral("AT")) < model.indexOfCode(QStringLiteral("PK")));
    }

    void aSignInFindingNamesTheCountryInTheLanguageItIsSaidIn()
    {
        const QByteArray json = R"({"id":"user_1","object":"user","first_name":"Ana","last_name":"Souza",
            "phone_numbers":[{"id":"idn_1","object":"phone_number","phone_number":"+5511912345678","reserved":true,
            "verification":{"object":"verification_otp","status":"verified","strategy":"phone_code","attempts":1,
            "expire_at":1}}],"primary_phone_number_id":"idn_1","email_addresses":[],"two_factor_enabled":false})";
        const QString blocked = findingAbout(json);
        QVERIFY2(blocked.contains(QStringLiteral("to Brazil (BR)")), qPrintable(blocked));
        CountryNames::setLanguage(QStringLiteral("de"));
        const QString german = findingAbout(json);
        QVERIFY2(german.contains(QStringLiteral("to Brasilien (BR)")), qPrintable(german));
    }

private:
    static QString findingAbout(const QByteArray &userJson);
};

// The message of the finding that SMS to the user's number cannot arrive (Brazil blocked).
QString TestCountryNames::findingAbout(const QByteArray &userJson)
{
    const Parsed<UserSummary> user = UserSummary::fromJson(QJsonDocument::fromJson(userJson).object());
    if (!user.ok())
        return user.error();
    const SignInDiagnosis diagnosis = SignInDiagnosis::of(user.value(), SmsBlocklist({QStringLiteral("BR")}), 0);
    for (const SignInFinding &finding : diagnosis.findings()) {
        if (finding.kind == SignInFinding::Kind::SmsCountryBlocked)
            return finding.message;
    }
    return QStringLiteral("no sms_country_blocked finding");
}

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"

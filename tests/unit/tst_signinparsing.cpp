// SPDX-License-Identifier: MIT
// The domain types of the sign-in check read as the Backend API's spec gives them: a user's lockout
// and MFA fields (Qt's JSON and simdjson alike), GET /sessions' plain array of Session objects and
// the instance's communication settings; leniently where a field may be null, precisely where one
// is broken.
#include "domain/instancecommunication.h"
#include "domain/session.h"
#include "domain/userpage.h"
#include "domain/usersummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

namespace {
// A user as the spec's User schema has them, with the sign-in fields of a locked user.
QByteArray lockedUserJson()
{
    return R"({"id":"user_locked","object":"user","username":null,"first_name":"Lea","last_name":"Kohl",
        "primary_email_address_id":null,"primary_phone_number_id":null,"primary_web3_wallet_id":null,
        "password_enabled":false,"two_factor_enabled":true,"totp_enabled":true,"backup_code_enabled":false,
        "email_addresses":[],"phone_numbers":[],"web3_wallets":[],"passkeys":[],"external_accounts":[],
        "saml_accounts":[],"enterprise_accounts":[],"public_metadata":{},"external_id":null,
        "last_sign_in_at":1732100000000,"banned":false,"locked":true,"lockout_expires_in_seconds":1740,
        "verification_attempts_remaining":0,"created_at":1609459200000,"updated_at":1732193400000,
        "delete_self_enabled":true,"create_organization_enabled":true,"last_active_at":null,
        "mfa_enabled_at":1700000000000,"mfa_disabled_at":1690000000000,"legal_accepted_at":null})";
}

QByteArray sessionJson(const char *id, const char *status)
{
    return QByteArray(R"({"object":"session","id":")") + id + R"(","user_id":"user_1","client_id":"client_1",)"
           + R"("actor":null,"status":")" + status + R"(","last_active_organization_id":null,)"
           + R"("last_active_at":1732100000000,"expire_at":1732700000000,"abandon_at":1734700000000,)"
           + R"("updated_at":1732100000000,"created_at":1732000000000})";
}
} // namespace

class TestSignInParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSignInFieldsOfAUserInBothReaders();
    void nullSignInFieldsAreUnknown();
    void aWronglyTypedLockoutMakesTheUserUnreadable();
    void theSignInFieldsRoundTrip();
    void readsASessionListAsClerkSendsIt();
    void aSessionListIsReadWholeOrNotAtAll_data();
    void aSessionListIsReadWholeOrNotAtAll();
    void aSessionRoundTrips();
    void readsTheInstanceCommunication();
    void anInstanceCommunicationWithoutItsCodesIsUnreadable_data();
    void anInstanceCommunicationWithoutItsCodesIsUnreadable();
};

void TestSignInParsing::readsTheSignInFieldsOfAUserInBothReaders()
{
    const Parsed<UserSummary> qt = UserSummary::fromJson(QJsonDocument::fromJson(lockedUserJson()).object());
    QVERIFY2(qt.ok(), qPrintable(qt.error()));
    // A page is read with simdjson: the same user through the other reader.
    const Parsed<UserPage> page = UserPage::fromJson("[" + lockedUserJson() + "]");
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page.value().users.size(), 1);
    for (const UserSummary &user : {qt.value(), page.value().users.first()}) {
        QCOMPARE(user.locked, std::optional<bool>(true));
        QCOMPARE(user.lockoutExpiresInSeconds, std::optional<qint64>(1740));
        QCOMPARE(user.verificationAttemptsRemaining, std::optional<qint64>(0));
        QCOMPARE(user.mfaEnabledAt, std::optional<qint64>(1700000000000));
        QCOMPARE(user.mfaDisabledAt, std::optional<qint64>(1690000000000));
    }
    QCOMPARE(page.value().users.first(), qt.value());
}

void TestSignInParsing::nullSignInFieldsAreUnknown()
{
    // null lockout seconds on a locked user: a lockout that never ends; null attempts: lockout off.
    QByteArray json = lockedUserJson();
    json.replace(R"("lockout_expires_in_seconds":1740)", R"("lockout_expires_in_seconds":null)");
    json.replace(R"("verification_attempts_remaining":0)", R"("verification_attempts_remaining":null)");
    json.replace(R"("mfa_enabled_at":1700000000000)", R"("mfa_enabled_at":null)");
    const Parsed<UserSummary> user = UserSummary::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(user.ok(), qPrintable(user.error()));
    QCOMPARE(user.value().lockoutExpiresInSeconds, std::nullopt);
    QCOMPARE(user.value().verificationAttemptsRemaining, std::nullopt);
    QCOMPARE(user.value().mfaEnabledAt, std::nullopt);
    QCOMPARE(user.value().mfaDisabledAt, std::optional<qint64>(1690000000000));
}

void TestSignInParsing::aWronglyTypedLockoutMakesTheUserUnreadable()
{
    QByteArray json = lockedUserJson();
    json.replace(R"("lockout_expires_in_seconds":1740)", R"("lockout_expires_in_seconds":"1740")");
    const Parsed<UserSummary> qt = UserSummary::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!qt.ok());
    QVERIFY2(qt.error().contains(QStringLiteral("\"lockout_expires_in_seconds\"")), qPrintable(qt.error()));
    const Parsed<UserPage> page = UserPage::fromJson("[" + json + "]");
    QVERIFY(page.ok());
    QVERIFY(page.value().users.isEmpty());
    QCOMPARE(page.value().problems, QStringList{qt.error()});
}

void TestSignInParsing::theSignInFieldsRoundTrip()
{
    const UserSummary original = UserSummary::fromJson(QJsonDocument::fromJson(lockedUserJson()).object()).value();
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(QLatin1StringView("lockout_expires_in_seconds")).toInteger(), 1740);
    QCOMPARE(json.value(QLatin1StringView("mfa_disabled_at")).toInteger(), 1690000000000);
    QCOMPARE(UserSummary::fromJson(json).value(), original);
    // Unknown values are written as the spec's null, and read back as unknown.
    UserSummary bare;
    bare.id = QStringLiteral("user_bare");
    const QJsonObject bareJson = bare.toJson();
    QVERIFY(bareJson.value(QLatin1StringView("lockout_expires_in_seconds")).isNull());
    QVERIFY(bareJson.value(QLatin1StringView("verification_attempts_remaining")).isNull());
    QCOMPARE(UserSummary::fromJson(bareJson).value().lockoutExpiresInSeconds, std::nullopt);
}

void TestSignInParsing::readsASessionListAsClerkSendsIt()
{
    QByteArray second = sessionJson("sess_2", "revoked");
    second.replace(R"("created_at":1732000000000})",
                   R"("created_at":1732000000000,"latest_activity":{"object":"session_activity","id":"sess_activity_2",)"
                   R"("device_type":"Macintosh","is_mobile":false,"browser_name":"Chrome","browser_version":"124.0.0.0",)"
                   R"("ip_address":"203.0.113.7","city":"Recife","country":"BR"},"tasks":null})");
    const Parsed<QList<Session>> parsed = Session::listFromJson("[" + sessionJson("sess_1", "active") + "," + second + "]");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QList<Session> &sessions = parsed.value();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).id, QStringLiteral("sess_1"));
    QCOMPARE(sessions.at(0).userId, QStringLiteral("user_1"));
    QCOMPARE(sessions.at(0).clientId, QStringLiteral("client_1"));
    QVERIFY(sessions.at(0).isActive());
    QCOMPARE(sessions.at(0).lastActiveAt, std::optional<qint64>(1732100000000));
    QCOMPARE(sessions.at(0).expireAt, std::optional<qint64>(1732700000000));
    QCOMPARE(sessions.at(0).createdAt, std::optional<qint64>(1732000000000));
    QVERIFY(!sessions.at(0).latestActivity);
    QVERIFY(!sessions.at(1).isActive());
    QVERIFY(sessions.at(1).latestActivity);
    const SessionActivity &activity = *sessions.at(1).latestActivity;
    QCOMPARE(activity.browserName, std::optional<QString>(QStringLiteral("Chrome")));
    QCOMPARE(activity.city, std::optional<QString>(QStringLiteral("Recife")));
    QCOMPARE(activity.isMobile, std::optional<bool>(false));
    QCOMPARE(activity.describe(), QStringLiteral("Chrome 124.0.0.0, Macintosh, Recife, BR, 203.0.113.7"));
    QVERIFY(Session::listFromJson("[]").ok());
}

void TestSignInParsing::aSessionListIsReadWholeOrNotAtAll_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");
    // paginated=true's shape is never asked for, so it is not what a list is.
    QTest::newRow("paginated") << QByteArray(R"({"data":[],"total_count":0})") << QStringLiteral("not a JSON array");
    QTest::newRow("truncated") << QByteArray("[" + sessionJson("sess_1", "active")).chopped(3) << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[" + sessionJson("sess_1", "active") + ",7]") << QStringLiteral("session #2");
    QByteArray noUser = sessionJson("sess_9", "active");
    noUser.replace(R"("user_id":"user_1",)", "");
    QTest::newRow("no user") << QByteArray("[" + sessionJson("sess_1", "active") + "," + noUser + "]")
                             << QStringLiteral("session sess_9: required field \"user_id\" is missing");
    QByteArray badStatus = sessionJson("sess_8", "active");
    badStatus.replace(R"("status":"active")", R"("status":1)");
    QTest::newRow("status a number") << QByteArray("[" + badStatus + "]") << QStringLiteral("\"status\" should be a string");
    QByteArray badActivity = sessionJson("sess_7", "active");
    badActivity.replace(R"("created_at":1732000000000})", R"("created_at":1732000000000,"latest_activity":{"id":"a","is_mobile":"no"}})");
    QTest::newRow("activity") << QByteArray("[" + badActivity + "]") << QStringLiteral("latest_activity");
}

void TestSignInParsing::aSessionListIsReadWholeOrNotAtAll()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    const Parsed<QList<Session>> parsed = Session::listFromJson(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));
}

void TestSignInParsing::aSessionRoundTrips()
{
    QByteArray json = sessionJson("sess_3", "active");
    json.replace(R"("created_at":1732000000000})",
                 R"("created_at":1732000000000,"latest_activity":{"object":"session_activity","id":"x","is_mobile":true,"city":"Pune"}})");
    const Parsed<Session> original = Session::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(original.ok(), qPrintable(original.error()));
    const Parsed<Session> again = Session::fromJson(original.value().toJson());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), original.value());
}

void TestSignInParsing::readsTheInstanceCommunication()
{
    const Parsed<InstanceCommunication> read = InstanceCommunication::fromJson(
        QJsonDocument::fromJson(R"({"object":"instance_communication","blocked_country_codes":["BR","IN"]})").object());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value().blockedCountryCodes, QStringList({QStringLiteral("BR"), QStringLiteral("IN")}));
    QCOMPARE(InstanceCommunication::fromJson(read.value().toJson()).value(), read.value());
    const Parsed<InstanceCommunication> none = InstanceCommunication::fromJson(
        QJsonDocument::fromJson(R"({"object":"instance_communication","blocked_country_codes":[]})").object());
    QVERIFY(none.ok());
    QVERIFY(none.value().blockedCountryCodes.isEmpty());
}

void TestSignInParsing::anInstanceCommunicationWithoutItsCodesIsUnreadable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("missing") << QByteArray(R"({"object":"instance_communication"})");
    QTest::newRow("null") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":null})");
    QTest::newRow("a string") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":"BR"})");
    QTest::newRow("a number in it") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":["BR",55]})");
}

void TestSignInParsing::anInstanceCommunicationWithoutItsCodesIsUnreadable()
{
    QFETCH(QByteArray, body);
    const Parsed<InstanceCommunication> read = InstanceCommunication::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("blocked_country_codes")), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestSignInParsing)
#include "tst_signinparsing.moc"

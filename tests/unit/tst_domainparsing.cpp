// SPDX-License-Identifier: MIT
// The domain types read the seeds' example objects and Clerk's real-world oddities as the
// Backend API's contract demands: leniently where Clerk is loose, precisely where a field is broken.
#include "domain/deletedobject.h"
#include "domain/identificationlink.h"
#include "domain/identificationstatus.h"
#include "domain/instancecommunication.h"
#include "domain/phonenumber.h"
#include "domain/session.h"
#include "domain/usernumberspage.h"
#include "domain/userpage.h"
#include "domain/usersummary.h"
#include "domain/verification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

namespace {
QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(PHONEDESK_FIXTURES_DIR "/payloads/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonDocument fixture(const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fixtureBytes(name), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc;
}

PhoneNumber readPhone(const QJsonObject &json)
{
    Parsed<PhoneNumber> parsed = PhoneNumber::fromJson(json);
    if (!parsed.ok())
        qFatal("unexpected failure: %s", qPrintable(parsed.error()));
    return parsed.takeValue();
}
} // namespace

class TestDomainParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSdkSeedExample();
    void readsAnOtpVerifiedNumberWithEveryField();
    void readsAnAdminVerification();
    void nullVerificationMeansNeverVerified();
    void infersTheVariantWhenObjectIsMissing();
    void keepsUnknownValuesAndIgnoresUnlistedFields();
    void missingOptionalFieldsAreUnknownNotZero();
    void wronglyTypedFieldMakesOnlyThatObjectUnreadable_data();
    void wronglyTypedFieldMakesOnlyThatObjectUnreadable();
    void roundTripsThroughTheWireForm_data();
    void roundTripsThroughTheWireForm();
    void writesUnknownAttemptsAndExpiryAsNull();
    void readsAUserAsClerkSendsIt();
    void aUserSummaryRoundTrips();
    void displayNameFallsBack();
    void aPageKeepsEveryReadableUser();
    void aPageMustBeAnArray_data();
    void aPageMustBeAnArray();
    void readsDeletedObjects();
    void namesLinkedProviders();
    void readsLinksGivenAsBareIds();
    void aLinkThatIsNeitherAnObjectNorAnIdIsUnreadableInBothReaders();
    void tellsExpiredCodesFromPendingOnes();
    void spellsIdentificationStatusesAsTheSpec();
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

void TestDomainParsing::readsTheSdkSeedExample()
{
    // The SDK's own example: not E.164, a huge attempt count, tiny timestamps, a placeholder link.
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("seed_sdk_example.json")).object());
    QVERIFY(phone.id.isEmpty());
    QCOMPARE(phone.phoneNumber, QStringLiteral("749-570-5537 x9671"));
    QCOMPARE(phone.reserved, std::optional<bool>(false));
    QCOMPARE(phone.reservedForSecondFactor, std::nullopt);
    QCOMPARE(phone.defaultSecondFactor, std::nullopt);
    QVERIFY(phone.verification.has_value());
    QCOMPARE(phone.verification->kind, Verification::Kind::Otp);
    QCOMPARE(phone.verification->object, QStringLiteral("verification_otp"));
    QCOMPARE(phone.verification->status, QStringLiteral("unverified"));
    QCOMPARE(phone.verification->statusKind(), Verification::Status::Unverified);
    QCOMPARE(phone.verification->attempts, std::optional<int>(113519));
    QCOMPARE(phone.verification->expireAt, std::optional<qint64>(242200));
    QCOMPARE(phone.verification->verifiedAtClient, std::nullopt);
    QCOMPARE(phone.linkedTo.size(), 1);
    QCOMPARE(phone.linkedTo.first().type, QStringLiteral("<value>"));
    QCOMPARE(phone.linkedTo.first().id, QStringLiteral("<id>"));
    QCOMPARE(phone.createdAt, std::optional<qint64>(255568));
    QCOMPARE(phone.updatedAt, std::optional<qint64>(956779));
    QVERIFY(!phone.isVerified());
}

void TestDomainParsing::readsAnOtpVerifiedNumberWithEveryField()
{
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("phone_otp_verified.json")).object());
    QCOMPARE(phone.id, QStringLiteral("idn_2a1PhoneOtpVerified"));
    QCOMPARE(phone.phoneNumber, QStringLiteral("+4915123456789"));
    QCOMPARE(phone.reservedForSecondFactor, std::optional<bool>(true));
    QCOMPARE(phone.defaultSecondFactor, std::optional<bool>(true));
    QVERIFY(phone.isVerified());
    QCOMPARE(phone.verification->strategy, QStringLiteral("phone_code"));
    QCOMPARE(phone.verification->attempts, std::optional<int>(1));
    QCOMPARE(phone.verification->expireAt, std::optional<qint64>(1732194000000));
    QCOMPARE(phone.verification->verifiedAtClient, std::optional<QString>(QStringLiteral("client_2a1Browser")));
    QCOMPARE(phone.verification->channel, std::optional<QString>(QStringLiteral("sms")));
    QCOMPARE(phone.linkedTo.size(), 2);
    QCOMPARE(phone.linkedTo.at(1).type, QStringLiteral("oauth_apple"));
    QCOMPARE(phone.backupCodes, std::optional<QStringList>({QStringLiteral("a1b2c3d4"), QStringLiteral("e5f6g7h8")}));
    QCOMPARE(phone.createdAt, std::optional<qint64>(1609459200000));
}

void TestDomainParsing::readsAnAdminVerification()
{
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("phone_admin_verified.json")).object());
    QVERIFY(phone.isVerified());
    QCOMPARE(phone.verification->kind, Verification::Kind::Admin);
    QCOMPARE(phone.verification->strategy, QStringLiteral("admin"));
    // Null in the payload is "unknown", never zero.
    QCOMPARE(phone.verification->attempts, std::nullopt);
    QCOMPARE(phone.verification->expireAt, std::nullopt);
    QCOMPARE(phone.verification->verifiedAtClient, std::nullopt);
    QCOMPARE(phone.backupCodes, std::nullopt);
    QVERIFY(phone.linkedTo.isEmpty());
    QCOMPARE(*phone.verification, Verification::admin());
}

void TestDomainParsing::nullVerificationMeansNeverVerified()
{
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("phone_null_verification.json")).object());
    QVERIFY(!phone.verification.has_value());
    QVERIFY(!phone.isVerified());
    QCOMPARE(phone.phoneNumber, QStringLiteral("+5511987654321"));
}

void TestDomainParsing::infersTheVariantWhenObjectIsMissing()
{
    const QJsonArray phones = fixture(QStringLiteral("phone_verification_without_object.json")).array();
    QCOMPARE(phones.size(), 2);

    const PhoneNumber admin = readPhone(phones.at(0).toObject());
    QCOMPARE(admin.verification->kind, Verification::Kind::Admin);
    QCOMPARE(admin.verification->object, QStringLiteral("verification_admin"));
    QVERIFY(admin.isVerified());

    const PhoneNumber otp = readPhone(phones.at(1).toObject());
    QCOMPARE(otp.verification->kind, Verification::Kind::Otp);
    QCOMPARE(otp.verification->object, QStringLiteral("verification_otp"));
    QCOMPARE(otp.verification->statusKind(), Verification::Status::Failed);
    QCOMPARE(otp.verification->attempts, std::optional<int>(3));
}

void TestDomainParsing::keepsUnknownValuesAndIgnoresUnlistedFields()
{
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("phone_unknown_values.json")).object());
    QCOMPARE(phone.verification->kind, Verification::Kind::Other);
    QCOMPARE(phone.verification->object, QStringLiteral("verification_carrier"));
    QCOMPARE(phone.verification->status, QStringLiteral("transferring"));
    QCOMPARE(phone.verification->statusKind(), Verification::Status::Other);
    QCOMPARE(phone.verification->strategy, QStringLiteral("carrier_lookup"));
    QCOMPARE(phone.verification->attempts, std::optional<int>(0));
    QCOMPARE(phone.linkedTo.first().type, QStringLiteral("saml_okta"));
    QCOMPARE(phone.reserved, std::optional<bool>(true));

    // Unlisted fields are not carried back out: PhoneDesk never sends what it did not read.
    const QJsonObject written = phone.toJson();
    QVERIFY(!written.contains(QStringLiteral("carrier")));
    QVERIFY(!written.contains(QStringLiteral("deleted_at")));
    QVERIFY(!written.value(QStringLiteral("verification")).toObject().contains(QStringLiteral("nonce")));
    QCOMPARE(written.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("transferring"));
}

void TestDomainParsing::missingOptionalFieldsAreUnknownNotZero()
{
    const PhoneNumber phone = readPhone(fixture(QStringLiteral("phone_minimal.json")).object());
    QCOMPARE(phone.phoneNumber, QStringLiteral("+447700900123"));
    QVERIFY(phone.id.isEmpty());
    QCOMPARE(phone.reserved, std::nullopt);
    QCOMPARE(phone.reservedForSecondFactor, std::nullopt);
    QCOMPARE(phone.defaultSecondFactor, std::nullopt);
    QCOMPARE(phone.createdAt, std::nullopt);
    QCOMPARE(phone.updatedAt, std::nullopt);
    QCOMPARE(phone.backupCodes, std::nullopt);
    QVERIFY(!phone.verification.has_value());
    QVERIFY(phone.linkedTo.isEmpty());

    const Parsed<Verification> bare = Verification::fromJson(QJsonObject{});
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().kind, Verification::Kind::Other);
    QVERIFY(bare.value().status.isEmpty());
    QCOMPARE(bare.value().attempts, std::nullopt);
    QCOMPARE(bare.value().expireAt, std::nullopt);
}

void TestDomainParsing::wronglyTypedFieldMakesOnlyThatObjectUnreadable_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char *name, int index, QStringList mentions) {
        QTest::newRow(name) << index << mentions;
    };
    row("phone_number is a number", 0, {QStringLiteral("idn_badNumber"), QStringLiteral("\"phone_number\""), QStringLiteral("a number")});
    row("reserved is a string", 1, {QStringLiteral("idn_badReserved"), QStringLiteral("\"reserved\""), QStringLiteral("a boolean")});
    row("created_at is a date string", 2, {QStringLiteral("\"created_at\""), QStringLiteral("an integer")});
    row("expire_at has a fraction", 3, {QStringLiteral("idn_fractionalExpiry"), QStringLiteral("\"expire_at\"")});
    row("attempts is a word", 4, {QStringLiteral("verification"), QStringLiteral("\"attempts\""), QStringLiteral("a string")});
    row("verification is a string", 5, {QStringLiteral("\"verification\"")});
    row("linked_to holds a number", 6, {QStringLiteral("idn_badLinks"), QStringLiteral("linked_to"), QStringLiteral("a number")});
    row("a link's id is a number", 7, {QStringLiteral("identification link"), QStringLiteral("\"id\"")});
    row("backup_codes holds a number", 8, {QStringLiteral("\"backup_codes\""), QStringLiteral("an array of strings")});
    row("id is a number", 9, {QStringLiteral("\"id\""), QStringLiteral("a number")});
}

void TestDomainParsing::wronglyTypedFieldMakesOnlyThatObjectUnreadable()
{
    QFETCH(int, index);
    QFETCH(QStringList, mentions);
    const QJsonArray phones = fixture(QStringLiteral("phone_wrong_types.json")).array();
    const Parsed<PhoneNumber> parsed = PhoneNumber::fromJson(phones.at(index).toObject());
    QVERIFY(!parsed.ok());
    for (const QString &mention : mentions)
        QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));
}

void TestDomainParsing::roundTripsThroughTheWireForm_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"seed_sdk_example.json", "phone_otp_verified.json", "phone_admin_verified.json",
                             "phone_null_verification.json", "phone_unknown_values.json", "phone_minimal.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDomainParsing::roundTripsThroughTheWireForm()
{
    QFETCH(QString, name);
    const PhoneNumber original = readPhone(fixture(name).object());
    const PhoneNumber again = readPhone(original.toJson());
    QCOMPARE(again, original);
    QCOMPARE(QJsonDocument::fromJson(original.toJsonBytes()).object(), original.toJson());
}

void TestDomainParsing::writesUnknownAttemptsAndExpiryAsNull()
{
    // The spec requires attempts and expire_at on both variants, nullable: unknown is null, not absent.
    const QJsonObject written = Verification::admin().toJson();
    QVERIFY(written.contains(QStringLiteral("attempts")));
    QVERIFY(written.value(QStringLiteral("attempts")).isNull());
    QVERIFY(written.value(QStringLiteral("expire_at")).isNull());
    QCOMPARE(written.value(QStringLiteral("object")).toString(), QStringLiteral("verification_admin"));
    QVERIFY(!written.contains(QStringLiteral("channel")));
}

void TestDomainParsing::readsAUserAsClerkSendsIt()
{
    const Parsed<UserSummary> parsed = UserSummary::fromJson(fixture(QStringLiteral("user_full.json")).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const UserSummary &user = parsed.value();
    QCOMPARE(user.id, QStringLiteral("user_2a1AnaLima"));
    QCOMPARE(user.firstName, std::optional<QString>(QStringLiteral("Ana")));
    QCOMPARE(user.lastName, std::optional<QString>(QStringLiteral("Lima")));
    QCOMPARE(user.username, std::optional<QString>(QStringLiteral("ana.lima")));
    // The primary address is the one whose id is primary_email_address_id, not the first one.
    QCOMPARE(user.primaryEmailAddress, std::optional<QString>(QStringLiteral("ana.lima@work.example")));
    QCOMPARE(user.primaryPhoneNumberId, std::optional<QString>(QStringLiteral("idn_2a1PhoneOtpVerified")));
    QCOMPARE(user.twoFactorEnabled, std::optional<bool>(true));
    QCOMPARE(user.totpEnabled, std::optional<bool>(false));
    QCOMPARE(user.backupCodeEnabled, std::optional<bool>(true));
    QCOMPARE(user.banned, std::optional<bool>(false));
    QCOMPARE(user.locked, std::optional<bool>(false));
    QCOMPARE(user.createdAt, std::optional<qint64>(1609459200000));
    QCOMPARE(user.updatedAt, std::optional<qint64>(1732193400000));
    QCOMPARE(user.lastSignInAt, std::optional<qint64>(1732100000000));
    QCOMPARE(user.phoneNumbers.size(), 2);
    QCOMPARE(user.phoneNumbers.at(1).verification->attempts, std::optional<int>(2));
    QVERIFY(user.problems.isEmpty());
}

void TestDomainParsing::aUserSummaryRoundTrips()
{
    const UserSummary original = UserSummary::fromJson(fixture(QStringLiteral("user_full.json")).object()).value();
    const Parsed<UserSummary> again = UserSummary::fromJson(original.toJson());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), original);
}

void TestDomainParsing::displayNameFallsBack()
{
    UserSummary user;
    user.id = QStringLiteral("user_x");
    QCOMPARE(user.displayName(), QStringLiteral("user_x"));
    user.primaryEmailAddress = QStringLiteral("x@example.com");
    QCOMPARE(user.displayName(), QStringLiteral("x@example.com"));
    user.username = QStringLiteral("xavier");
    QCOMPARE(user.displayName(), QStringLiteral("xavier"));
    user.lastName = QStringLiteral("Ortega");
    QCOMPARE(user.displayName(), QStringLiteral("Ortega"));
    user.firstName = QStringLiteral("Xavier");
    QCOMPARE(user.displayName(), QStringLiteral("Xavier Ortega"));
}

void TestDomainParsing::aPageKeepsEveryReadableUser()
{
    const Parsed<UserPage> parsed = UserPage::fromJson(fixtureBytes(QStringLiteral("user_page_mixed.json")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const UserPage &page = parsed.value();
    QCOMPARE(page.receivedCount, 6);
    QCOMPARE(page.lastId, QStringLiteral("user_last"));

    QStringList ids;
    for (const UserSummary &user : page.users)
        ids.append(user.id);
    QCOMPARE(ids, QStringList({QStringLiteral("user_good"), QStringLiteral("user_halfReadable"), QStringLiteral("user_last")}));

    // The half-readable user keeps its one good number; its two broken ones are named.
    const UserSummary &half = page.users.at(1);
    QCOMPARE(half.phoneNumbers.size(), 1);
    QCOMPARE(half.phoneNumbers.first().id, QStringLiteral("idn_fine"));
    QCOMPARE(half.phoneNumbers.first().verification->statusKind(), Verification::Status::Expired);
    QCOMPARE(half.problems.size(), 2);
    QVERIFY(page.users.at(2).phoneNumbers.isEmpty());

    QCOMPARE(page.problems.size(), 5);
    const QString all = page.problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("user user_badFlag")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"two_factor_enabled\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("user #3 of the page is a string")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("idn_broken")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("phone number #2 is a number")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"id\" is missing")), qPrintable(all));
}

void TestDomainParsing::aPageMustBeAnArray_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");
    QTest::newRow("an object") << QByteArray(R"({"data":[],"total_count":0})") << QStringLiteral("not a JSON array");
    QTest::newRow("truncated") << QByteArray(R"([{"id":"user_1",)") << QStringLiteral("not valid JSON");
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
}

void TestDomainParsing::aPageMustBeAnArray()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    const Parsed<UserPage> parsed = UserPage::fromJson(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));

    const Parsed<UserPage> empty = UserPage::fromJson("[]");
    QVERIFY(empty.ok());
    QCOMPARE(empty.value().receivedCount, 0);
    QVERIFY(empty.value().lastId.isEmpty());
}

void TestDomainParsing::readsDeletedObjects()
{
    const Parsed<DeletedObject> deleted = DeletedObject::fromJson(
        QJsonDocument::fromJson(R"({"object":"phone_number","id":"idn_1","deleted":true,"slug":null})").object());
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value().object, QStringLiteral("phone_number"));
    QCOMPARE(deleted.value().id, QStringLiteral("idn_1"));
    QVERIFY(deleted.value().deleted);
    QCOMPARE(DeletedObject::fromJson(deleted.value().toJson()).value().id, QStringLiteral("idn_1"));

    QVERIFY(!DeletedObject::fromJson(QJsonDocument::fromJson(R"({"object":"phone_number","id":"idn_1"})").object()).ok());
    QVERIFY(!DeletedObject::fromJson(QJsonDocument::fromJson(R"({"object":"phone_number","deleted":"yes"})").object()).ok());
}

void TestDomainParsing::namesLinkedProviders()
{
    QCOMPARE((IdentificationLink{QStringLiteral("oauth_google"), QStringLiteral("idn_1")}.providerName()), QStringLiteral("Google"));
    QCOMPARE((IdentificationLink{QStringLiteral("oauth_apple"), QStringLiteral("idn_2")}.providerName()), QStringLiteral("Apple"));
    QCOMPARE((IdentificationLink{QStringLiteral("oauth_github"), QStringLiteral("idn_3")}.providerName()), QStringLiteral("GitHub"));
    QCOMPARE((IdentificationLink{QStringLiteral("oauth_linkedin_oidc"), QStringLiteral("idn_3")}.providerName()), QStringLiteral("LinkedIn"));
    QCOMPARE((IdentificationLink{QStringLiteral("saml"), QStringLiteral("idn_3")}.providerName()), QStringLiteral("SAML"));
    QCOMPARE((IdentificationLink{QStringLiteral("oauth_discord"), QStringLiteral("idn_3")}.providerName()), QStringLiteral("Discord"));
    QCOMPARE((IdentificationLink{QString(), QStringLiteral("idn_4")}.providerName()), QString());
}

// Clerk's Android SDK models linked_to as a list of ids: each is read as a link of unknown type,
// by Qt's JSON (a single number, a user of a page) and by simdjson (the walk's pages) alike.
void TestDomainParsing::readsLinksGivenAsBareIds()
{
    const QByteArray number = R"({"id":"idn_android","phone_number":"+14155550123","verification":null,
        "linked_to":["idn_123",{"type":"oauth_google","id":"idn_456"},""]})";
    const QList<IdentificationLink> expected{IdentificationLink{QString(), QStringLiteral("idn_123")},
                                             IdentificationLink{QStringLiteral("oauth_google"), QStringLiteral("idn_456")},
                                             IdentificationLink{QString(), QString()}};

    const Parsed<PhoneNumber> byQt = PhoneNumber::fromJson(QJsonDocument::fromJson(number).object());
    QVERIFY2(byQt.ok(), qPrintable(byQt.error()));
    QCOMPARE(byQt.value().linkedTo, expected);
    QCOMPARE(byQt.value().linkedTo.constFirst().providerName(), QString());

    const QByteArray page = R"([{"id":"user_android","primary_phone_number_id":"idn_android","phone_numbers":[)" + number + "]}]";
    const Parsed<UserPage> users = UserPage::fromJson(page);
    QVERIFY2(users.ok(), qPrintable(users.error()));
    QVERIFY2(users.value().problems.isEmpty(), qPrintable(users.value().problems.join(QLatin1Char('\n'))));
    QCOMPARE(users.value().users.size(), 1);
    QCOMPARE(users.value().users.constFirst().phoneNumbers.size(), 1);
    QCOMPARE(users.value().users.constFirst().phoneNumbers.constFirst().linkedTo, expected);

    const Parsed<UserNumbersPage> bySimdjson = UserNumbersPage::fromJson(page);
    QVERIFY2(bySimdjson.ok(), qPrintable(bySimdjson.error()));
    QVERIFY2(bySimdjson.value().problems.isEmpty(), qPrintable(bySimdjson.value().problems.join(QLatin1Char('\n'))));
    QCOMPARE(bySimdjson.value().users.size(), 1);
    const QList<UserNumbersPage::Number> &numbers = bySimdjson.value().users.constFirst().phoneNumbers;
    QCOMPARE(numbers.size(), 1);
    QCOMPARE(numbers.constFirst().phone.linkedTo, expected);
    QCOMPARE(numbers.constFirst().phone, byQt.value());
    // The number as sent keeps its links as sent.
    QVERIFY2(numbers.constFirst().json.contains(R"("linked_to":["idn_123",)"), numbers.constFirst().json.constData());

    // Written back, a link of unknown type is an object like any other, and reads back the same.
    const Parsed<PhoneNumber> again = PhoneNumber::fromJson(byQt.value().toJson());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), byQt.value());
}

void TestDomainParsing::aLinkThatIsNeitherAnObjectNorAnIdIsUnreadableInBothReaders()
{
    for (const QByteArray &item : {QByteArray("7"), QByteArray("null"), QByteArray("true"), QByteArray("[\"idn_1\"]")}) {
        const QByteArray number = R"({"id":"idn_odd","phone_number":"+14155550123","linked_to":[)" + item + "]}";
        const Parsed<PhoneNumber> byQt = PhoneNumber::fromJson(QJsonDocument::fromJson(number).object());
        QVERIFY2(!byQt.ok(), item.constData());
        QVERIFY2(byQt.error().contains(QStringLiteral("linked_to")), qPrintable(byQt.error()));
        const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(R"([{"id":"user_odd","phone_numbers":[)" + number + "]}]");
        QVERIFY(page.ok());
        QCOMPARE(page.value().users.constFirst().phoneNumbers.size(), 0);
        // The same words from both readers.
        QCOMPARE(page.value().problems, QStringList{QStringLiteral("user user_odd: ") + byQt.error()});
    }
}

void TestDomainParsing::tellsExpiredCodesFromPendingOnes()
{
    Verification pending;
    pending.kind = Verification::Kind::Otp;
    pending.status = QStringLiteral("unverified");
    pending.expireAt = 1000;
    QVERIFY(!pending.isExpiredAt(999));
    QVERIFY(pending.isExpiredAt(1000));

    Verification noExpiry = pending;
    noExpiry.expireAt.reset();
    QVERIFY(!noExpiry.isExpiredAt(std::numeric_limits<qint64>::max()));

    Verification expired = pending;
    expired.status = QStringLiteral("expired");
    QVERIFY(expired.isExpiredAt(0));

    Verification verified = pending;
    verified.status = QStringLiteral("verified");
    QVERIFY(!verified.isExpiredAt(5000));
}

void TestDomainParsing::spellsIdentificationStatusesAsTheSpec()
{
    using Identification::fromApi;
    using Identification::toApi;
    QCOMPARE(toApi(IdentificationStatus::Verified), QStringLiteral("verified"));
    QCOMPARE(toApi(IdentificationStatus::Reserved), QStringLiteral("reserved"));
    QCOMPARE(toApi(IdentificationStatus::Unverified), QStringLiteral("unverified"));
    for (const IdentificationStatus status :
         {IdentificationStatus::Verified, IdentificationStatus::Reserved, IdentificationStatus::Unverified})
        QCOMPARE(fromApi(toApi(status)), std::optional<IdentificationStatus>(status));
    QCOMPARE(fromApi(u"maybe"), std::nullopt);
    QCOMPARE(fromApi(u"Verified"), std::nullopt);
    QCOMPARE(fromApi(u""), std::nullopt);
}

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

void TestDomainParsing::readsTheSignInFieldsOfAUserInBothReaders()
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

void TestDomainParsing::nullSignInFieldsAreUnknown()
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

void TestDomainParsing::aWronglyTypedLockoutMakesTheUserUnreadable()
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

void TestDomainParsing::theSignInFieldsRoundTrip()
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

void TestDomainParsing::readsASessionListAsClerkSendsIt()
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

void TestDomainParsing::aSessionListIsReadWholeOrNotAtAll_data()
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

void TestDomainParsing::aSessionListIsReadWholeOrNotAtAll()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    const Parsed<QList<Session>> parsed = Session::listFromJson(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));
}

void TestDomainParsing::aSessionRoundTrips()
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

void TestDomainParsing::readsTheInstanceCommunication()
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

void TestDomainParsing::anInstanceCommunicationWithoutItsCodesIsUnreadable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("missing") << QByteArray(R"({"object":"instance_communication"})");
    QTest::newRow("null") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":null})");
    QTest::newRow("a string") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":"BR"})");
    QTest::newRow("a number in it") << QByteArray(R"({"object":"instance_communication","blocked_country_codes":["BR",55]})");
}

void TestDomainParsing::anInstanceCommunicationWithoutItsCodesIsUnreadable()
{
    QFETCH(QByteArray, body);
    const Parsed<InstanceCommunication> read = InstanceCommunication::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("blocked_country_codes")), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestDomainParsing)
#include "tst_domainparsing.moc"

// SPDX-License-Identifier: MIT
// The domain types read the seeds' example objects and Clerk's real-world oddities as the
// Backend API's contract demands: leniently where Clerk is loose, precisely where a field is broken.
#include "domain/deletedobject.h"
#include "domain/identificationlink.h"
#include "domain/identificationstatus.h"
#include "domain/phonenumber.h"
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

QTEST_GUILESS_MAIN(TestDomainParsing)
#include "tst_domainparsing.moc"

// SPDX-License-Identifier: MIT
// The sign-in check on users written by hand as the spec's User schema has them: every kind of
// finding with its evidence and fix, the order they come in (most blocking first), the JSON the
// command line prints, the SMS blocklist, and the gadgets QML reads.
#include "signin/signindiagnosis.h"
#include "signin/signinfinding.h"
#include "signin/smsblocklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaProperty>
#include <QTest>

using namespace PhoneDesk;

namespace {
using Kind = SignInFinding::Kind;
using Fix = SignInFinding::Fix;

constexpr qint64 kReadAt = 1747000000000; // 2025-05-11T21:46:40Z
constexpr qint64 kMinute = 60 * 1000;

const QString kBrazil = QStringLiteral("+5511912345678");
const QString kGermany = QStringLiteral("+4915123456789");
const QString kIndia = QStringLiteral("+919876543210");
const QString kInvalid = QStringLiteral("+4912345");

QJsonObject verification(const QString &status, std::optional<qint64> expireAt, int attempts)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_otp")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("strategy"), QStringLiteral("phone_code")},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("expire_at"), expireAt ? QJsonValue(double(*expireAt)) : QJsonValue()}};
}

QJsonObject verified()
{
    return verification(QStringLiteral("verified"), kReadAt - 30 * kMinute, 1);
}

// A PhoneNumber object of the spec; `check` null: never verified nor pending.
QJsonObject phone(const QString &id, const QString &number, const QJsonValue &check, bool secondFactor = false)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("phone_number")},
                       {QStringLiteral("phone_number"), number},
                       {QStringLiteral("reserved_for_second_factor"), secondFactor},
                       {QStringLiteral("default_second_factor"), secondFactor},
                       {QStringLiteral("reserved"), false},
                       {QStringLiteral("verification"), check},
                       {QStringLiteral("linked_to"), QJsonArray()},
                       {QStringLiteral("backup_codes"), QJsonValue()},
                       {QStringLiteral("created_at"), 1700000000000.0},
                       {QStringLiteral("updated_at"), 1700000000000.0}};
}

QJsonObject email(bool isVerified)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("idn_mail")},
                       {QStringLiteral("object"), QStringLiteral("email_address")},
                       {QStringLiteral("email_address"), QStringLiteral("rui.costa@example.com")},
                       {QStringLiteral("verification"),
                        QJsonObject{{QStringLiteral("status"), isVerified ? QStringLiteral("verified") : QStringLiteral("unverified")},
                                    {QStringLiteral("strategy"), QStringLiteral("email_code")}}}};
}

// A user who can sign in: a verified email address, no numbers, nothing locked; `changes` on top.
QJsonObject userJson(const QJsonObject &changes = {})
{
    QJsonObject user{{QStringLiteral("id"), QStringLiteral("user_rui")},
                     {QStringLiteral("object"), QStringLiteral("user")},
                     {QStringLiteral("username"), QJsonValue()},
                     {QStringLiteral("first_name"), QStringLiteral("Rui")},
                     {QStringLiteral("last_name"), QStringLiteral("Costa")},
                     {QStringLiteral("primary_email_address_id"), QStringLiteral("idn_mail")},
                     {QStringLiteral("primary_phone_number_id"), QJsonValue()},
                     {QStringLiteral("primary_web3_wallet_id"), QJsonValue()},
                     {QStringLiteral("password_enabled"), false},
                     {QStringLiteral("two_factor_enabled"), false},
                     {QStringLiteral("totp_enabled"), false},
                     {QStringLiteral("backup_code_enabled"), false},
                     {QStringLiteral("email_addresses"), QJsonArray{email(true)}},
                     {QStringLiteral("phone_numbers"), QJsonArray()},
                     {QStringLiteral("web3_wallets"), QJsonArray()},
                     {QStringLiteral("passkeys"), QJsonArray()},
                     {QStringLiteral("external_accounts"), QJsonArray()},
                     {QStringLiteral("saml_accounts"), QJsonArray()},
                     {QStringLiteral("enterprise_accounts"), QJsonArray()},
                     {QStringLiteral("public_metadata"), QJsonObject()},
                     {QStringLiteral("external_id"), QJsonValue()},
                     {QStringLiteral("last_sign_in_at"), 1746000000000.0},
                     {QStringLiteral("banned"), false},
                     {QStringLiteral("locked"), false},
                     {QStringLiteral("lockout_expires_in_seconds"), QJsonValue()},
                     {QStringLiteral("verification_attempts_remaining"), 5},
                     {QStringLiteral("created_at"), 1609459200000.0},
                     {QStringLiteral("updated_at"), 1746000000000.0},
                     {QStringLiteral("delete_self_enabled"), true},
                     {QStringLiteral("create_organization_enabled"), true},
                     {QStringLiteral("last_active_at"), QJsonValue()},
                     {QStringLiteral("mfa_enabled_at"), QJsonValue()},
                     {QStringLiteral("mfa_disabled_at"), QJsonValue()},
                     {QStringLiteral("legal_accepted_at"), QJsonValue()}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        user.insert(it.key(), it.value());
    return user;
}

UserSummary userOf(const QJsonObject &json)
{
    const Parsed<UserSummary> user = UserSummary::fromJson(json);
    if (!user.ok())
        qFatal("test user unreadable: %s", qPrintable(user.error()));
    return user.value();
}

SignInDiagnosis diagnose(const QJsonObject &changes, const std::optional<SmsBlocklist> &blocklist = SmsBlocklist())
{
    return SignInDiagnosis::of(userOf(userJson(changes)), blocklist, kReadAt);
}

QList<Kind> kindsOf(const SignInDiagnosis &diagnosis)
{
    QList<Kind> kinds;
    for (const SignInFinding &f : diagnosis.findings())
        kinds.append(f.kind);
    return kinds;
}

const SmsBlocklist kBrazilAndIndia{{QStringLiteral("BR"), QStringLiteral("IN")}};
} // namespace

class TestSignInDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aUserWhoCanSignInHasNoFindings();
    void aBannedUserIsToldAndOfferedAnUnban();
    void aLockedUserShowsTheCountdownAndTheAttempts();
    void aLockoutThatNeverEndsIsSaid();
    void nothingToSignInWithOffersANumber();
    void nothingToSignInWithButAnUnverifiedNumberOffersACode();
    void twoFactorWithAnUnverifiedNumberOffersToVerifyIt();
    void twoFactorWithNothingAtAllOffersAReset();
    void anAuthenticatorAppKeepsTwoFactorUsable();
    void aNumberInABlockedCountryCannotGetCodes();
    void withoutABlocklistNoNumberIsBlocked();
    void aNumberNotValidForItsRegionIsNamed_data();
    void aNumberNotValidForItsRegionIsNamed();
    void aCodeThatRanOutIsExpired_data();
    void aCodeThatRanOutIsExpired();
    void aCodeThatCanStillBeEnteredIsPending();
    void verifiedAndAdminNumbersHaveNoCodeFinding();
    void findingsComeMostBlockingFirst();
    void theJsonIsWhatTheCommandLinePrints();
    void kindAndFixNamesAreTheDocumentedOnes();
    void theBlocklistKeepsCodesOnceAndUpperCase();
    void qmlReadsFindingsAsGadgets();
};

void TestSignInDiagnosis::aUserWhoCanSignInHasNoFindings()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_de"), kGermany, verified())}}},
                                               kBrazilAndIndia);
    QVERIFY2(diagnosis.findings().isEmpty(), QJsonDocument(diagnosis.toJson()).toJson().constData());
    QCOMPARE(diagnosis.userId(), QStringLiteral("user_rui"));
    QCOMPARE(diagnosis.userName(), QStringLiteral("Rui Costa"));
    QVERIFY(diagnosis.blocklistKnown());
}

void TestSignInDiagnosis::aBannedUserIsToldAndOfferedAnUnban()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("banned"), true}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::Banned});
    const SignInFinding &banned = diagnosis.findings().first();
    QCOMPARE(banned.fix, Fix::Unban);
    QVERIFY2(banned.message.contains(QStringLiteral("Rui Costa is banned")), qPrintable(banned.message));
    QVERIFY(!banned.fixText.isEmpty());
    QVERIFY(banned.phoneNumberId.isEmpty());
}

void TestSignInDiagnosis::aLockedUserShowsTheCountdownAndTheAttempts()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("locked"), true},
                                                {QStringLiteral("lockout_expires_in_seconds"), 1740},
                                                {QStringLiteral("verification_attempts_remaining"), 0}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::Locked});
    const SignInFinding &locked = diagnosis.findings().first();
    QCOMPARE(locked.fix, Fix::Unlock);
    QCOMPARE(locked.lockoutExpiresInSeconds, std::optional<qint64>(1740));
    QCOMPARE(locked.lockoutEndsAt, std::optional<qint64>(kReadAt + 1740 * 1000));
    QCOMPARE(locked.verificationAttemptsRemaining, std::optional<qint64>(0));
    QVERIFY2(locked.message.contains(QStringLiteral("ends by itself in 29 minutes")), qPrintable(locked.message));
    // None left is what a lockout by failed attempts means: not worth a sentence.
    QVERIFY2(!locked.message.contains(QStringLiteral("left")), qPrintable(locked.message));
    const SignInDiagnosis byHand = diagnose({{QStringLiteral("locked"), true}, {QStringLiteral("verification_attempts_remaining"), 3}});
    QVERIFY2(byHand.findings().first().message.contains(QStringLiteral("3 attempts left")), qPrintable(byHand.findings().first().message));
    const QJsonObject json = locked.toJson();
    QCOMPARE(json.value(QLatin1StringView("lockout_expires_in_seconds")).toInteger(), 1740);
    QCOMPARE(json.value(QLatin1StringView("verification_attempts_remaining")).toInteger(), 0);
    QVERIFY(!json.contains(QLatin1StringView("phone_number_id")));
}

void TestSignInDiagnosis::aLockoutThatNeverEndsIsSaid()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("locked"), true},
                                                {QStringLiteral("lockout_expires_in_seconds"), QJsonValue()},
                                                {QStringLiteral("verification_attempts_remaining"), QJsonValue()}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::Locked});
    const SignInFinding &locked = diagnosis.findings().first();
    QCOMPARE(locked.lockoutExpiresInSeconds, std::nullopt);
    QCOMPARE(locked.lockoutEndsAt, std::nullopt);
    QVERIFY2(locked.message.contains(QStringLiteral("does not end by itself")), qPrintable(locked.message));
    const QJsonObject json = locked.toJson();
    // null, as the spec says it: a lockout that never expires.
    QVERIFY(json.contains(QLatin1StringView("lockout_expires_in_seconds")));
    QVERIFY(json.value(QLatin1StringView("lockout_expires_in_seconds")).isNull());
    QVERIFY(json.value(QLatin1StringView("verification_attempts_remaining")).isNull());
}

void TestSignInDiagnosis::nothingToSignInWithOffersANumber()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("email_addresses"), QJsonArray{email(false)}}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::NoUsableIdentifier});
    QCOMPARE(diagnosis.findings().first().fix, Fix::AddNumber);
    // A username alone signs in with a password only: still nothing.
    const SignInDiagnosis username = diagnose({{QStringLiteral("email_addresses"), QJsonArray()},
                                               {QStringLiteral("username"), QStringLiteral("rui")}});
    QCOMPARE(kindsOf(username), QList<Kind>{Kind::NoUsableIdentifier});
    // With a password, the username signs in.
    QVERIFY(diagnose({{QStringLiteral("email_addresses"), QJsonArray()},
                      {QStringLiteral("username"), QStringLiteral("rui")},
                      {QStringLiteral("password_enabled"), true}})
                .findings().isEmpty());
    // A passkey signs in as well.
    QVERIFY(diagnose({{QStringLiteral("email_addresses"), QJsonArray()},
                      {QStringLiteral("passkeys"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("pk_1")},
                                                                          {QStringLiteral("object"), QStringLiteral("passkey")}}}}})
                .findings().isEmpty());
}

void TestSignInDiagnosis::nothingToSignInWithButAnUnverifiedNumberOffersACode()
{
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("email_addresses"), QJsonArray()},
         {QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_new"), kGermany, QJsonValue())}}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::NoUsableIdentifier});
    const SignInFinding &nothing = diagnosis.findings().first();
    QCOMPARE(nothing.fix, Fix::SendCode);
    QCOMPARE(nothing.phoneNumberId, QStringLiteral("idn_new"));
}

void TestSignInDiagnosis::twoFactorWithAnUnverifiedNumberOffersToVerifyIt()
{
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("two_factor_enabled"), true},
         {QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_2fa"), kGermany, QJsonValue(), true)}}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::SecondFactorUnusable});
    const SignInFinding &unusable = diagnosis.findings().first();
    QCOMPARE(unusable.fix, Fix::EditNumber);
    QCOMPARE(unusable.phoneNumberId, QStringLiteral("idn_2fa"));
    QCOMPARE(unusable.phoneNumber, kGermany);
    // The audit's own sentence is the evidence.
    QVERIFY2(unusable.message.contains(QStringLiteral("is not verified; there is no TOTP either")), qPrintable(unusable.message));
    QCOMPARE(unusable.toJson().value(QLatin1StringView("phone_number_id")).toString(), QStringLiteral("idn_2fa"));
}

void TestSignInDiagnosis::twoFactorWithNothingAtAllOffersAReset()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("two_factor_enabled"), true},
                                                {QStringLiteral("backup_code_enabled"), true}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::SecondFactorUnusable});
    const SignInFinding &unusable = diagnosis.findings().first();
    QCOMPARE(unusable.fix, Fix::ResetMfa);
    QVERIFY(unusable.phoneNumberId.isEmpty());
    QVERIFY2(unusable.message.contains(QStringLiteral("backup code")), qPrintable(unusable.message));
    QVERIFY(!unusable.toJson().contains(QLatin1StringView("phone_number_id")));
}

void TestSignInDiagnosis::anAuthenticatorAppKeepsTwoFactorUsable()
{
    QVERIFY(diagnose({{QStringLiteral("two_factor_enabled"), true}, {QStringLiteral("totp_enabled"), true}}).findings().isEmpty());
}

void TestSignInDiagnosis::aNumberInABlockedCountryCannotGetCodes()
{
    const QJsonObject numbers{{QStringLiteral("phone_numbers"),
                               QJsonArray{phone(QStringLiteral("idn_br"), kBrazil, verified()),
                                          phone(QStringLiteral("idn_de"), kGermany, verified()),
                                          phone(QStringLiteral("idn_in"), kIndia, verified())}}};
    const SignInDiagnosis diagnosis = diagnose(numbers, kBrazilAndIndia);
    QCOMPARE(kindsOf(diagnosis), QList<Kind>({Kind::SmsCountryBlocked, Kind::SmsCountryBlocked}));
    const SignInFinding &brazil = diagnosis.findings().at(0);
    QCOMPARE(brazil.phoneNumberId, QStringLiteral("idn_br"));
    QCOMPARE(brazil.phoneNumber, kBrazil);
    QCOMPARE(brazil.countryCode, QStringLiteral("BR"));
    QCOMPARE(brazil.fix, Fix::ChangeBlocklistInDashboard);
    QVERIFY2(brazil.message.contains(QStringLiteral("Brazil (BR)")), qPrintable(brazil.message));
    QCOMPARE(brazil.toJson().value(QLatin1StringView("country_code")).toString(), QStringLiteral("BR"));
    QCOMPARE(diagnosis.findings().at(1).countryCode, QStringLiteral("IN"));
    // Only the listed countries are blocked.
    QCOMPARE(kindsOf(diagnose(numbers, SmsBlocklist({QStringLiteral("in")}))), QList<Kind>{Kind::SmsCountryBlocked});
}

void TestSignInDiagnosis::withoutABlocklistNoNumberIsBlocked()
{
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_br"), kBrazil, verified())}}}, std::nullopt);
    QVERIFY(diagnosis.findings().isEmpty());
    QVERIFY(!diagnosis.blocklistKnown());
}

void TestSignInDiagnosis::aNumberNotValidForItsRegionIsNamed_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("E.164 in form, too short") << kInvalid;
    QTest::newRow("not even in form") << QStringLiteral("+311-555-2368");
}

void TestSignInDiagnosis::aNumberNotValidForItsRegionIsNamed()
{
    QFETCH(QString, number);
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_bad"), number, verified())}}}, kBrazilAndIndia);
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::NumberInvalid});
    const SignInFinding &invalid = diagnosis.findings().first();
    QCOMPARE(invalid.phoneNumberId, QStringLiteral("idn_bad"));
    QCOMPARE(invalid.phoneNumber, number);
    QCOMPARE(invalid.fix, Fix::AddNumber);
    QCOMPARE(invalid.toJson().value(QLatin1StringView("phone_number")).toString(), number);
}

void TestSignInDiagnosis::aCodeThatRanOutIsExpired_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("expireAt");
    QTest::addColumn<QString>("said");
    QTest::newRow("pending past its expiry") << QStringLiteral("unverified") << kReadAt - 5 * kMinute << QStringLiteral("ran out at 2025-05-11 21:41 UTC");
    QTest::newRow("expired") << QStringLiteral("expired") << kReadAt - 60 * kMinute << QStringLiteral("ran out at");
    QTest::newRow("tried too often") << QStringLiteral("failed") << kReadAt + 5 * kMinute << QStringLiteral("tried too often");
}

void TestSignInDiagnosis::aCodeThatRanOutIsExpired()
{
    QFETCH(QString, status);
    QFETCH(qint64, expireAt);
    QFETCH(QString, said);
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_code"), kGermany, verification(status, expireAt, 3))}}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::CodeExpired});
    const SignInFinding &code = diagnosis.findings().first();
    QCOMPARE(code.fix, Fix::SendCode);
    QCOMPARE(code.codeExpireAt, std::optional<qint64>(expireAt));
    QCOMPARE(code.codeAttempts, std::optional<int>(3));
    QVERIFY2(code.message.contains(said), qPrintable(code.message));
    const QJsonObject json = code.toJson();
    QCOMPARE(json.value(QLatin1StringView("expire_at")).toInteger(), expireAt);
    QCOMPARE(json.value(QLatin1StringView("attempts")).toInt(), 3);
    QCOMPARE(json.value(QLatin1StringView("phone_number_id")).toString(), QStringLiteral("idn_code"));
}

void TestSignInDiagnosis::aCodeThatCanStillBeEnteredIsPending()
{
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("phone_numbers"),
          QJsonArray{phone(QStringLiteral("idn_code"), kGermany, verification(QStringLiteral("unverified"), kReadAt + 7 * kMinute, 1))}}});
    QCOMPARE(kindsOf(diagnosis), QList<Kind>{Kind::CodePending});
    const SignInFinding &code = diagnosis.findings().first();
    QCOMPARE(code.fix, Fix::SendCode);
    QCOMPARE(code.codeExpireAt, std::optional<qint64>(kReadAt + 7 * kMinute));
    QCOMPARE(code.codeAttempts, std::optional<int>(1));
    QVERIFY2(code.message.contains(QStringLiteral("until 2025-05-11 21:53 UTC (1 attempt so far)")), qPrintable(code.message));
}

void TestSignInDiagnosis::verifiedAndAdminNumbersHaveNoCodeFinding()
{
    const QJsonObject adminUnverified{{QStringLiteral("object"), QStringLiteral("verification_admin")},
                                      {QStringLiteral("status"), QStringLiteral("unverified")},
                                      {QStringLiteral("strategy"), QStringLiteral("admin")},
                                      {QStringLiteral("attempts"), QJsonValue()},
                                      {QStringLiteral("expire_at"), QJsonValue()}};
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_ok"), kGermany, verified()),
                                                      phone(QStringLiteral("idn_admin"), QStringLiteral("+4915123456780"), adminUnverified)}}});
    QVERIFY2(diagnosis.findings().isEmpty(), QJsonDocument(diagnosis.toJson()).toJson().constData());
}

void TestSignInDiagnosis::findingsComeMostBlockingFirst()
{
    // Every kind at once, the numbers listed in an order the findings do not follow.
    const SignInDiagnosis diagnosis = diagnose(
        {{QStringLiteral("banned"), true},
         {QStringLiteral("locked"), true},
         {QStringLiteral("lockout_expires_in_seconds"), 600},
         {QStringLiteral("two_factor_enabled"), true},
         {QStringLiteral("email_addresses"), QJsonArray()},
         {QStringLiteral("phone_numbers"),
          QJsonArray{phone(QStringLiteral("idn_pending"), kGermany, verification(QStringLiteral("unverified"), kReadAt + kMinute, 0)),
                     phone(QStringLiteral("idn_bad"), kInvalid, verification(QStringLiteral("expired"), kReadAt - kMinute, 2)),
                     phone(QStringLiteral("idn_br"), kBrazil, QJsonValue(), true)}}},
        kBrazilAndIndia);
    QCOMPARE(kindsOf(diagnosis), QList<Kind>({Kind::Banned, Kind::Locked, Kind::NoUsableIdentifier, Kind::SecondFactorUnusable,
                                              Kind::SmsCountryBlocked, Kind::NumberInvalid, Kind::CodeExpired, Kind::CodePending}));
    QCOMPARE(diagnosis.findings().at(3).phoneNumberId, QStringLiteral("idn_br"));
    QCOMPARE(diagnosis.findings().at(4).phoneNumberId, QStringLiteral("idn_br"));
    QCOMPARE(diagnosis.findings().at(5).phoneNumberId, QStringLiteral("idn_bad"));
    QCOMPARE(diagnosis.findings().at(6).phoneNumberId, QStringLiteral("idn_bad"));
    QCOMPARE(diagnosis.findings().at(7).phoneNumberId, QStringLiteral("idn_pending"));
    for (const Kind kind : kindsOf(diagnosis))
        QVERIFY(diagnosis.has(kind));
}

void TestSignInDiagnosis::theJsonIsWhatTheCommandLinePrints()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("locked"), true},
                                                {QStringLiteral("lockout_expires_in_seconds"), 90},
                                                {QStringLiteral("totp_enabled"), true},
                                                {QStringLiteral("mfa_enabled_at"), 1700000000000.0},
                                                {QStringLiteral("phone_numbers"), QJsonArray{phone(QStringLiteral("idn_br"), kBrazil, verified())}}},
                                               kBrazilAndIndia);
    const QJsonObject json = diagnosis.toJson();
    QCOMPARE(json.value(QLatin1StringView("user_id")).toString(), QStringLiteral("user_rui"));
    QCOMPARE(json.value(QLatin1StringView("user_name")).toString(), QStringLiteral("Rui Costa"));
    const QJsonObject state = json.value(QLatin1StringView("state")).toObject();
    QCOMPARE(state.value(QLatin1StringView("locked")).toBool(), true);
    QCOMPARE(state.value(QLatin1StringView("lockout_expires_in_seconds")).toInteger(), 90);
    QCOMPARE(state.value(QLatin1StringView("verification_attempts_remaining")).toInteger(), 5);
    QCOMPARE(state.value(QLatin1StringView("totp_enabled")).toBool(), true);
    QCOMPARE(state.value(QLatin1StringView("mfa_enabled_at")).toInteger(), 1700000000000);
    QVERIFY(state.value(QLatin1StringView("mfa_disabled_at")).isNull());
    QCOMPARE(state.value(QLatin1StringView("last_sign_in_at")).toInteger(), 1746000000000);
    const QJsonArray findings = json.value(QLatin1StringView("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject locked = findings.at(0).toObject();
    QCOMPARE(locked.value(QLatin1StringView("kind")).toString(), QStringLiteral("locked"));
    QCOMPARE(locked.value(QLatin1StringView("fix")).toString(), QStringLiteral("unlock"));
    QVERIFY(!locked.value(QLatin1StringView("message")).toString().isEmpty());
    QVERIFY(!locked.value(QLatin1StringView("fix_text")).toString().isEmpty());
    const QJsonObject blocked = findings.at(1).toObject();
    QCOMPARE(blocked.value(QLatin1StringView("kind")).toString(), QStringLiteral("sms_country_blocked"));
    QCOMPARE(blocked.value(QLatin1StringView("fix")).toString(), QStringLiteral("change_blocklist_in_dashboard"));
    QCOMPARE(blocked.value(QLatin1StringView("phone_number_id")).toString(), QStringLiteral("idn_br"));
    QCOMPARE(blocked.value(QLatin1StringView("phone_number")).toString(), kBrazil);
}

void TestSignInDiagnosis::kindAndFixNamesAreTheDocumentedOnes()
{
    const QStringList kinds{QStringLiteral("banned"), QStringLiteral("locked"), QStringLiteral("no_usable_identifier"),
                            QStringLiteral("second_factor_unusable"), QStringLiteral("sms_country_blocked"),
                            QStringLiteral("number_invalid"), QStringLiteral("code_expired"), QStringLiteral("code_pending")};
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(SignInFinding::kindName(Kind(i)), kinds.at(i));
        QCOMPARE(SignInFinding::kindNamed(kinds.at(i)), std::optional<Kind>(Kind(i)));
    }
    QCOMPARE(SignInFinding::kindNamed(u"lost_phone"), std::nullopt);
    const QStringList fixes{QStringLiteral("unlock"), QStringLiteral("unban"), QStringLiteral("remove_totp"),
                            QStringLiteral("remove_backup_codes"), QStringLiteral("reset_mfa"), QStringLiteral("send_code"),
                            QStringLiteral("edit_number"), QStringLiteral("add_number"), QStringLiteral("revoke_sessions"),
                            QStringLiteral("change_blocklist_in_dashboard")};
    for (int i = 0; i < fixes.size(); ++i)
        QCOMPARE(SignInFinding::fixName(Fix(i)), fixes.at(i));
}

void TestSignInDiagnosis::theBlocklistKeepsCodesOnceAndUpperCase()
{
    const SmsBlocklist list({QStringLiteral("in"), QStringLiteral("BR"), QStringLiteral(" br "), QString()});
    QCOMPARE(list.countryCodes(), QStringList({QStringLiteral("BR"), QStringLiteral("IN")}));
    QVERIFY(list.blocksRegion(QStringLiteral("br")));
    QVERIFY(!list.blocksRegion(QString()));
    PhoneNumber number;
    number.phoneNumber = kBrazil;
    QVERIFY(list.blocks(number));
    QCOMPARE(SmsBlocklist::regionOf(number), QStringLiteral("BR"));
    number.phoneNumber = QStringLiteral("+14165550123"); // Toronto: +1, but Canada
    QCOMPARE(SmsBlocklist::regionOf(number), QStringLiteral("CA"));
    QVERIFY(SmsBlocklist({QStringLiteral("CA")}).blocks(number));
    QVERIFY(!SmsBlocklist({QStringLiteral("US")}).blocks(number));
    number.phoneNumber = kInvalid;
    QVERIFY(SmsBlocklist::regionOf(number).isEmpty());
    InstanceCommunication communication;
    communication.blockedCountryCodes = {QStringLiteral("IN")};
    QCOMPARE(SmsBlocklist::of(communication).countryCodes(), QStringList{QStringLiteral("IN")});
    QVERIFY(SmsBlocklist().isEmpty());
}

void TestSignInDiagnosis::qmlReadsFindingsAsGadgets()
{
    const SignInDiagnosis diagnosis = diagnose({{QStringLiteral("locked"), true},
                                                {QStringLiteral("lockout_expires_in_seconds"), QJsonValue()}});
    const QMetaObject &meta = SignInDiagnosis::staticMetaObject;
    const QVariantList findings = meta.property(meta.indexOfProperty("findings")).readOnGadget(&diagnosis).toList();
    QCOMPARE(findings.size(), 1);
    const SignInFinding finding = findings.first().value<SignInFinding>();
    const QMetaObject &findingMeta = SignInFinding::staticMetaObject;
    const auto read = [&](const char *name) { return findingMeta.property(findingMeta.indexOfProperty(name)).readOnGadget(&finding); };
    QCOMPARE(read("kindName").toString(), QStringLiteral("locked"));
    QCOMPARE(read("fixName").toString(), QStringLiteral("unlock"));
    QCOMPARE(read("kind").value<Kind>(), Kind::Locked);
    // Unknown seconds reach QML as null: a lockout that never ends.
    QVERIFY(read("lockoutExpiresInSeconds").isNull());
    QCOMPARE(QMetaEnum::fromType<Kind>().valueToKey(int(Kind::SmsCountryBlocked)), "SmsCountryBlocked");
    QCOMPARE(QMetaEnum::fromType<Fix>().valueToKey(int(Fix::ChangeBlocklistInDashboard)), "ChangeBlocklistInDashboard");
}

QTEST_GUILESS_MAIN(TestSignInDiagnosis)
#include "tst_signindiagnosis.moc"

// SPDX-License-Identifier: MIT
// The lockout guard's decisions on constructed users: which changes leave the owner no phone
// number or no way at all to sign in, which turn their 2FA off, and the sentences that say so.
#include "domain/usersummary.h"
#include "guard/lockoutguard.h"

#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

Q_DECLARE_METATYPE(PhoneDesk::GuardedAccount)
Q_DECLARE_METATYPE(PhoneDesk::ProposedChange)

namespace {
// A number as the guard reads it: verified (by an admin) or not, reserved for 2FA or not.
PhoneNumber number(const QString &id, bool verified, bool secondFactor = false)
{
    PhoneNumber phone;
    phone.id = id;
    phone.phoneNumber = QStringLiteral("+4915123450") + id.right(3);
    phone.reserved = verified;
    phone.reservedForSecondFactor = secondFactor;
    phone.defaultSecondFactor = secondFactor;
    if (verified)
        phone.verification = Verification::admin();
    return phone;
}

GuardedAccount ana(const QList<PhoneNumber> &phones)
{
    GuardedAccount account;
    account.name = QStringLiteral("Ana Lima");
    account.phones = phones;
    account.totpEnabled = false;
    account.backupCodeEnabled = false;
    bool reserved = false;
    for (const PhoneNumber &phone : phones)
        reserved = reserved || phone.reservedForSecondFactor.value_or(false);
    account.twoFactorEnabled = reserved;
    account.signIn.passwordEnabled = false;
    return account;
}

GuardedAccount withEmail(GuardedAccount account, bool verified = true)
{
    account.signIn.emails.append({QStringLiteral("idn_mail"), QStringLiteral("ana@example.com"), verified});
    return account;
}

GuardedAccount withTotp(GuardedAccount account)
{
    account.totpEnabled = true;
    account.twoFactorEnabled = true;
    return account;
}
} // namespace

class TestLockoutGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judges_data()
    {
        QTest::addColumn<GuardedAccount>("account");
        QTest::addColumn<ProposedChange>("change");
        QTest::addColumn<bool>("losesPhoneSignIn");
        QTest::addColumn<bool>("locksOut");
        QTest::addColumn<bool>("turnsOffTwoFactor");
        QTest::addColumn<QString>("says"); // a part of the message; empty: no message at all

        const PhoneNumber only = number(QStringLiteral("idn_001"), true);
        const PhoneNumber second = number(QStringLiteral("idn_002"), true);
        const PhoneNumber factor = number(QStringLiteral("idn_003"), true, true);
        const PhoneNumber unverified = number(QStringLiteral("idn_004"), false);

        QTest::newRow("only verified phone, deleted")
            << ana({only}) << ProposedChange::deletion(only.id) << true << true << false
            << QStringLiteral("After this, Ana Lima can no longer sign in at all");
        QTest::newRow("only verified phone, un-verified")
            << ana({only, unverified}) << ProposedChange::edit(only.id, false, std::nullopt) << true << true << false
            << QStringLiteral("no verified phone number, email address or other way to sign in is left");
        QTest::newRow("phone and verified email, phone deleted")
            << withEmail(ana({only})) << ProposedChange::deletion(only.id) << true << false << false
            << QStringLiteral("After this, Ana Lima can no longer sign in with a phone number; they still have email ana@example.com.");
        QTest::newRow("phone and unverified email, phone deleted")
            << withEmail(ana({only}), false) << ProposedChange::deletion(only.id) << true << true << false
            << QStringLiteral("can no longer sign in at all");
        QTest::newRow("two verified phones, one deleted")
            << ana({only, second}) << ProposedChange::deletion(only.id) << false << false << false << QString();
        QTest::newRow("unverified phone deleted")
            << ana({only, unverified}) << ProposedChange::deletion(unverified.id) << false << false << false << QString();
        QTest::newRow("2FA with only this phone, un-reserved")
            << withEmail(ana({factor})) << ProposedChange::edit(factor.id, std::nullopt, false) << false << false << true
            << QStringLiteral("After this, 2FA is off for Ana Lima: no second factor is left.");
        QTest::newRow("2FA with only this phone, deleted, another phone left")
            << ana({factor, second}) << ProposedChange::deletion(factor.id) << false << false << true
            << QStringLiteral("2FA is off for Ana Lima");
        QTest::newRow("2FA with TOTP and this phone, un-reserved")
            << withTotp(ana({factor})) << ProposedChange::edit(factor.id, std::nullopt, false) << false << false << false << QString();
        QTest::newRow("2FA with two phones, one deleted")
            << ana({factor, number(QStringLiteral("idn_005"), true, true)}) << ProposedChange::deletion(factor.id)
            << false << false << false << QString();
        GuardedAccount backup = ana({factor, second});
        backup.backupCodeEnabled = true;
        QTest::newRow("2FA phone and backup codes, phone deleted")
            << backup << ProposedChange::deletion(factor.id) << false << false << true
            << QStringLiteral("Their backup codes are not asked for while 2FA is off.");
        QTest::newRow("2FA phone un-verified: the factor is no longer usable")
            << withEmail(ana({factor, second})) << ProposedChange::edit(factor.id, false, std::nullopt) << false << false << true
            << QStringLiteral("no second factor is left");
        QTest::newRow("reset MFA with TOTP")
            << withEmail(withTotp(ana({only}))) << ProposedChange::mfaReset() << false << false << true
            << QStringLiteral("After this, 2FA is off for Ana Lima");
        QTest::newRow("reset MFA without 2FA")
            << withEmail(ana({only})) << ProposedChange::mfaReset() << false << false << false << QString();
        QTest::newRow("replace a 2FA phone with a verified one")
            << withEmail(ana({factor})) << ProposedChange::replacement(QStringLiteral("+4915199999999"), IdentificationStatus::Verified)
            << false << false << true << QStringLiteral("2FA is off for Ana Lima");
        QTest::newRow("replace with an unverified number, no email")
            << ana({only}) << ProposedChange::replacement(QStringLiteral("+4915199999999"), IdentificationStatus::Unverified)
            << true << true << false << QStringLiteral("can no longer sign in at all");
        QTest::newRow("replace with a reserved number: it signs in")
            << ana({only}) << ProposedChange::replacement(QStringLiteral("+4915199999999"), IdentificationStatus::Reserved)
            << false << false << false << QString();
        QTest::newRow("replace a TOTP user's plain phone: TOTP stays")
            << withTotp(ana({only})) << ProposedChange::replacement(QStringLiteral("+4915199999999"), IdentificationStatus::Verified)
            << false << false << false << QString();

        GuardedAccount username = ana({only});
        username.signIn.username = QStringLiteral("ana_lima");
        username.signIn.passwordEnabled = true;
        QTest::newRow("username with a password is left")
            << username << ProposedChange::deletion(only.id) << true << false << false
            << QStringLiteral("they still have username ana_lima with a password.");
        GuardedAccount usernameOnly = username;
        usernameOnly.signIn.passwordEnabled = false;
        QTest::newRow("username without a password does not sign in")
            << usernameOnly << ProposedChange::deletion(only.id) << true << true << false << QStringLiteral("at all");
        GuardedAccount passkey = ana({only});
        passkey.signIn.passkeys = 1;
        QTest::newRow("a passkey is left")
            << passkey << ProposedChange::deletion(only.id) << true << false << false << QStringLiteral("they still have a passkey.");
        GuardedAccount google = ana({only});
        google.signIn.externalProviders = {QStringLiteral("oauth_google")};
        QTest::newRow("a linked Google account is left")
            << google << ProposedChange::deletion(only.id) << true << false << false << QStringLiteral("they still have a Google account.");
        PhoneNumber adminReserved = number(QStringLiteral("idn_006"), false);
        adminReserved.reserved = true;
        QTest::newRow("a number reserved by an admin still signs in")
            << ana({only, adminReserved}) << ProposedChange::deletion(only.id) << false << false << false << QString();
        QTest::newRow("remove TOTP, the last second factor")
            << withEmail(withTotp(ana({only}))) << ProposedChange::totpRemoval() << false << false << true
            << QStringLiteral("After this, 2FA is off for Ana Lima: no second factor is left.");
        QTest::newRow("remove TOTP, a 2FA number is left")
            << withEmail(withTotp(ana({factor}))) << ProposedChange::totpRemoval() << false << false << false << QString();
        QTest::newRow("remove TOTP of a user without 2FA")
            << withEmail(ana({only})) << ProposedChange::totpRemoval() << false << false << false << QString();
        GuardedAccount totpAndCodes = withEmail(withTotp(ana({only})));
        totpAndCodes.backupCodeEnabled = true;
        QTest::newRow("remove TOTP, backup codes are left")
            << totpAndCodes << ProposedChange::totpRemoval() << false << false << true
            << QStringLiteral("Their backup codes are not asked for while 2FA is off.");
        QTest::newRow("remove backup codes: 2FA stays")
            << totpAndCodes << ProposedChange::backupCodesRemoval() << false << false << false << QString();
        QTest::newRow("both: no sign-in and no 2FA")
            << ana({factor}) << ProposedChange::deletion(factor.id) << true << true << true << QStringLiteral("2FA is off");
    }

    void judges()
    {
        QFETCH(GuardedAccount, account);
        QFETCH(ProposedChange, change);
        QFETCH(bool, losesPhoneSignIn);
        QFETCH(bool, locksOut);
        QFETCH(bool, turnsOffTwoFactor);
        QFETCH(QString, says);

        const LockoutVerdict verdict = LockoutGuard::judge(account, change);
        QCOMPARE(verdict.losesPhoneSignIn, losesPhoneSignIn);
        QCOMPARE(verdict.locksOut, locksOut);
        QCOMPARE(verdict.turnsOffTwoFactor, turnsOffTwoFactor);
        QCOMPARE(verdict.isRisky(), losesPhoneSignIn || locksOut || turnsOffTwoFactor);
        if (says.isEmpty())
            QVERIFY2(verdict.message().isEmpty(), qPrintable(verdict.message()));
        else
            QVERIFY2(verdict.message().contains(says), qPrintable(verdict.message()));
    }

    // The user object's other ways to sign in are read from Clerk's JSON.
    void readsSignInMethodsFromTheUserObject()
    {
        const QByteArray json = R"({"id":"user_1","first_name":"Ana","last_name":"Lima","username":"ana_lima",
            "password_enabled":true,"two_factor_enabled":false,"totp_enabled":false,"backup_code_enabled":false,
            "primary_email_address_id":"idn_e1",
            "email_addresses":[{"id":"idn_e1","email_address":"ana@example.com","verification":{"status":"verified"}},
                               {"id":"idn_e2","email_address":"old@example.com","verification":{"status":"unverified"}}],
            "web3_wallets":[{"web3_wallet":"0xabc","verification":{"status":"verified"}}],
            "passkeys":[{"object":"passkey","name":"Laptop"}],
            "external_accounts":[{"provider":"oauth_github","verification":{"status":"verified"}},
                                 {"provider":"oauth_apple","verification":{"status":"unverified"}}],
            "phone_numbers":[]})";
        const Parsed<UserSummary> user = UserSummary::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(user.ok(), qPrintable(user.error()));
        const SignInMethods &methods = user.value().signIn;
        QCOMPARE(methods.verifiedEmails(), QStringList{QStringLiteral("ana@example.com")});
        QCOMPARE(methods.emails.size(), 2);
        QCOMPARE(methods.verifiedWeb3Wallets, 1);
        QCOMPARE(methods.passkeys, 1);
        QCOMPARE(methods.externalProviders, QStringList{QStringLiteral("oauth_github")});
        QCOMPARE(methods.passwordEnabled, std::optional<bool>(true));
        QCOMPARE(methods.username, std::optional<QString>(QStringLiteral("ana_lima")));

        const QStringList ways = GuardedAccount::ofUser(user.value()).otherSignInWays();
        QCOMPARE(ways.first(), QStringLiteral("email ana@example.com"));
        QVERIFY(ways.contains(QStringLiteral("username ana_lima with a password")));
        QVERIFY(ways.contains(QStringLiteral("a passkey")));
        QVERIFY(ways.contains(QStringLiteral("a GitHub account")));
        QVERIFY(ways.contains(QStringLiteral("a web3 wallet")));

        // And survive a round trip through the summary's JSON.
        const Parsed<UserSummary> again = UserSummary::fromJson(user.value().toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value().signIn, methods);
    }
};

QTEST_GUILESS_MAIN(TestLockoutGuard)
#include "tst_lockoutguard.moc"

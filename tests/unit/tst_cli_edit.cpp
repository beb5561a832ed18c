// SPDX-License-Identifier: MIT
// phonedesk-cli's editing commands as a program against the in-process sandbox: each command's
// effect is checked in the sandbox afterwards; refusals of bad arguments happen before anything
// is sent (against a closed port they still exit 2), the API's refusals exit 3 with Clerk's code,
// and the key never appears in the output.
#include "clirun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_cli_edit_Rt5uY8pQ2w");

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    int m_nextNumber = 0;

    Run cli(const QStringList &arguments)
    {
        return runCliWithKey(m_sandbox.baseUrl().toString(), kKey, arguments);
    }

    // A valid E.164 number that no test has used yet (German mobile numbers).
    QString freshNumber() { return QStringLiteral("+49151%1").arg(55500000 + ++m_nextNumber); }

    QJsonObject user(const QString &userId) { return objectOf(m_sandbox.store().getUser(userId).body); }

    // A user of the sandbox with no phone numbers left: the n-th user, its numbers deleted.
    QString bareUser(int n)
    {
        const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("50")}});
        const QString userId = str(QJsonDocument::fromJson(reply.body).array().at(n).toObject(), "id");
        for (const QJsonValue &phone : user(userId).value(QLatin1StringView("phone_numbers")).toArray())
            (void)m_sandbox.store().deletePhoneNumber(str(phone.toObject(), "id"));
        return userId;
    }

    // Adds a number straight to the sandbox; answers its id.
    QString addNumber(const QString &userId, QJsonObject fields = {})
    {
        fields.insert(QStringLiteral("user_id"), userId);
        fields.insert(QStringLiteral("phone_number"), freshNumber());
        const SandboxReply reply = m_sandbox.store().createPhoneNumber(QJsonDocument(fields).toJson());
        return str(objectOf(reply.body), "id");
    }

    QJsonObject storedNumber(const QString &id) { return objectOf(m_sandbox.store().getPhoneNumber(id).body); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        Sandbox::Options options;
        options.users = 60;
        options.seed = 23;
        options.secretKey = kKey;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void createsANumberAndClerkMakesTheFirstPrimary()
    {
        const QString userId = bareUser(0);
        const QString number = freshNumber();
        Run run = cli({QStringLiteral("create"), QStringLiteral("--user-id"), userId, QStringLiteral("--phone-number"), number});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject first = objectOf(run.out);
        QCOMPARE(str(first, "phone_number"), number);
        QCOMPARE(first, storedNumber(str(first, "id"))); // printed as the API sent it
        QCOMPARE(str(user(userId), "primary_phone_number_id"), str(first, "id"));

        run = cli({QStringLiteral("create"), QStringLiteral("--user-id"), userId, QStringLiteral("--phone-number"),
                   freshNumber(), QStringLiteral("--verified"), QStringLiteral("--primary")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject second = objectOf(run.out);
        QCOMPARE(str(second.value(QLatin1StringView("verification")).toObject(), "status"), QStringLiteral("verified"));
        QCOMPARE(str(user(userId), "primary_phone_number_id"), str(second, "id"));
        QCOMPARE(user(userId).value(QLatin1StringView("phone_numbers")).toArray().size(), 2);
    }

    void updatesEachFlag()
    {
        const QString userId = bareUser(1);
        const QString first = addNumber(userId);
        const QString id = addNumber(userId, {{QStringLiteral("verified"), false}});
        QCOMPARE(str(user(userId), "primary_phone_number_id"), first);
        QVERIFY(str(storedNumber(id).value(QLatin1StringView("verification")).toObject(), "status") != QLatin1StringView("verified"));

        Run run = cli({QStringLiteral("update"), id, QStringLiteral("--verified"), QStringLiteral("true")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(objectOf(run.out), storedNumber(id));
        QCOMPARE(str(storedNumber(id).value(QLatin1StringView("verification")).toObject(), "status"), QStringLiteral("verified"));

        run = cli({QStringLiteral("update"), id, QStringLiteral("--reserved-for-second-factor=true")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY(storedNumber(id).value(QLatin1StringView("reserved_for_second_factor")).toBool());
        QVERIFY(user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());

        run = cli({QStringLiteral("update"), id, QStringLiteral("--primary"), QStringLiteral("true")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(str(user(userId), "primary_phone_number_id"), id);

        // The user's only second factor: the lockout guard wants --force (tst_cli_guard).
        run = cli({QStringLiteral("update"), id, QStringLiteral("--reserved-for-second-factor"), QStringLiteral("false"),
                   QStringLiteral("--force")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY(!storedNumber(id).value(QLatin1StringView("reserved_for_second_factor")).toBool());
    }

    // update reads the number and its owner first, as the window's editor does: what cannot
    // succeed is refused before sending, and a change to what already is sends nothing.
    void updateRefusesBeforeSendingWhatCannotSucceed()
    {
        const QString userId = bareUser(9);
        const QString primary = addNumber(userId, {{QStringLiteral("verified"), true}});
        const QString unverified = addNumber(userId, {{QStringLiteral("verified"), false}});
        QCOMPARE(str(user(userId), "primary_phone_number_id"), primary);
        const QJsonObject unverifiedBefore = storedNumber(unverified);

        Run run = cli({QStringLiteral("update"), unverified, QStringLiteral("--reserved-for-second-factor"), QStringLiteral("true")});
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("nothing was sent") && run.err.contains("must be verified"), run.err.constData());
        QCOMPARE(storedNumber(unverified), unverifiedBefore);

        run = cli({QStringLiteral("update"), primary, QStringLiteral("--primary"), QStringLiteral("false")});
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(run.err.contains("make another number primary"), run.err.constData());
        QCOMPARE(str(user(userId), "primary_phone_number_id"), primary);

        // Already verified: nothing is sent (updated_at stays) and the number is printed as it is.
        const QJsonObject primaryBefore = storedNumber(primary);
        run = cli({QStringLiteral("update"), primary, QStringLiteral("--verified"), QStringLiteral("true")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.err.contains("nothing was changed"), run.err.constData());
        QCOMPARE(objectOf(run.out), primaryBefore);
        QCOMPARE(storedNumber(primary), primaryBefore);
    }

    void deletesANumber()
    {
        const QString userId = bareUser(2);
        const QString id = addNumber(userId);
        Run run = cli({QStringLiteral("delete"), id, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject answer = objectOf(run.out);
        QCOMPARE(str(answer, "id"), id);
        QVERIFY(answer.value(QLatin1StringView("deleted")).toBool());
        QCOMPARE(m_sandbox.store().getPhoneNumber(id).status, 404);

        run = cli({QStringLiteral("get"), id});
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY2(run.err.contains("HTTP 404"), run.err.constData());
    }

    void sendsACodeAndVerifiesIt()
    {
        const QString userId = bareUser(3);
        const QString id = addNumber(userId, {{QStringLiteral("verified"), false}});
        Run run = cli({QStringLiteral("send-code"), id});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QString verificationId = str(objectOf(run.out), "id");
        QVERIFY(!verificationId.isEmpty());
        const QString sent = m_sandbox.store().sentCode(verificationId);
        QVERIFY(!sent.isEmpty());
        const QString wrong = sent == QLatin1StringView("111111") ? QStringLiteral("222222") : QStringLiteral("111111");

        run = cli({QStringLiteral("verify"), id, QStringLiteral("--verification-id"), verificationId, QStringLiteral("--code"), wrong});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(objectOf(run.out).value(QLatin1StringView("attempts")).toInt(), 1);
        QVERIFY2(run.err.contains("code not accepted: status ") && run.err.contains("attempts 1"), run.err.constData());
        QVERIFY(str(storedNumber(id).value(QLatin1StringView("verification")).toObject(), "status") != QLatin1StringView("verified"));

        run = cli({QStringLiteral("verify"), id, QStringLiteral("--verification-id"), verificationId, QStringLiteral("--code"),
                   QString::fromLatin1(SandboxStore::kUniversalCode)});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(str(objectOf(run.out), "status"), QStringLiteral("verified"));
        QVERIFY2(!run.err.contains("not accepted"), run.err.constData());
        QCOMPARE(str(storedNumber(id).value(QLatin1StringView("verification")).toObject(), "status"), QStringLiteral("verified"));
    }

    void disablesMfa()
    {
        const QString userId = bareUser(4);
        addNumber(userId, {{QStringLiteral("verified"), true}, {QStringLiteral("reserved_for_second_factor"), true}});
        QVERIFY(user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());
        // Turning 2FA off is what the lockout guard asks --force for (tst_cli_guard).
        const Run run = cli({QStringLiteral("disable-mfa"), userId, QStringLiteral("--force")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(str(objectOf(run.out), "user_id"), userId);
        QVERIFY(!user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());
    }

    void replacesAUsersNumbers()
    {
        const QString userId = bareUser(5);
        addNumber(userId);
        addNumber(userId);
        const QString number = freshNumber();
        const Run run = cli({QStringLiteral("replace-phone"), userId, QStringLiteral("--phone-number"), number, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject answer = objectOf(run.out);
        QCOMPARE(str(answer, "phone_number"), number);
        const QJsonArray phones = user(userId).value(QLatin1StringView("phone_numbers")).toArray();
        QCOMPARE(phones.size(), 1);
        QCOMPARE(str(phones.at(0).toObject(), "id"), str(answer, "id"));
        QCOMPARE(str(user(userId), "primary_phone_number_id"), str(answer, "id"));
    }

    void refusesBadArgumentsBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString create = QStringLiteral("create"), update = QStringLiteral("update"), yes = QStringLiteral("--yes");
        const QString user = QStringLiteral("--user-id"), phone = QStringLiteral("--phone-number");
        QTest::newRow("create: spaced number")
            << QStringList{create, user, QStringLiteral("user_x"), phone, QStringLiteral("+49 151 2345 6789")}
            << QStringLiteral("did you mean +4915123456789?");
        QTest::newRow("create: national number")
            << QStringList{create, user, QStringLiteral("user_x"), phone, QStringLiteral("01512345678")} << QStringLiteral("E.164");
        QTest::newRow("create: not a number")
            << QStringList{create, user, QStringLiteral("user_x"), phone, QStringLiteral("call me")} << QStringLiteral("E.164");
        QTest::newRow("create: no user") << QStringList{create, phone, QStringLiteral("+4915123456789")} << QStringLiteral("--user-id");
        QTest::newRow("create: flag with a value")
            << QStringList{create, user, QStringLiteral("u"), phone, QStringLiteral("+4915123456789"), QStringLiteral("--verified=true")}
            << QStringLiteral("verified");
        QTest::newRow("replace-phone: spaced number")
            << QStringList{QStringLiteral("replace-phone"), QStringLiteral("user_x"), phone, QStringLiteral("+49 151 2345 6789"), yes}
            << QStringLiteral("+4915123456789");
        QTest::newRow("replace-phone: no --yes")
            << QStringList{QStringLiteral("replace-phone"), QStringLiteral("user_x"), phone, QStringLiteral("+4915123456789")}
            << QStringLiteral("--yes");
        QTest::newRow("delete: no --yes") << QStringList{QStringLiteral("delete"), QStringLiteral("idn_x")} << QStringLiteral("--yes");
        QTest::newRow("delete: no id") << QStringList{QStringLiteral("delete"), yes} << QStringLiteral("delete");
        QTest::newRow("update: bad boolean")
            << QStringList{update, QStringLiteral("idn_x"), QStringLiteral("--verified"), QStringLiteral("yes")}
            << QStringLiteral("must be true or false");
        QTest::newRow("update: capitalised boolean")
            << QStringList{update, QStringLiteral("idn_x"), QStringLiteral("--primary"), QStringLiteral("True")}
            << QStringLiteral("must be true or false");
        QTest::newRow("update: nothing to change") << QStringList{update, QStringLiteral("idn_x")} << QStringLiteral("at least one");
        QTest::newRow("update: 2FA on an unverified number")
            << QStringList{update, QStringLiteral("idn_x"), QStringLiteral("--verified"), QStringLiteral("false"),
                           QStringLiteral("--reserved-for-second-factor"), QStringLiteral("true")}
            << QStringLiteral("verified");
        QTest::newRow("verify: no code")
            << QStringList{QStringLiteral("verify"), QStringLiteral("idn_x"), QStringLiteral("--verification-id"), QStringLiteral("v")}
            << QStringLiteral("--code");
        QTest::newRow("send-code: an option of another command")
            << QStringList{QStringLiteral("send-code"), QStringLiteral("idn_x"), yes} << QStringLiteral("--yes");
        QTest::newRow("disable-mfa: no user") << QStringList{QStringLiteral("disable-mfa")} << QStringLiteral("disable-mfa");
    }

    void refusesBadArgumentsBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Nothing listens there: had a request been sent, the exit code would be 4.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const Run run = runCli(QStringList{QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort)}
                                   + arguments,
                               environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.contains(kKey.toUtf8()));
    }

    void passesOnTheApisRefusals()
    {
        const QString owner = bareUser(6);
        // Another user may not take a verified number.
        const QString taken = str(storedNumber(addNumber(owner, {{QStringLiteral("verified"), true}})), "phone_number");
        const QString unverified = addNumber(owner, {{QStringLiteral("verified"), false}});
        const QString other = bareUser(7);

        Run run = cli({QStringLiteral("create"), QStringLiteral("--user-id"), other, QStringLiteral("--phone-number"), taken});
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY2(run.err.contains("form_identifier_exists") && run.err.contains("clerk trace id"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(user(other).value(QLatin1StringView("phone_numbers")).toArray().isEmpty());

        run = cli({QStringLiteral("replace-phone"), other, QStringLiteral("--phone-number"), taken, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY2(run.err.contains("form_identifier_exists"), run.err.constData());

        const QString missing = QStringLiteral("idn_does_not_exist");
        const QList<QStringList> unknown = {
            {QStringLiteral("update"), missing, QStringLiteral("--primary"), QStringLiteral("true")},
            {QStringLiteral("delete"), missing, QStringLiteral("--yes")},
            {QStringLiteral("send-code"), missing},
            {QStringLiteral("verify"), missing, QStringLiteral("--verification-id"), QStringLiteral("ver_x"), QStringLiteral("--code"),
             QStringLiteral("424242")},
            {QStringLiteral("disable-mfa"), QStringLiteral("user_does_not_exist")},
            {QStringLiteral("create"), QStringLiteral("--user-id"), QStringLiteral("user_does_not_exist"),
             QStringLiteral("--phone-number"), freshNumber()},
        };
        for (const QStringList &command : unknown) {
            run = cli(command);
            QVERIFY2(run.finished && run.exitCode == 3, command.join(QLatin1Char(' ')).toUtf8() + ": " + run.why());
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains("clerk trace id"), run.err.constData());
        }
    }

    void neverShowsTheKeyWhenVerbose()
    {
        const QString userId = bareUser(8);
        const Run run = cli({QStringLiteral("--verbose"), QStringLiteral("create"), QStringLiteral("--user-id"), userId,
                             QStringLiteral("--phone-number"), freshNumber()});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.err.contains("phonedesk.api: request POST "), run.err.constData());
        QVERIFY(!run.err.contains("Bearer"));
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"

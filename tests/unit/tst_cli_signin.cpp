// SPDX-License-Identifier: MIT
// phonedesk-cli's sign-in commands as a program against the in-process sandbox over loopback
// HTTP, started with SMS blocked to Brazil and India: diagnose finds a locked user and, after
// unlock, no longer does; a +55 number is sms_country_blocked; revoke-sessions leaves no active
// session and reports each; ban is undone; removing the last authenticator app is guarded; the
// refusals exit 2 before anything is sent, and the key never appears in the output.
#include "clirun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_cli_signin_Qp4rT8zW");

// The kinds of a diagnosis as printed.
QStringList kindsOf(const QJsonObject &diagnosis)
{
    QStringList kinds;
    for (const QJsonValue &finding : diagnosis.value(QLatin1StringView("findings")).toArray())
        kinds.append(str(finding.toObject(), "kind"));
    return kinds;
}

QJsonObject findingOf(const QJsonObject &diagnosis, const QString &kind)
{
    for (const QJsonValue &finding : diagnosis.value(QLatin1StringView("findings")).toArray()) {
        if (str(finding.toObject(), "kind") == kind)
            return finding.toObject();
    }
    return {};
}
} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QStringList m_userIds;         // the users no test has taken
    QString m_signedInEverywhere; // the planted user with three active sessions
    int m_nextNumber = 0;

    Run cli(const QStringList &arguments) { return runCliWithKey(m_sandbox.baseUrl().toString(), kKey, arguments); }

    QJsonObject user(const QString &userId) { return objectOf(m_sandbox.store().getUser(userId).body); }

    // The first user left who is not banned and for whom `wanted` holds, taken; "" when none is.
    template<typename Wanted>
    QString takeUserWhere(Wanted wanted)
    {
        for (qsizetype i = 0; i < m_userIds.size(); ++i) {
            const QString userId = m_userIds.at(i);
            if (!user(userId).value(QLatin1StringView("banned")).toBool() && wanted(user(userId))) {
                m_userIds.removeAt(i);
                return userId;
            }
        }
        return {};
    }

    QString takeUser()
    {
        return takeUserWhere([](const QJsonObject &) { return true; });
    }

    QStringList activeSessions(const QString &userId)
    {
        const SandboxReply reply = m_sandbox.store().listSessions(
            {{QStringLiteral("user_id"), userId}, {QStringLiteral("status"), QStringLiteral("active")},
             {QStringLiteral("limit"), QStringLiteral("500")}});
        QStringList ids;
        for (const QJsonValue &session : QJsonDocument::fromJson(reply.body).array())
            ids.append(str(session.toObject(), "id"));
        return ids;
    }

    // The journal's entries of a user and operation, as `journal` prints them.
    QList<QJsonObject> journal(const QString &userId, const QString &operation)
    {
        const Run run = cli({QStringLiteral("journal"), QStringLiteral("--user-id"), userId, QStringLiteral("--operation"), operation});
        QList<QJsonObject> entries;
        for (const QByteArray &line : run.out.split('\n')) {
            if (!line.isEmpty())
                entries.append(objectOf(line));
        }
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        Sandbox::Options options;
        options.users = 60;
        options.seed = 29;
        options.secretKey = kKey;
        options.smsBlockedCountries = {QStringLiteral("BR"), QStringLiteral("IN")};
        // Active sessions are rare in demo data: the planted user signed in on three devices.
        options.plantSignInCases = true;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        const SandboxReply users = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}});
        for (const QJsonValue &each : QJsonDocument::fromJson(users.body).array())
            m_userIds.append(str(each.toObject(), "id"));
        QCOMPARE(m_userIds.size(), options.users);
        // The planted users keep their states: only the one signed in everywhere is used.
        for (const SandboxStore::SignInCase &planted : m_sandbox.store().signInCases()) {
            m_userIds.removeAll(planted.userId);
            if (planted.state == QLatin1StringView("active_sessions"))
                m_signedInEverywhere = planted.userId;
        }
        QVERIFY(!m_signedInEverywhere.isEmpty());
    }

    void helpNamesTheSignInCommands()
    {
        const Run run = runCli({QStringLiteral("--help")}, environment({}));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        for (const char *text : {"diagnose USER_ID|E164", "unlock USER_ID", "ban USER_ID --yes", "unban USER_ID",
                                 "remove-totp USER_ID --yes", "remove-backup-codes USER_ID --yes",
                                 "revoke-sessions USER_ID --yes", "sms-blocklist [--format text|json]", "sms_country_blocked",
                                 "revoke_sessions"})
            QVERIFY2(run.out.contains(text), text);
    }

    // Refused before anything is sent: even with nothing listening, exit 2.
    void refusesBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("ban without --yes") << QStringList{QStringLiteral("ban"), QStringLiteral("user_1")} << QStringLiteral("add --yes");
        QTest::newRow("remove-totp without --yes") << QStringList{QStringLiteral("remove-totp"), QStringLiteral("user_1")} << QStringLiteral("add --yes");
        QTest::newRow("remove-backup-codes without --yes")
            << QStringList{QStringLiteral("remove-backup-codes"), QStringLiteral("user_1")} << QStringLiteral("add --yes");
        QTest::newRow("revoke-sessions without --yes")
            << QStringList{QStringLiteral("revoke-sessions"), QStringLiteral("user_1")} << QStringLiteral("signs them out on every device");
        QTest::newRow("diagnose a number not E.164")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("+55 11 91234-5678")} << QStringLiteral("did you mean +5511912345678");
        QTest::newRow("diagnose two users") << QStringList{QStringLiteral("diagnose"), QStringLiteral("a"), QStringLiteral("b")}
                                            << QStringLiteral("takes exactly one user id or E.164 number");
        QTest::newRow("unlock with --yes") << QStringList{QStringLiteral("unlock"), QStringLiteral("user_1"), QStringLiteral("--yes")}
                                           << QStringLiteral("--yes does not apply to unlock");
        QTest::newRow("sms-blocklist as csv") << QStringList{QStringLiteral("sms-blocklist"), QStringLiteral("--format"), QStringLiteral("csv")}
                                              << QStringLiteral("--format must be text or json");
    }

    void refusesBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCliWithKey(QStringLiteral("http://127.0.0.1:9/v1"), kKey, arguments);
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void diagnoseFindsALockAndUnlockEndsIt()
    {
        const QString userId = takeUser();
        QCOMPARE(m_sandbox.store().lockUser(userId).status, 200);
        Run run = cli({QStringLiteral("diagnose"), userId});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QJsonObject diagnosis = objectOf(run.out);
        QCOMPARE(str(diagnosis, "user_id"), userId);
        QVERIFY2(kindsOf(diagnosis).contains(QStringLiteral("locked")), run.out.constData());
        QCOMPARE(kindsOf(diagnosis).first(), kindsOf(diagnosis).contains(QStringLiteral("banned")) ? QStringLiteral("banned") : QStringLiteral("locked"));
        const QJsonObject locked = findingOf(diagnosis, QStringLiteral("locked"));
        QCOMPARE(str(locked, "fix"), QStringLiteral("unlock"));
        QVERIFY(locked.contains(QLatin1StringView("lockout_expires_in_seconds")));
        QVERIFY(locked.contains(QLatin1StringView("verification_attempts_remaining")));
        QVERIFY(diagnosis.value(QLatin1StringView("state")).toObject().value(QLatin1StringView("locked")).toBool());
        QVERIFY2(run.err.contains("locked"), run.err.constData());

        run = cli({QStringLiteral("unlock"), userId});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject unlocked = objectOf(run.out);
        QCOMPARE(str(unlocked, "id"), userId);
        QCOMPARE(unlocked.value(QLatin1StringView("locked")).toBool(true), false);
        QCOMPARE(user(userId).value(QLatin1StringView("locked")).toBool(true), false);

        run = cli({QStringLiteral("diagnose"), userId});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(!kindsOf(objectOf(run.out)).contains(QStringLiteral("locked")), run.out.constData());

        const QList<QJsonObject> entries = journal(userId, QStringLiteral("unlock"));
        QCOMPARE(entries.size(), 1);
        const Run undo = cli({QStringLiteral("undo"), str(entries.first(), "id")});
        QVERIFY2(undo.finished && undo.exitCode == 2, undo.why());
        QVERIFY2(undo.err.contains("lockout cannot be put back"), undo.err.constData());
    }

    void aBrazilianNumberIsBlockedBySms()
    {
        QString number;
        QString phoneId;
        QString userId;
        for (int attempt = 0; attempt < 20 && phoneId.isEmpty(); ++attempt) {
            userId = takeUser();
            number = QStringLiteral("+55119%1").arg(87650000 + ++m_nextNumber * 7);
            const SandboxReply reply = m_sandbox.store().createPhoneNumber(
                QJsonDocument(QJsonObject{{QStringLiteral("user_id"), userId}, {QStringLiteral("phone_number"), number},
                                          {QStringLiteral("verified"), true}}).toJson());
            if (reply.status == 200)
                phoneId = str(objectOf(reply.body), "id");
        }
        QVERIFY(!phoneId.isEmpty());

        // Found by the number, as the other commands find owners.
        const Run run = cli({QStringLiteral("diagnose"), number});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject diagnosis = objectOf(run.out);
        QCOMPARE(str(diagnosis, "user_id"), userId);
        const QJsonObject blocked = findingOf(diagnosis, QStringLiteral("sms_country_blocked"));
        QVERIFY2(!blocked.isEmpty(), run.out.constData());
        QCOMPARE(str(blocked, "phone_number_id"), phoneId);
        QCOMPARE(str(blocked, "phone_number"), number);
        QCOMPARE(str(blocked, "country_code"), QStringLiteral("BR"));
        QCOMPARE(str(blocked, "fix"), QStringLiteral("change_blocklist_in_dashboard"));

        const Run nobody = cli({QStringLiteral("diagnose"), QStringLiteral("+4915199988877")});
        QVERIFY2(nobody.finished && nobody.exitCode == 3, nobody.why());
        QVERIFY2(nobody.err.contains("no user has the number +4915199988877"), nobody.err.constData());
    }

    void printsTheSmsBlocklist()
    {
        Run run = cli({QStringLiteral("sms-blocklist")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(run.out, QByteArray("BR\nIN\n"));
        run = cli({QStringLiteral("sms-blocklist"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        const QJsonObject communication = objectOf(run.out);
        QCOMPARE(str(communication, "object"), QStringLiteral("instance_communication"));
        QCOMPARE(communication.value(QLatin1StringView("blocked_country_codes")).toArray(),
                 QJsonArray({QStringLiteral("BR"), QStringLiteral("IN")}));
    }

    void revokeSessionsLeavesNoActiveSession()
    {
        const QString userId = m_signedInEverywhere;
        const QStringList active = activeSessions(userId);
        QCOMPARE(active.size(), 3);
        Run run = cli({QStringLiteral("revoke-sessions"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY(activeSessions(userId).isEmpty());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), active.size() + 1);
        for (qsizetype i = 0; i < active.size(); ++i)
            QVERIFY2(lines.at(i).startsWith((active.at(i) + QStringLiteral(" revoked")).toUtf8()), lines.at(i).constData());
        QCOMPARE(lines.last(), QStringLiteral("revoked %1 of %1 active sessions of %2; 0 failed").arg(active.size()).arg(userId).toUtf8());

        const QList<QJsonObject> entries = journal(userId, QStringLiteral("revoke_sessions"));
        QCOMPARE(entries.size(), 1);
        const QJsonObject sessions = entries.first().value(QLatin1StringView("sessions")).toObject();
        QCOMPARE(sessions.value(QLatin1StringView("revoked")).toArray(), QJsonArray::fromStringList(active));
        QCOMPARE(str(entries.first().value(QLatin1StringView("outcome")).toObject(), "status"), QStringLiteral("done"));

        // Nothing left: said, exit 0, nothing journaled.
        run = cli({QStringLiteral("revoke-sessions"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.out.contains("has no active session"), run.out.constData());
        QCOMPARE(journal(userId, QStringLiteral("revoke_sessions")).size(), 1);
    }

    void banIsUndoneByUndo()
    {
        const QString userId = takeUser();
        Run run = cli({QStringLiteral("ban"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(objectOf(run.out).value(QLatin1StringView("banned")).toBool(), true);
        QVERIFY2(run.err.contains("cannot sign in"), run.err.constData());
        QVERIFY(user(userId).value(QLatin1StringView("banned")).toBool());
        run = cli({QStringLiteral("diagnose"), userId});
        QCOMPARE(kindsOf(objectOf(run.out)).value(0), QStringLiteral("banned"));

        const QList<QJsonObject> bans = journal(userId, QStringLiteral("ban"));
        QCOMPARE(bans.size(), 1);
        run = cli({QStringLiteral("undo"), str(bans.first(), "id")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.out.contains("Unban"), run.out.constData());
        QCOMPARE(user(userId).value(QLatin1StringView("banned")).toBool(true), false);

        // Undone already: the user is no longer as the ban left them.
        run = cli({QStringLiteral("undo"), str(bans.first(), "id")});
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(run.err.contains("no longer banned"), run.err.constData());

        run = cli({QStringLiteral("unban"), userId});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(journal(userId, QStringLiteral("unban")).size(), 1);
    }

    void removingTheLastAuthenticatorAppIsGuarded()
    {
        // A user with an authenticator app, stripped of any 2FA number: the app is their last second factor.
        const QString userId = takeUserWhere([](const QJsonObject &u) { return u.value(QLatin1StringView("totp_enabled")).toBool(); });
        QVERIFY2(!userId.isEmpty(), "no user with an authenticator app");
        for (const QJsonValue &phone : user(userId).value(QLatin1StringView("phone_numbers")).toArray()) {
            if (phone.toObject().value(QLatin1StringView("reserved_for_second_factor")).toBool())
                QCOMPARE(m_sandbox.store().deletePhoneNumber(str(phone.toObject(), "id")).status, 200);
        }
        QVERIFY(user(userId).value(QLatin1StringView("totp_enabled")).toBool());

        Run run = cli({QStringLiteral("remove-totp"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 5, run.why());
        QVERIFY2(run.err.contains("2FA is off"), run.err.constData());
        QVERIFY(user(userId).value(QLatin1StringView("totp_enabled")).toBool());

        run = cli({QStringLiteral("remove-totp"), userId, QStringLiteral("--yes"), QStringLiteral("--force")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(objectOf(run.out), QJsonObject({{QStringLiteral("user_id"), userId}}));
        QCOMPARE(user(userId).value(QLatin1StringView("totp_enabled")).toBool(true), false);

        QCOMPARE(journal(userId, QStringLiteral("remove_totp")).size(), 1);
        // Nothing left to remove: Clerk's 404, exit 3.
        run = cli({QStringLiteral("remove-totp"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
    }

    void removesBackupCodes()
    {
        const QString userId = takeUserWhere([](const QJsonObject &u) { return u.value(QLatin1StringView("backup_code_enabled")).toBool(); });
        QVERIFY2(!userId.isEmpty(), "no user with backup codes");
        const Run run = cli({QStringLiteral("remove-backup-codes"), userId, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(objectOf(run.out), QJsonObject({{QStringLiteral("user_id"), userId}}));
        QCOMPARE(user(userId).value(QLatin1StringView("backup_code_enabled")).toBool(true), false);
        QCOMPARE(journal(userId, QStringLiteral("remove_backup_codes")).size(), 1);
    }

    void anUnknownUserExits3()
    {
        for (const QString &command : {QStringLiteral("unlock"), QStringLiteral("diagnose")}) {
            const Run run = cli({command, QStringLiteral("user_does_not_exist")});
            QVERIFY2(run.finished && run.exitCode == 3, run.why());
            QVERIFY2(run.err.contains("HTTP 404"), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"

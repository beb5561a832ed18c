// SPDX-License-Identifier: MIT
// phonedesk-cli against the in-process sandbox: the lockout guard refuses a change that would
// lock a user out or turn their 2FA off (exit 5, the sentence on stderr, nothing sent) and lets
// it through with --force; `audit` writes exactly the planted cases of a seeded sandbox, as JSON
// lines or CSV, with the counts on stderr.
#include "clirun.h"
#include "audit/auditfinding.h"
#include "cli/cliexit.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_cli_guard_Zq81mXv");
using Case = SandboxStore::AuditCase;

QList<Case> sorted(QList<Case> cases)
{
    std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) {
        return std::tie(a.kind, a.userId, a.phoneNumberId) < std::tie(b.kind, b.userId, b.phoneNumberId);
    });
    return cases;
}
} // namespace

class TestCliGuard : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    int m_nextNumber = 0;
    int m_nextUser = 10; // the first ten carry the planted audit cases

    Run cli(const QStringList &arguments)
    {
        return runCliWithKey(m_sandbox.baseUrl().toString(), kKey, arguments);
    }

    QJsonObject user(const QString &userId) { return objectOf(m_sandbox.store().getUser(userId).body); }

    // The next user past the planted ones, its numbers deleted and its 2FA off.
    QString bareUser()
    {
        const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("100")},
                                                                {QStringLiteral("order_by"), QStringLiteral("+created_at")}});
        const QJsonArray users = QJsonDocument::fromJson(reply.body).array();
        QString userId;
        // The planted users are the first ten the generator made, not the oldest: skip them by id.
        QSet<QString> planted;
        for (const Case &c : m_sandbox.store().auditCases())
            planted.insert(c.userId);
        while (userId.isEmpty() && m_nextUser < users.size()) {
            const QString candidate = str(users.at(m_nextUser++).toObject(), "id");
            if (!planted.contains(candidate))
                userId = candidate;
        }
        for (const QJsonValue &phone : user(userId).value(QLatin1StringView("phone_numbers")).toArray())
            (void)m_sandbox.store().deletePhoneNumber(str(phone.toObject(), "id"));
        (void)m_sandbox.store().disableMfa(userId);
        return userId;
    }

    QString addNumber(const QString &userId, bool secondFactor)
    {
        const QJsonObject fields{{QStringLiteral("user_id"), userId},
                                 {QStringLiteral("phone_number"), QStringLiteral("+49151%1").arg(66600000 + ++m_nextNumber)},
                                 {QStringLiteral("verified"), true},
                                 {QStringLiteral("reserved_for_second_factor"), secondFactor}};
        return str(objectOf(m_sandbox.store().createPhoneNumber(QJsonDocument(fields).toJson()).body), "id");
    }

    QList<Case> casesInJsonl(const QByteArray &out)
    {
        QList<Case> cases;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject finding = objectOf(line);
            if (str(finding, "explanation").isEmpty() || str(finding, "user_name").isEmpty())
                qWarning("a finding without explanation or user name: %s", line.constData());
            cases.append({str(finding, "kind"), str(finding, "user_id"), str(finding, "phone_number_id")});
        }
        return cases;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = 140;
        options.seed = 29;
        options.secretKey = kKey;
        options.plantAuditCases = true;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    // Run first, while the sandbox holds the planted cases and nothing else.
    void auditWritesThePlantedCases()
    {
        const Run run = cli({QStringLiteral("audit")});
        QVERIFY2(run.finished && run.exitCode == CliExit::Success, run.why());
        QCOMPARE(sorted(casesInJsonl(run.out)), sorted(m_sandbox.store().auditCases()));
        // Grouped: each kind's lines together, in the order of the kinds.
        QStringList kinds;
        for (const Case &c : casesInJsonl(run.out)) {
            if (kinds.isEmpty() || kinds.last() != c.kind) {
                QVERIFY2(!kinds.contains(c.kind), qPrintable(c.kind));
                kinds.append(c.kind);
            }
        }
        QCOMPARE(kinds.size(), qsizetype(AuditFinding::kKindCount));
        QVERIFY2(run.err.contains("Same number on different users: 2"), run.err.constData());
        QVERIFY2(run.err.contains("audited 140 users: "), run.err.constData());
    }

    void auditWritesCsvAndTakesThePendingAge()
    {
        Run run = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--pending-age"),
                       QStringLiteral("45")});
        QVERIFY2(run.finished && run.exitCode == CliExit::Success, run.why());
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.first(), QByteArray("kind,user_id,user_name,phone_number_id,phone_number,explanation\r"));
        // One of the two planted stale codes is younger than 45 days.
        QCOMPARE(lines.size() - 2, m_sandbox.store().auditCases().size() - 1);
        QCOMPARE(run.out.count("stale_verification,"), qsizetype(1));

        run = cli({QStringLiteral("audit"), QStringLiteral("--pending-age"), QStringLiteral("soon")});
        QCOMPARE(run.exitCode, int(CliExit::Usage));
        run = cli({QStringLiteral("audit"), QStringLiteral("--force")});
        QCOMPARE(run.exitCode, int(CliExit::Usage));
        run = cli({QStringLiteral("list"), QStringLiteral("--pending-age"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, int(CliExit::Usage));
    }

    void refusesToTurnTwoFactorOffWithoutForce()
    {
        const QString userId = bareUser();
        const QString factor = addNumber(userId, true);
        QVERIFY(user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());
        const QString name = str(user(userId), "first_name") + QLatin1Char(' ') + str(user(userId), "last_name");

        Run run = cli({QStringLiteral("delete"), factor, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == CliExit::LockoutRefused, run.why());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("After this, 2FA is off for %1: no second factor is left.").arg(name).toUtf8()),
                 run.err.constData());
        QVERIFY2(run.err.contains("--force"), run.err.constData());
        QCOMPARE(m_sandbox.store().getPhoneNumber(factor).status, 200);

        run = cli({QStringLiteral("disable-mfa"), userId});
        QVERIFY2(run.finished && run.exitCode == CliExit::LockoutRefused, run.why());
        QVERIFY(user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());

        run = cli({QStringLiteral("update"), factor, QStringLiteral("--reserved-for-second-factor"), QStringLiteral("false")});
        QVERIFY2(run.finished && run.exitCode == CliExit::LockoutRefused, run.why());
        QVERIFY(objectOf(m_sandbox.store().getPhoneNumber(factor).body).value(QLatin1StringView("reserved_for_second_factor")).toBool());

        run = cli({QStringLiteral("disable-mfa"), userId, QStringLiteral("--force")});
        QVERIFY2(run.finished && run.exitCode == CliExit::Success, run.why());
        QVERIFY2(run.err.contains("warning (--force): After this, 2FA is off"), run.err.constData());
        QVERIFY(!user(userId).value(QLatin1StringView("two_factor_enabled")).toBool());
    }

    void refusesToTakeTheLastPhoneSignInWithoutForce()
    {
        const QString userId = bareUser();
        const QString only = addNumber(userId, false);
        const QString email = str(user(userId).value(QLatin1StringView("email_addresses")).toArray().first().toObject(), "email_address");

        Run run = cli({QStringLiteral("update"), only, QStringLiteral("--verified"), QStringLiteral("false")});
        QVERIFY2(run.finished && run.exitCode == CliExit::LockoutRefused, run.why());
        QVERIFY2(run.err.contains(QStringLiteral("can no longer sign in with a phone number; they still have email %1.").arg(email).toUtf8()),
                 run.err.constData());
        QCOMPARE(str(objectOf(m_sandbox.store().getPhoneNumber(only).body).value(QLatin1StringView("verification")).toObject(), "status"),
                 QStringLiteral("verified"));

        run = cli({QStringLiteral("replace-phone"), userId, QStringLiteral("--phone-number"), QStringLiteral("+4915166699999"),
                   QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == CliExit::Success, run.why()); // the new number is verified: nothing lost

        const QString replaced = str(objectOf(run.out), "id");
        run = cli({QStringLiteral("delete"), replaced, QStringLiteral("--yes")});
        QVERIFY2(run.finished && run.exitCode == CliExit::LockoutRefused, run.why());
        run = cli({QStringLiteral("delete"), replaced, QStringLiteral("--yes"), QStringLiteral("--force")});
        QVERIFY2(run.finished && run.exitCode == CliExit::Success, run.why());
        QCOMPARE(m_sandbox.store().getPhoneNumber(replaced).status, 404);
    }

    void helpNamesExitFive()
    {
        const Run run = runCli({QStringLiteral("--help")}, environment({}));
        QVERIFY(run.out.contains("  5  refused, nothing sent"));
        QVERIFY(run.out.contains("audit [--format jsonl|csv] [--pending-age DAYS]"));
    }
};

QTEST_GUILESS_MAIN(TestCliGuard)
#include "tst_cli_guard.moc"

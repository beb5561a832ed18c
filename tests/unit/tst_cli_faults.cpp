// SPDX-License-Identifier: MIT
// phonedesk-cli list as a program against the sandbox with its faults: a whole walk of 6,000
// users through server errors, latency and a rate limit yields exactly the numbers of a clean
// walk; unreadable answers and a server that dies mid-walk end with exit 4 and a reason within
// a minute.
#include "clirun.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxfaults.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QTest>

using namespace PhoneDesk;

class TestCliFaults : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;

    QStringList listArguments(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()} + extra + QStringList{QStringLiteral("list")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = 6000;
        options.seed = 21;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void cleanup() { m_sandbox.setFaults({}); }

    void aWalkThroughFaultsListsExactlyTheCleanNumbers()
    {
        const QProcessEnvironment env = environment(m_sandbox.secretKey());
        const Run clean = runCli(listArguments({QStringLiteral("--rate-limit"), QStringLiteral("0")}), env);
        QVERIFY2(clean.finished && clean.exitCode == 0, clean.why());
        QVERIFY(clean.out.count('\n') > 6000); // users have 0–3 numbers each

        SandboxFaults faults;
        faults.failRate = 0.2;
        faults.latencyMs = 30;
        faults.rateLimit = 6;
        faults.seed = 4;
        m_sandbox.setFaults(faults);
        const SandboxStats before = m_sandbox.stats();
        QElapsedTimer clock;
        clock.start();
        // About 20 requests at 6 per 10 s: a slow walk by design, given time to spare under load.
        const Run faulty = runCli(listArguments({QStringLiteral("--rate-limit"), QStringLiteral("6")}), env, 240000);
        const qint64 wallMs = clock.elapsed();
        QVERIFY2(faulty.finished && faulty.exitCode == 0, faulty.why());
        QCOMPARE(faulty.out.count('\n'), clean.out.count('\n'));
        // The same numbers, byte for byte; the order of the slices' pages may differ from run to run.
        QByteArrayList faultyLines = faulty.out.split('\n');
        QByteArrayList cleanLines = clean.out.split('\n');
        std::sort(faultyLines.begin(), faultyLines.end());
        std::sort(cleanLines.begin(), cleanLines.end());
        QVERIFY(faultyLines == cleanLines);
        const SandboxStats after = m_sandbox.stats();
        QVERIFY(after.serverErrors > before.serverErrors);
        // Retries were said on stderr, never with the key.
        QVERIFY2(faulty.err.contains("retrying in"), faulty.err.constData());
        QVERIFY(!faulty.err.contains(m_sandbox.secretKey().toUtf8()));
        qInfo("walk of 6000 users under --fail-rate 0.2 --latency-ms 30 --rate-limit 6: %lld ms, %lld requests, "
              "%lld server errors, %lld rate limited (429)",
              wallMs, after.requests - before.requests, after.serverErrors - before.serverErrors,
              after.rateLimited - before.rateLimited);
    }

    void unreadableAnswersEndWithExit4WithinAMinute()
    {
        SandboxFaults faults;
        faults.malformedRate = 1.0;
        m_sandbox.setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        const Run run = runCli(listArguments(), environment(m_sandbox.secretKey()));
        QVERIFY2(run.finished && run.exitCode == 4, run.why());
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("GET /users answered with a body that") && run.err.contains("gave up after"),
                 run.err.constData());
    }

    void aServerThatDiesMidWalkEndsWithExit4WithinAMinute()
    {
        Sandbox dying;
        Sandbox::Options options;
        options.users = 3000;
        options.seed = 22;
        options.faults.latencyMs = 150;
        QString error;
        QVERIFY2(dying.start(options, &error), qPrintable(error));
        QProcess process;
        process.setProcessEnvironment(environment(dying.secretKey()));
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, &process, [&] { out += process.readAllStandardOutput(); });
        process.start(QStringLiteral(PHONEDESK_CLI_PROGRAM),
                      {QStringLiteral("--api-url"), dying.baseUrl().toString(), QStringLiteral("list")});
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 20000);
        QElapsedTimer clock;
        clock.start();
        dying.stop();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 4, err.constData());
        QVERIFY2(err.contains("GET /users (after user_") && err.contains("gave up after"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"

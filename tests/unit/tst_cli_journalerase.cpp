// SPDX-License-Identifier: MIT
// phonedesk-cli journal purge --before YYYY-MM-DD and journal forget USER_ID on the journal of the
// environment's key: what they print, their exit codes, the file they leave (only the newer
// entries; no line with the user), the refusals of wrong arguments, and the retention every
// command applies when it opens the journal (entries older than 90 days go, said on stderr).
#include "clirun.h"

#include "journal/journalentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace PhoneDesk;

namespace {
QByteArray lineOf(const QString &id, const QString &userId, const QDateTime &time)
{
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"), userId,
                                          QStringLiteral("idn_1"));
    entry.id = id;
    entry.time = time;
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

class TestCliJournalErase : public QObject
{
    Q_OBJECT

    QString journalPath() const { return testDataHome() + QStringLiteral("/PhoneDesk/journal-environment.jsonl"); }
    Run cli(const QStringList &arguments) { return runCli(arguments, environment({})); }
    bool writeJournal(const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(journalPath()).absolutePath());
        QFile file(journalPath());
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }
    QByteArray journal()
    {
        QFile file(journalPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { ::umask(022); }

    void forgetRemovesEveryLineOfTheUser()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray kept = lineOf(QStringLiteral("e2"), QStringLiteral("user_keep"), now.addDays(-2));
        QVERIFY(writeJournal(lineOf(QStringLiteral("e1"), QStringLiteral("user_gone"), now.addDays(-3)) + kept
                             + lineOf(QStringLiteral("e3"), QStringLiteral("user_gone"), now.addDays(-1))));
        const Run run = cli({QStringLiteral("journal"), QStringLiteral("forget"), QStringLiteral("user_gone")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("removed 2 entries of user_gone from %1; 1 kept\n").arg(journalPath()));
        QVERIFY(!journal().contains("user_gone"));
        QCOMPARE(journal(), kept);

        // Nobody left to forget: still done, and said.
        const Run again = cli({QStringLiteral("journal"), QStringLiteral("forget"), QStringLiteral("user_gone")});
        QVERIFY2(again.finished && again.exitCode == 0, again.why());
        QVERIFY2(again.out.startsWith("removed 0 entries of user_gone"), again.out.constData());
    }

    void purgeKeepsExactlyTheNewerEntries()
    {
        const QDate day = QDate::currentDate().addDays(-5);
        const QDateTime midnight = day.startOfDay();
        const QByteArray atDay = lineOf(QStringLiteral("p3"), QStringLiteral("user_p"), midnight);
        const QByteArray later = lineOf(QStringLiteral("p4"), QStringLiteral("user_p"), midnight.addDays(2));
        QVERIFY(writeJournal(lineOf(QStringLiteral("p1"), QStringLiteral("user_p"), midnight.addDays(-3))
                             + lineOf(QStringLiteral("p2"), QStringLiteral("user_p"), midnight.addMSecs(-1)) + atDay + later));
        const Run run = cli({QStringLiteral("journal"), QStringLiteral("purge"), QStringLiteral("--before"),
                             day.toString(Qt::ISODate)});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("removed 2 entries before %1 from %2; 2 kept\n")
                                                 .arg(day.toString(Qt::ISODate), journalPath()));
        QCOMPARE(journal(), atDay + later);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(journalPath()).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
    }

    void everyCommandAppliesTheRetention()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray recent = lineOf(QStringLiteral("r2"), QStringLiteral("user_r"), now.addDays(-10));
        QVERIFY(writeJournal(lineOf(QStringLiteral("r1"), QStringLiteral("user_r"), now.addDays(-100)) + recent));
        const Run run = cli({QStringLiteral("journal")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.err.contains("removed 1 journal entry older than 90 days"), run.err.constData());
        QCOMPARE(run.out, recent);
    }

    void anOlderWideJournalIsNarrowedAndSaidSo()
    {
        QVERIFY(writeJournal(lineOf(QStringLiteral("w1"), QStringLiteral("user_w"), QDateTime::currentDateTimeUtc())));
        QVERIFY(::chmod(QFile::encodeName(journalPath()).constData(), 0644) == 0);
        const Run run = cli({QStringLiteral("journal")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.err.contains("could read " + journalPath().toUtf8() + "; made private"), run.err.constData());
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(journalPath()).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        // Once: the next command has nothing to say.
        const Run again = cli({QStringLiteral("journal")});
        QVERIFY2(again.err.isEmpty(), again.err.constData());
    }

    void wrongArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("purge without --before") << QStringList{QStringLiteral("journal"), QStringLiteral("purge")}
                                                << QByteArray("journal purge needs --before YYYY-MM-DD");
        QTest::newRow("purge on no day") << QStringList{QStringLiteral("journal"), QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("2026-13-01")}
                                         << QByteArray("--before must be a day as YYYY-MM-DD");
        QTest::newRow("purge with an argument") << QStringList{QStringLiteral("journal"), QStringLiteral("purge"), QStringLiteral("x"), QStringLiteral("--before"), QStringLiteral("2026-01-01")}
                                                << QByteArray("journal purge takes no arguments");
        QTest::newRow("forget without id") << QStringList{QStringLiteral("journal"), QStringLiteral("forget")}
                                           << QByteArray("journal forget takes exactly one user id");
        QTest::newRow("forget with two ids") << QStringList{QStringLiteral("journal"), QStringLiteral("forget"), QStringLiteral("a"), QStringLiteral("b")}
                                             << QByteArray("journal forget takes exactly one user id");
        QTest::newRow("forget with --before") << QStringList{QStringLiteral("journal"), QStringLiteral("forget"), QStringLiteral("a"), QStringLiteral("--before"), QStringLiteral("2026-01-01")}
                                              << QByteArray("--before does not apply to journal forget");
        QTest::newRow("purge with --format") << QStringList{QStringLiteral("journal"), QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("2026-01-01"), QStringLiteral("--format"), QStringLiteral("csv")}
                                             << QByteArray("--format does not apply to journal purge");
        QTest::newRow("an unknown subcommand") << QStringList{QStringLiteral("journal"), QStringLiteral("erase")}
                                               << QByteArray("journal takes purge --before YYYY-MM-DD, forget USER_ID, or nothing");
        QTest::newRow("--before on the listing") << QStringList{QStringLiteral("journal"), QStringLiteral("--before"), QStringLiteral("2026-01-01")}
                                                 << QByteArray("--before applies to journal purge only");
        QTest::newRow("--before elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--before"), QStringLiteral("2026-01-01")}
                                            << QByteArray("--before does not apply to list");
    }
    void wrongArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        const QByteArray before = journal();
        const Run run = cli(arguments);
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(run.err.contains(says), run.err.constData());
        QCOMPARE(journal(), before);
    }

    void aJournalThatCannotBeRewrittenExits3()
    {
        // The journal's name taken by a folder: it cannot be read, let alone replaced.
        QFile::remove(journalPath());
        QVERIFY(QDir().mkpath(journalPath()));
        const Run run = cli({QStringLiteral("journal"), QStringLiteral("forget"), QStringLiteral("user_x")});
        QVERIFY(QDir(journalPath()).removeRecursively());
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY2(run.err.contains("cannot be read"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliJournalErase)
#include "tst_cli_journalerase.moc"

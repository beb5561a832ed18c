// SPDX-License-Identifier: MIT
// Customer data at rest, on the disk, with the umask most accounts have (022): a new journal is
// 0600 in folders 0700 (missing parents too), a journal and folder an older version left 0644 and
// 0755 are narrowed when the journal is opened and said so once, the settings and the exports are
// 0600; the rewrites (retention, purge, forget) keep exactly what they should, and a rewrite
// killed (SIGKILL) at any moment leaves the old file or the new one, whole; appends made by another
// process during rewrites are never lost.
#include "journal/journal.h"
#include "settings/profilestore.h"
#include "storage/privatefiles.h"
#include "ui/journalview/journalfiltermodel.h"
#include "ui/journalview/journallistmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <algorithm>

using namespace PhoneDesk;

namespace {
// The mode bits of `path`, as stat(2) has them.
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

#define COMPARE_MODE(path, expected) \
    QVERIFY2(modeOf(path) == (expected), qPrintable(QStringLiteral("%1 is %2, not %3").arg(path, octal(modeOf(path)), octal(expected))))

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One journal line of `userId` at `time`; `padding` makes it longer (an owner with many numbers).
QByteArray lineOf(const QString &id, const QString &userId, const QDateTime &time, int padding = 0)
{
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"), userId,
                                          QStringLiteral("idn_1"));
    entry.id = id;
    entry.time = time;
    entry.phoneNumber = QStringLiteral("+4915100000001");
    if (padding > 0)
        entry.errorMessage = QString(padding, QLatin1Char('x'));
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

JournalSource source()
{
    return {QStringLiteral("modes"), QStringLiteral("127.0.0.1:1"), QStringLiteral("development")};
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // What a new account usually has: files 0644, folders 0755 unless the program says otherwise.
        ::umask(022);
        QVERIFY(m_dir.isValid());
    }

    void aNewJournalIsPrivate()
    {
        const QString data = m_dir.filePath(QStringLiteral("new/share"));
        const QString path = data + QStringLiteral("/PhoneDesk/journal-demo.jsonl");
        Journal journal;
        journal.open(path, source());
        JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"),
                                              QStringLiteral("user_1"), QStringLiteral("idn_1"));
        QVERIFY2(journal.append(entry), qPrintable(journal.writeError()));
        COMPARE_MODE(path, 0600);
        COMPARE_MODE(data + QStringLiteral("/PhoneDesk"), 0700);
        // Missing parents are made 0700, as the XDG base directory specification asks.
        COMPARE_MODE(data, 0700);
        COMPARE_MODE(m_dir.filePath(QStringLiteral("new")), 0700);
    }

    void anOlderWideJournalIsNarrowedWhenOpened()
    {
        const QString folder = m_dir.filePath(QStringLiteral("older/PhoneDesk"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/journal-profile-Production.jsonl");
        const QString other = folder + QStringLiteral("/journal-demo.jsonl");
        QVERIFY(writeFile(path, lineOf(QStringLiteral("e1"), QStringLiteral("user_1"), QDateTime::currentDateTimeUtc())));
        QVERIFY(writeFile(other, {}));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        COMPARE_MODE(path, 0644);

        Journal journal;
        journal.open(path, source());
        const JournalUpkeep upkeep = journal.tidy(90);
        QVERIFY2(upkeep.error.isEmpty(), qPrintable(upkeep.error));
        COMPARE_MODE(folder, 0700);
        COMPARE_MODE(path, 0600);
        COMPARE_MODE(other, 0600);
        QCOMPARE(upkeep.madePrivate.size(), 3);
        QVERIFY(upkeep.madePrivate.contains(path));
        QCOMPARE(upkeep.expired, 0);
        QCOMPARE(journal.read().entries.size(), 1);
        // Said once: opened again, there is nothing left to narrow.
        QVERIFY(journal.tidy(90).madePrivate.isEmpty());
    }

    void theSettingsArePrivate()
    {
        const QString file = m_dir.filePath(QStringLiteral("config/PhoneDesk/PhoneDesk.ini"));
        ProfileStore store(file);
        Profile profile;
        profile.name = QStringLiteral("Production");
        profile.journalRetentionDays = 30;
        const QString id = store.save(profile);
        COMPARE_MODE(file, 0600);
        COMPARE_MODE(QFileInfo(file).absolutePath(), 0700);
        QCOMPARE(store.profile(id)->journalRetentionDays, 30);
        profile.id = id;
        profile.journalRetentionDays = 0;
        store.save(profile);
        QCOMPARE(ProfileStore(file).profile(id)->journalRetentionDays, 0);
        COMPARE_MODE(file, 0600);
    }

    void aProfileWithoutRetentionKeepsNinetyDays()
    {
        const QString file = m_dir.filePath(QStringLiteral("config-old/PhoneDesk.ini"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(writeFile(file, "[profiles]\na1\\name=Old\nb2\\name=Edited\nb2\\journalRetentionDays=-4\n"));
        const ProfileStore store(file);
        QCOMPARE(store.profile(QStringLiteral("a1"))->journalRetentionDays, Profile::kDefaultJournalRetentionDays);
        QCOMPARE(store.profile(QStringLiteral("b2"))->journalRetentionDays, Profile::kDefaultJournalRetentionDays);
    }

    void exportsArePrivate()
    {
        const QString journalPath = m_dir.filePath(QStringLiteral("export/journal.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(journalPath).absolutePath()));
        QVERIFY(writeFile(journalPath, lineOf(QStringLiteral("e1"), QStringLiteral("user_1"), QDateTime::currentDateTimeUtc())));
        Journal journal;
        journal.open(journalPath, source());
        JournalListModel entries;
        entries.setJournal(&journal);
        JournalFilterModel shown;
        shown.setEntries(&entries);
        const QString fresh = m_dir.filePath(QStringLiteral("export/fresh.csv"));
        QCOMPARE(shown.exportCsv(QUrl::fromLocalFile(fresh)), QString());
        COMPARE_MODE(fresh, 0600);
        // Over a file that was readable by everyone: the export is not.
        const QString existing = m_dir.filePath(QStringLiteral("export/existing.csv"));
        QVERIFY(writeFile(existing, "old"));
        QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
        QCOMPARE(shown.exportCsv(QUrl::fromLocalFile(existing)), QString());
        COMPARE_MODE(existing, 0600);
        QVERIFY(readFile(existing).contains("user_1"));
    }

    void purgeKeepsExactlyTheNewerEntries()
    {
        const QString path = m_dir.filePath(QStringLiteral("purge/journal.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QDate day(2026, 5, 12);
        const QDateTime midnight = day.startOfDay();
        const QByteArray old1 = lineOf(QStringLiteral("old-1"), QStringLiteral("user_1"), midnight.addDays(-3));
        const QByteArray old2 = lineOf(QStringLiteral("old-2"), QStringLiteral("user_2"), midnight.addMSecs(-1));
        const QByteArray atDay = lineOf(QStringLiteral("at-day"), QStringLiteral("user_1"), midnight);
        const QByteArray later = lineOf(QStringLiteral("later"), QStringLiteral("user_3"), midnight.addDays(5));
        QVERIFY(writeFile(path, old1 + "garbage that cannot be dated\n" + atDay + old2 + later));
        Journal journal;
        journal.open(path, source());
        const JournalRewriteResult result = journal.removeBefore(day);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.removed, 2);
        QCOMPARE(result.kept, 3);
        QCOMPARE(result.unreadableKept, 1);
        QCOMPARE(readFile(path), "garbage that cannot be dated\n" + atDay + later);
        COMPARE_MODE(path, 0600);
        // Nothing before the day is left: the same purge again writes nothing.
        QCOMPARE(journal.removeBefore(day).removed, 0);
    }

    void forgetLeavesNoLineWithTheUser()
    {
        const QString path = m_dir.filePath(QStringLiteral("forget/journal.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray other = lineOf(QStringLiteral("e2"), QStringLiteral("user_ab"), now);
        const QByteArray unrelated = lineOf(QStringLiteral("e4"), QStringLiteral("user_b"), now);
        QVERIFY(writeFile(path, lineOf(QStringLiteral("e1"), QStringLiteral("user_a"), now) + other
                                    + "{\"cut off\":\"user_a\"\n" + unrelated
                                    + lineOf(QStringLiteral("e5"), QStringLiteral("user_a"), now)));
        Journal journal;
        journal.open(path, source());
        QCOMPARE(JournalRewrite::removeUser(path, QStringLiteral("user_a"), JournalRewrite::Mode::CountOnly).removed, 3);
        const JournalRewriteResult result = journal.forgetUser(QStringLiteral("user_a"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.removed, 3);
        QCOMPARE(result.kept, 2);
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.contains("\"user_a\""));
        // A longer id that starts with it is someone else.
        QCOMPARE(bytes, other + unrelated);
        QVERIFY(!journal.forgetUser(QString()).ok());
    }

    void countingWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("count/journal.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray bytes = lineOf(QStringLiteral("e1"), QStringLiteral("user_1"), QDateTime(QDate(2020, 1, 1), QTime(0, 0)));
        QVERIFY(writeFile(path, bytes));
        QCOMPARE(JournalRewrite::removeBefore(path, QDateTime::currentDateTimeUtc(), JournalRewrite::Mode::CountOnly).removed, 1);
        QCOMPARE(readFile(path), bytes);
    }

    void retentionRemovesOnlyWhatIsOlder()
    {
        const QString path = m_dir.filePath(QStringLiteral("retention/journal.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QDateTime now(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC);
        const QByteArray recent = lineOf(QStringLiteral("recent"), QStringLiteral("user_1"), now.addDays(-89));
        QVERIFY(writeFile(path, lineOf(QStringLiteral("old"), QStringLiteral("user_1"), now.addDays(-91)) + recent));
        Journal journal;
        journal.open(path, source());
        QCOMPARE(journal.tidy(0, now).expired, 0);
        QCOMPARE(journal.retentionDays(), 0);
        const JournalUpkeep upkeep = journal.tidy(90, now);
        QCOMPARE(upkeep.expired, 1);
        QCOMPARE(journal.retentionDays(), 90);
        QCOMPARE(readFile(path), recent);
    }

    void leftoversOfAKilledRewriteAreRemoved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("leftovers"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/journal-demo.jsonl");
        const QString old = path + QStringLiteral(".AbC123");
        const QString fresh = path + QStringLiteral(".XyZ789");
        const QString other = folder + QStringLiteral("/notes.txt");
        for (const QString &file : {path, old, fresh, other})
            QVERIFY(writeFile(file, "x\n"));
        QFile stale(old);
        QVERIFY(stale.open(QIODevice::ReadWrite));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
        stale.close();
        Journal journal;
        journal.open(path, source());
        (void)journal.tidy(0);
        QVERIFY(!QFile::exists(old));
        // One a rewrite may be renaming this moment stays, and so does whatever else is there.
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::exists(other));
        QVERIFY(QFile::exists(path));
    }

    void rewriteKilledAtAnyMomentLeavesTheOldOrTheNewFile();
    void appendsDuringRewritesAreNeverLost();
};

void TestPrivateFiles::rewriteKilledAtAnyMomentLeavesTheOldOrTheNewFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("killed"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/journal-demo.jsonl");
    // About 30 MB: reading, choosing and writing take long enough to be killed in the middle.
    const QDateTime cutoff(QDate(2026, 5, 12), QTime(0, 0), Qt::UTC);
    QByteArray before, after;
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time = cutoff.addSecs(i % 2 == 0 ? -3600 - i : i);
        const QByteArray line = lineOf(QStringLiteral("e%1").arg(i), QStringLiteral("user_%1").arg(i), time, 1200);
        before += line;
        if (time >= cutoff)
            after += line;
    }
    const QString cutoffText = cutoff.toString(Qt::ISODateWithMs);
    const auto start = [&](QProcess &rewriter) {
        rewriter.start(QStringLiteral(PHONEDESK_JOURNAL_REWRITER), {path, cutoffText});
        return rewriter.waitForStarted(30000) && rewriter.waitForReadyRead(30000) && rewriter.readLine() == "rewriting\n";
    };

    // How long a whole rewrite takes here, so that the kills spread over all of it.
    QVERIFY(writeFile(path, before));
    QElapsedTimer timer;
    {
        QProcess rewriter;
        QVERIFY(start(rewriter));
        timer.start();
        QVERIFY(rewriter.waitForFinished(120000));
        QCOMPARE(rewriter.exitCode(), 0);
    }
    const qint64 wholeMs = std::max<qint64>(timer.elapsed(), 1);
    QCOMPARE(readFile(path), after);
    COMPARE_MODE(path, 0600);

    int old = 0, rewritten = 0;
    const int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(writeFile(path, before));
        QProcess rewriter;
        QVERIFY(start(rewriter));
        // From at once to a little after the rewrite would have ended, with some jitter.
        const qint64 delay = wholeMs * round * 11 / (10 * (rounds - 1)) + QRandomGenerator::global()->bounded(5);
        QThread::msleep(quint64(delay));
        rewriter.kill();
        QVERIFY(rewriter.waitForFinished(30000));
        const QByteArray now = readFile(path);
        QVERIFY2(now == before || now == after,
                 qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3 bytes, neither the old file nor the new")
                                .arg(round).arg(delay).arg(now.size())));
        (now == before ? old : rewritten) += 1;
        // Nothing is left that could be taken for a journal.
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &file : files) {
            if (file != QFileInfo(path).fileName()) {
                QVERIFY2(!file.endsWith(QLatin1StringView(".jsonl")), qPrintable(file));
                QFile::remove(QDir(folder).filePath(file));
                qWarning("a temporary file was left behind: %s", qPrintable(file));
            }
        }
    }
    qInfo("a rewrite of %lld bytes takes %lld ms; killed %d times: %d left the old file, %d the new one",
          qlonglong(before.size()), wholeMs, rounds, old, rewritten);
}

void TestPrivateFiles::appendsDuringRewritesAreNeverLost()
{
    const QString path = m_dir.filePath(QStringLiteral("concurrent/journal.jsonl"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QProcess writer;
    writer.start(QStringLiteral(PHONEDESK_JOURNAL_WRITER), {path});
    QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
    QVERIFY(writer.waitForReadyRead(60000));
    Journal journal;
    journal.open(path, source());
    // Each round adds an entry of this process's and forgets it again: a rewrite while the other
    // process appends as fast as it can; on until the other has appended a good many.
    int rewrites = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 40 || (JournalReader::readFile(path).entries.size() < 200 && timer.elapsed() < 60000);
         ++round) {
        JournalEntry mine = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"),
                                             QStringLiteral("visitor_%1").arg(round), QStringLiteral("idn_1"));
        QVERIFY2(journal.append(mine), qPrintable(journal.writeError()));
        const JournalRewriteResult result = journal.forgetUser(mine.userId);
        QVERIFY2(result.ok(), qPrintable(result.error));
        rewrites += result.removed;
    }
    writer.kill();
    QVERIFY(writer.waitForFinished(30000));
    QVERIFY(rewrites >= 40);
    const QByteArray bytes = readFile(path);
    const JournalContents contents = JournalReader::read(bytes);
    // Every entry the writer appended is there, in order; only a last line cut off by the kill
    // may be damaged.
    QVERIFY(contents.damage.size() <= 1);
    QVERIFY2(contents.entries.size() >= 200, qPrintable(QString::number(contents.entries.size())));
    qInfo("%d rewrites while another process appended %lld entries: none lost", rewrites, qlonglong(contents.entries.size()));
    for (qsizetype i = 0; i < contents.entries.size(); ++i)
        QCOMPARE(contents.entries.at(i).userId, QStringLiteral("user_%1").arg(i));
    COMPARE_MODE(path, 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"

// SPDX-License-Identifier: MIT
// The journal file: entries written and read back, a damaged file (a cut-off last line, garbage)
// read around the damage with the damage reported by line number, a writer killed while
// writing, and the Journal view's models (under QAbstractItemModelTester) with their filters
// and CSV export.
#include "journal/journal.h"
#include "journal/journalcsv.h"
#include "journal/journaldiff.h"
#include "ui/journalview/journalfiltermodel.h"
#include "ui/journalview/journallistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
QJsonObject owner(const QString &userId, const QString &numberId, const QString &number, const QString &status,
                  bool primary)
{
    QJsonObject phone{{QStringLiteral("id"), numberId},
                      {QStringLiteral("phone_number"), number},
                      {QStringLiteral("reserved_for_second_factor"), false},
                      {QStringLiteral("verification"), QJsonObject{{QStringLiteral("status"), status}}}};
    return {{QStringLiteral("id"), userId},
            {QStringLiteral("primary_phone_number_id"), primary ? numberId : QString()},
            {QStringLiteral("two_factor_enabled"), false},
            {QStringLiteral("phone_numbers"), QJsonArray{phone}}};
}

JournalEntry edit(const QString &userId, const QString &numberId, const QString &number)
{
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"), userId, numberId);
    entry.before = owner(userId, numberId, number, QStringLiteral("unverified"), true);
    entry.after = owner(userId, numberId, number, QStringLiteral("verified"), true);
    entry.phoneNumber = number;
    return entry;
}

QByteArray lineOf(JournalEntry entry, const QString &id)
{
    entry.id = id;
    entry.time = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void entriesAreWrittenAndReadBack()
    {
        Journal journal;
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
        journal.open(path, {QStringLiteral("Support EU"), QStringLiteral("api.clerk.com"), QStringLiteral("production")});
        QSignalSpy appended(&journal, &Journal::appended);
        JournalEntry first = edit(QStringLiteral("user_a"), QStringLiteral("idn_a"), QStringLiteral("+4915111111111"));
        QVERIFY2(journal.append(first), qPrintable(journal.writeError()));
        JournalEntry second = edit(QStringLiteral("user_b"), QStringLiteral("idn_b"), QStringLiteral("+4915122222222"));
        second.outcome = JournalEntry::Outcome::Failed;
        second.errorCode = QStringLiteral("resource_not_found");
        second.errorMessage = QStringLiteral("not found");
        second.traceId = QStringLiteral("trace_1");
        QVERIFY(journal.append(second));
        QCOMPARE(appended.size(), 2);
        QVERIFY(!first.id.isEmpty());
        QVERIFY(first.id != second.id);

        const JournalContents contents = journal.read();
        QVERIFY(contents.damage.isEmpty());
        QCOMPARE(contents.entries.size(), 2);
        const JournalEntry &read = contents.entries.at(0);
        QCOMPARE(read.id, first.id);
        QCOMPARE(read.source.profile, QStringLiteral("Support EU"));
        QCOMPARE(read.source.host, QStringLiteral("api.clerk.com"));
        QCOMPARE(read.source.keyKind, QStringLiteral("production"));
        QCOMPARE(read.before, first.before);
        QCOMPARE(read.after, first.after);
        QCOMPARE(read.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(contents.entries.at(1).outcome, JournalEntry::Outcome::Failed);
        QCOMPARE(contents.entries.at(1).errorCode, QStringLiteral("resource_not_found"));
        QCOMPARE(contents.entries.at(1).traceId, QStringLiteral("trace_1"));
        QCOMPARE(journal.find(second.id)->userId, QStringLiteral("user_b"));
        QVERIFY(!journal.find(QStringLiteral("no-such-entry")));

        // Nothing that looks like a key is ever written: only the kind of key.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk_"));
    }

    void operationsAreWrittenUnderTheirNames()
    {
        const QList<std::pair<JournalOperation, QString>> names = {
            {JournalOperation::Update, QStringLiteral("update")},
            {JournalOperation::Create, QStringLiteral("create")},
            {JournalOperation::Delete, QStringLiteral("delete")},
            {JournalOperation::SendCode, QStringLiteral("send_code")},
            {JournalOperation::Verify, QStringLiteral("verify")},
            {JournalOperation::ResetMfa, QStringLiteral("reset_mfa")},
            {JournalOperation::ReplaceNumbers, QStringLiteral("replace_numbers")},
            {JournalOperation::Undo, QStringLiteral("undo")},
            {JournalOperation::Unlock, QStringLiteral("unlock")},
            {JournalOperation::Ban, QStringLiteral("ban")},
            {JournalOperation::Unban, QStringLiteral("unban")},
            {JournalOperation::RemoveTotp, QStringLiteral("remove_totp")},
            {JournalOperation::RemoveBackupCodes, QStringLiteral("remove_backup_codes")},
            {JournalOperation::RevokeSessions, QStringLiteral("revoke_sessions")},
        };
        // Every operation but Unknown has its name here.
        QCOMPARE(names.size(), int(JournalOperation::Unknown));
        for (const auto &[operation, name] : names) {
            QCOMPARE(Journaling::toName(operation), name);
            QCOMPARE(Journaling::fromName(name), operation);
            JournalEntry entry = edit(QStringLiteral("user_o"), QStringLiteral("idn_o"), QStringLiteral("+4915100000000"));
            entry.operation = operation;
            QCOMPARE(entry.toJson().value(QLatin1StringView("operation")).toString(), name);
        }
        QCOMPARE(Journaling::fromName(u"Update"), JournalOperation::Unknown);
        QCOMPARE(Journaling::toName(JournalOperation::Unknown), QString());
    }

    // A journal written by another version may name an operation this one does not know: the
    // entry is read, shown under that name, and written back exactly as it was.
    void anUnknownOperationIsKeptAsWritten()
    {
        JournalEntry entry = edit(QStringLiteral("user_u"), QStringLiteral("idn_u"), QStringLiteral("+4915100000001"));
        QJsonObject json = QJsonDocument::fromJson(lineOf(entry, QStringLiteral("u1"))).object();
        json.insert(QLatin1StringView("operation"), QStringLiteral("merge_numbers"));
        const QByteArray written = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const Parsed<JournalEntry> read = JournalEntry::fromJson(json);
        QVERIFY(read.ok());
        QCOMPARE(read.value().operation, JournalOperation::Unknown);
        QCOMPARE(read.value().operationName(), QStringLiteral("merge_numbers"));
        QCOMPARE(QJsonDocument(read.value().toJson()).toJson(QJsonDocument::Compact), written);
        QCOMPARE(JournalListModel::operationLabel(read.value()), QStringLiteral("merge_numbers"));
        JournalFilter filter;
        filter.operation = QStringLiteral("merge_numbers");
        QVERIFY(filter.matches(read.value()));
        filter.operation = QStringLiteral("update");
        QVERIFY(!filter.matches(read.value()));
        QVERIFY(JournalCsv::line(read.value()).contains(",merge_numbers,"));
    }

    // A sign-out everywhere keeps the sessions it revoked and those it could not; entries written
    // before there were sessions read with none.
    void sessionsOfASignOutAreKept()
    {
        JournalEntry entry = JournalEntry::of(JournalOperation::RevokeSessions, QStringLiteral("POST /sessions/{id}/revoke"),
                                              QStringLiteral("user_s"));
        entry.revokedSessionIds = {QStringLiteral("sess_1"), QStringLiteral("sess_2")};
        entry.failedSessionIds = {QStringLiteral("sess_3")};
        entry.outcome = JournalEntry::Outcome::Failed;
        const QJsonObject json = QJsonDocument::fromJson(lineOf(entry, QStringLiteral("s1"))).object();
        const QJsonObject sessions = json.value(QLatin1StringView("sessions")).toObject();
        QCOMPARE(sessions.value(QLatin1StringView("revoked")).toArray().size(), 2);
        QCOMPARE(sessions.value(QLatin1StringView("failed")).toArray().first().toString(), QStringLiteral("sess_3"));
        const Parsed<JournalEntry> read = JournalEntry::fromJson(json);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().revokedSessionIds, entry.revokedSessionIds);
        QCOMPARE(read.value().failedSessionIds, entry.failedSessionIds);
        QCOMPARE(read.value().operation, JournalOperation::RevokeSessions);
        QVERIFY(JournalCsv::header().endsWith(",before,after,sessions_revoked,sessions_failed\r\n"));
        QVERIFY(JournalCsv::line(read.value()).endsWith(",sess_1;sess_2,sess_3\r\n"));

        const JournalEntry plain = edit(QStringLiteral("user_p"), QStringLiteral("idn_p"), QStringLiteral("+4915100000002"));
        const QJsonObject plainJson = QJsonDocument::fromJson(lineOf(plain, QStringLiteral("p1"))).object();
        QVERIFY(!plainJson.contains(QLatin1StringView("sessions")));
        QVERIFY(JournalEntry::fromJson(plainJson).value().revokedSessionIds.isEmpty());
        QVERIFY(JournalCsv::line(plain).endsWith(",,\r\n"));
    }

    void profilesHaveFilesOfTheirOwn()
    {
        QVERIFY(Journal::pathForProfile(QStringLiteral("EU/prod")) != Journal::pathForProfile(QStringLiteral("EU prod")));
        QVERIFY(!Journal::pathForProfile(QStringLiteral("../x")).contains(QStringLiteral("/../")));
        QVERIFY(Journal::pathForDemo() != Journal::pathForEnvironment());
        QVERIFY(Journal::pathForDemo().startsWith(Journal::folder()));
        const JournalSource source = Journal::sourceFor(QStringLiteral("p"), QUrl(QStringLiteral("http://127.0.0.1:8080/v1")),
                                                        QStringLiteral("sk_test_secret"));
        QCOMPARE(source.host, QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(source.keyKind, QStringLiteral("development"));
    }

    void damagedFileIsReadAroundTheDamage()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.jsonl"));
        const JournalEntry entry = edit(QStringLiteral("user_c"), QStringLiteral("idn_c"), QStringLiteral("+4915133333333"));
        QByteArray bytes = lineOf(entry, QStringLiteral("e1"));
        bytes += "this is not json\n";
        bytes += lineOf(entry, QStringLiteral("e2"));
        bytes += "{\"id\":\"e3\",\"operation\":\"update\"}\n"; // JSON, but no time or outcome
        bytes += lineOf(entry, QStringLiteral("e4"));
        bytes += lineOf(entry, QStringLiteral("e5")).left(40); // cut off by a crash
        QVERIFY(writeFile(path, bytes));

        const JournalContents contents = JournalReader::readFile(path);
        QCOMPARE(contents.entries.size(), 3);
        QCOMPARE(contents.entries.at(0).id, QStringLiteral("e1"));
        QCOMPARE(contents.entries.at(1).id, QStringLiteral("e2"));
        QCOMPARE(contents.entries.at(2).id, QStringLiteral("e4"));
        QCOMPARE(contents.damage.size(), 3);
        QCOMPARE(contents.damage.at(0).line, 2);
        QVERIFY2(contents.damage.at(0).reason.startsWith(QStringLiteral("not JSON")), qPrintable(contents.damage.at(0).reason));
        QCOMPARE(contents.damage.at(1).line, 4);
        QCOMPARE(contents.damage.at(2).line, 6);
        QVERIFY2(contents.damage.at(2).reason.startsWith(QStringLiteral("cut off")), qPrintable(contents.damage.at(2).reason));
        QVERIFY(contents.damageText().at(0).startsWith(QStringLiteral("line 2: ")));

        // The next entry starts on a line of its own: the cut-off line does not swallow it.
        Journal journal;
        journal.open(path, {});
        JournalEntry next = entry;
        QVERIFY(journal.append(next));
        const JournalContents after = journal.read();
        QCOMPARE(after.entries.size(), 4);
        QCOMPARE(after.entries.last().id, next.id);
        QCOMPARE(after.damage.size(), 3);
        QCOMPARE(after.damage.at(2).line, 6);
    }

    void writerKilledWhileWritingLeavesAReadableFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.jsonl"));
        QProcess writer;
        writer.start(QStringLiteral(PHONEDESK_JOURNAL_WRITER), {path});
        QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return writer.canReadLine() || writer.waitForReadyRead(100); }, 60000));
        // Enough entries that the kill lands in the middle of the stream of writes.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 200 * 1024, 60000);
        writer.kill(); // SIGKILL: no chance to finish a line
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const qsizetype completeLines = bytes.count('\n');
        const JournalContents contents = JournalReader::read(bytes);
        // Every complete line is an entry; only a last line cut off by the kill may be damaged.
        QCOMPARE(contents.entries.size(), completeLines);
        QVERIFY(contents.damage.size() <= 1);
        if (!contents.damage.isEmpty()) {
            QCOMPARE(contents.damage.first().line, int(completeLines + 1));
            QVERIFY(!bytes.endsWith('\n'));
        }
        for (qsizetype i = 0; i < contents.entries.size(); ++i)
            QCOMPARE(contents.entries.at(i).userId, QStringLiteral("user_%1").arg(i));
    }

    void diffSaysWhatChanged()
    {
        const JournalEntry entry = edit(QStringLiteral("user_d"), QStringLiteral("idn_d"), QStringLiteral("+4915144444444"));
        const QList<JournalDiff::Field> fields = JournalDiff::of(entry);
        QList<JournalDiff::Field> changed;
        for (const JournalDiff::Field &field : fields) {
            if (field.changed())
                changed.append(field);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().name, QStringLiteral("Verification"));
        QCOMPARE(changed.first().before, QStringLiteral("unverified"));
        QCOMPARE(changed.first().after, QStringLiteral("verified"));
    }

    void csvQuotesFieldsAndKeepsBeforeAndAfter()
    {
        JournalEntry entry = edit(QStringLiteral("user_e"), QStringLiteral("idn_e"), QStringLiteral("+4915155555555"));
        entry.id = QStringLiteral("e1");
        entry.time = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
        entry.outcome = JournalEntry::Outcome::Failed;
        entry.errorMessage = QStringLiteral("Clerk said \"no\", twice");
        const QByteArray line = JournalCsv::line(entry);
        QVERIFY(line.endsWith("\r\n"));
        QVERIFY(line.startsWith("e1,2026-05-12T09:30:00.000Z,"));
        QVERIFY(line.contains(",\"Clerk said \"\"no\"\", twice\","));
        QVERIFY(line.contains("\"\"status\"\":\"\"verified\"\""));
    }

    void viewModelsListNewestFirstAndFilter()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.jsonl"));
        QByteArray bytes;
        JournalEntry old = edit(QStringLiteral("user_f"), QStringLiteral("idn_f"), QStringLiteral("+4915166666666"));
        bytes += lineOf(old, QStringLiteral("old"));
        JournalEntry removed = old;
        removed.operation = JournalOperation::Delete;
        removed.userId = QStringLiteral("user_g");
        removed.phoneNumber = QStringLiteral("+33612345678");
        removed.time = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        removed.id = QStringLiteral("removed");
        bytes += QJsonDocument(removed.toJson()).toJson(QJsonDocument::Compact) + '\n';
        bytes += "garbage\n";
        QVERIFY(writeFile(path, bytes));

        Journal journal;
        journal.open(path, {QStringLiteral("demo"), QStringLiteral("127.0.0.1:1"), QString()});
        JournalListModel entries;
        QAbstractItemModelTester entriesTester(&entries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalFilterModel shown;
        QAbstractItemModelTester shownTester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shown.setEntries(&entries);
        entries.setJournal(&journal);
        QCOMPARE(entries.rowCount(), 2);
        QCOMPARE(entries.data(entries.index(0), JournalListModel::EntryIdRole).toString(), QStringLiteral("removed"));
        QCOMPARE(entries.data(entries.index(1), JournalListModel::EntryIdRole).toString(), QStringLiteral("old"));
        QCOMPARE(entries.data(entries.index(0), JournalListModel::OperationLabelRole).toString(), QStringLiteral("Delete number"));
        QCOMPARE(entries.damage().size(), 1);
        QVERIFY2(entries.damage().first().startsWith(QStringLiteral("line 3: not JSON")), qPrintable(entries.damage().first()));
        QVERIFY(entries.roleNames().keys().first() > Qt::UserRole);

        // A change made now arrives at the top.
        JournalEntry now = edit(QStringLiteral("user_h"), QStringLiteral("idn_h"), QStringLiteral("+4915177777777"));
        QVERIFY(journal.append(now));
        QCOMPARE(entries.rowCount(), 3);
        QCOMPARE(shown.count(), 3);
        QCOMPARE(shown.entry(0).value(QStringLiteral("entryId")).toString(), now.id);

        shown.setText(QStringLiteral("+33 6 12"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.entry(0).value(QStringLiteral("userId")).toString(), QStringLiteral("user_g"));
        shown.setText(QStringLiteral("user_f"));
        QCOMPARE(shown.count(), 1);
        shown.setText({});
        shown.setOperation(QVariant::fromValue(JournalOperation::Update));
        QCOMPARE(shown.count(), 2);
        shown.setOperation({});
        shown.setFromDate(QStringLiteral("2026-05-13"));
        shown.setToDate(QStringLiteral("2026-06-30"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.entry(0).value(QStringLiteral("entryId")).toString(), QStringLiteral("removed"));
        shown.setToDate(QStringLiteral("June"));
        QVERIFY(!shown.dateError().isEmpty());

        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(shown.exportCsv(QUrl::fromLocalFile(csv)), QString());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().split('\n');
        QCOMPARE(lines.first(), JournalCsv::header().chopped(1));
        QCOMPARE(lines.size(), 2 + 2); // header, the two entries from 2026-05-13 on, and the end
        QVERIFY(!shown.exportCsv(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("missing/dir/x.csv")))).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestJournal)

#include "tst_journal.moc"

// SPDX-License-Identifier: MIT
// JournalLineHead, the quick reading of a journal line that the retention and erasure rewrites
// use, against JournalReader, which the journal view and undo use: on every line, well formed or
// not, both say alike whether it is an entry, and give the same id, time and user.
#include "journal/journalentry.h"
#include "journal/journallinehead.h"
#include "journal/journalreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

namespace {
QByteArray validLine()
{
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"),
                                          QStringLiteral("user_1"), QStringLiteral("idn_1"));
    entry.id = QStringLiteral("e1");
    entry.time = QDateTime(QDate(2026, 5, 12), QTime(10, 0, 0, 250), Qt::UTC);
    entry.before = QJsonObject{{QStringLiteral("id"), QStringLiteral("user_1")}};
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
}

// A line with its fields in this order, as an older or hand-edited file may have them.
QByteArray lineOf(const QByteArray &fields)
{
    return "{" + fields + "}";
}

const QByteArray kOutcome = R"("outcome":{"status":"done"})";
const QByteArray kHead = R"("id":"e2","operation":"update","time":"2026-05-12T10:00:00.000Z")";
} // namespace

class TestJournalLineHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheReader_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("entry");

        QTest::newRow("as written") << validLine() << true;
        QTest::newRow("fields in another order") << lineOf(kOutcome + "," + kHead + R"(,"user_id":"user_2")") << true;
        QTest::newRow("time with an offset")
            << lineOf(R"("id":"e3","operation":"update","time":"2026-05-12T12:00:00.000+02:00",)" + kOutcome) << true;
        QTest::newRow("failed outcome")
            << lineOf(kHead + R"(,"user_id":"user_2","outcome":{"status":"failed","code":"form_param_missing"})") << true;
        QTest::newRow("an old entry's metadata names id, time and user_id")
            << lineOf(R"("after":{"private_metadata":{"id":"x","time":"2020-01-01T00:00:00.000Z","user_id":"user_9"}},)" + kHead + ","
                      + kOutcome + R"(,"user_id":"user_2")")
            << true;
        QTest::newRow("user_id a number") << lineOf(kHead + R"(,"user_id":12,)" + kOutcome) << true;
        QTest::newRow("no user_id") << lineOf(kHead + "," + kOutcome) << true;
        QTest::newRow("repeated time: the last counts")
            << lineOf(R"("time":"not a time",)" + kHead + "," + kOutcome) << true;
        QTest::newRow("repeated time: the last is broken") << lineOf(kHead + R"(,"time":"not a time",)" + kOutcome) << false;
        QTest::newRow("repeated id: the last counts") << lineOf(kHead + R"(,"id":"e9",)" + kOutcome) << true;
        QTest::newRow("no id") << lineOf(R"("operation":"update","time":"2026-05-12T10:00:00.000Z",)" + kOutcome) << false;
        QTest::newRow("empty id") << lineOf(R"("id":"","operation":"update","time":"2026-05-12T10:00:00.000Z",)" + kOutcome) << false;
        QTest::newRow("id a number") << lineOf(R"("id":7,"operation":"update","time":"2026-05-12T10:00:00.000Z",)" + kOutcome) << false;
        QTest::newRow("no operation") << lineOf(R"("id":"e2","time":"2026-05-12T10:00:00.000Z",)" + kOutcome) << false;
        QTest::newRow("no time") << lineOf(R"("id":"e2","operation":"update",)" + kOutcome) << false;
        QTest::newRow("time a number") << lineOf(R"("id":"e2","operation":"update","time":1778580000000,)" + kOutcome) << false;
        QTest::newRow("no outcome") << lineOf(kHead) << false;
        QTest::newRow("outcome a string") << lineOf(kHead + R"(,"outcome":"done")") << false;
        QTest::newRow("outcome of another status") << lineOf(kHead + R"(,"outcome":{"status":"pending"})") << false;
        QTest::newRow("cut off") << validLine().left(validLine().size() / 2) << false;
        QTest::newRow("not JSON") << QByteArray("garbage") << false;
        QTest::newRow("an array") << QByteArray("[" + validLine() + "]") << false;
        QTest::newRow("two objects") << QByteArray(validLine() + validLine()) << false;
        QTest::newRow("trailing garbage") << QByteArray(validLine() + " x") << false;
        QTest::newRow("a string with a broken UTF-8 byte")
            << lineOf(kHead + ",\"request\":\"PATCH \xff\"," + kOutcome) << false;
    }

    void agreesWithTheReader()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, entry);
        const std::optional<JournalEntry> read = JournalReader::readLine(line, false, nullptr);
        const std::optional<JournalLineHead> head = JournalLineHead::read(line);
        QCOMPARE(read.has_value(), entry);
        QCOMPARE(head.has_value(), entry);
        if (!entry)
            return;
        QCOMPARE(head->id, read->id);
        QCOMPARE(head->time, read->time);
        QCOMPARE(head->time.timeSpec(), Qt::UTC);
        QCOMPARE(head->userId, read->userId);
    }
};

QTEST_GUILESS_MAIN(TestJournalLineHead)
#include "tst_journallinehead.moc"

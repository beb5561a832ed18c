// SPDX-License-Identifier: MIT
// DigitPattern answers as libphonenumber's regular expressions do for the metadata's kinds of
// patterns: a whole match, a match at the start, and the "$n" rewrite of every match, with the
// rewrites an engine could refuse or read otherwise refused.
#include "phone/digitpattern.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace PhoneDesk;
using Anchoring = DigitPattern::Anchoring;

class TestDigitPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeMatchSpansAllTheText_data();
    void wholeMatchSpansAllTheText();
    void startMatchNeedsOnlyThePrefix();
    void anUnreadablePatternIsInvalid();
    void rewritesEveryMatchWithItsGroups();
    void anUnmatchedGroupRewritesAsNothing();
    void refusesRulesAnEngineCouldReadOtherwise_data();
    void refusesRulesAnEngineCouldReadOtherwise();
    void threadsShareOnePattern();
};

void TestDigitPattern::wholeMatchSpansAllTheText_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "[1-9]\\d{3}" << "1234" << true;
    QTest::newRow("too long") << "[1-9]\\d{3}" << "12345" << false;
    QTest::newRow("too short") << "[1-9]\\d{3}" << "123" << false;
    // The first alternative matches a prefix only: the second must still be tried.
    QTest::newRow("later alternative") << "12|1234" << "1234" << true;
    QTest::newRow("group alternatives") << "1(?:5[0-25-9]\\d{8}|6[023]\\d{7,8})" << "15123456789" << true;
    QTest::newRow("not at the start") << "23" << "123" << false;
    QTest::newRow("empty text") << "\\d+" << "" << false;
}

void TestDigitPattern::wholeMatchSpansAllTheText()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const DigitPattern compiled(pattern.toStdString(), Anchoring::Whole);
    QVERIFY(compiled.isValid());
    QCOMPARE(compiled.matches(text.toStdString()), matches);
}

void TestDigitPattern::startMatchNeedsOnlyThePrefix()
{
    const DigitPattern prefix("0|(?:1[2-9])", Anchoring::Start);
    QVERIFY(prefix.isValid());
    QVERIFY(prefix.matches("0301234567"));
    QVERIFY(prefix.matches("1301"));
    QVERIFY(!prefix.matches("2013"));
    QVERIFY(!prefix.matches("110"));
    QVERIFY(!prefix.matches(""));
}

void TestDigitPattern::anUnreadablePatternIsInvalid()
{
    const DigitPattern broken("(12", Anchoring::Whole);
    QVERIFY(!broken.isValid());
    QVERIFY(!broken.matches("12"));
    std::string out = "kept";
    QVERIFY(!broken.replaceAll("12", "$1", &out));
    QCOMPARE(out, std::string("kept"));
}

void TestDigitPattern::rewritesEveryMatchWithItsGroups()
{
    const DigitPattern pattern("(\\d{3})(\\d{3})(\\d{4})", Anchoring::Anywhere);
    QCOMPARE(pattern.groupCount(), 3);
    std::string out;
    QVERIFY(pattern.replaceAll("2015550123", "($1) $2-$3", &out));
    QCOMPARE(out, std::string("(201) 555-0123"));
    // Every match is rewritten, and what lies between them is kept.
    const DigitPattern pair("(\\d)(\\d)", Anchoring::Anywhere);
    QVERIFY(pair.replaceAll("12345", "$2$1.", &out));
    QCOMPARE(out, std::string("21.43.5"));
    // No match: the text as it is.
    QVERIFY(pattern.replaceAll("12", "$1-$2", &out));
    QCOMPARE(out, std::string("12"));
    // $0 is the whole match.
    QVERIFY(pattern.replaceAll("2015550123", "[$0]", &out));
    QCOMPARE(out, std::string("[2015550123]"));
}

void TestDigitPattern::anUnmatchedGroupRewritesAsNothing()
{
    const DigitPattern pattern("(\\d{2})(?:(9)|(\\d))", Anchoring::Anywhere);
    std::string out;
    QVERIFY(pattern.replaceAll("123", "$1<$2>$3", &out));
    QCOMPARE(out, std::string("12<>3"));
}

void TestDigitPattern::refusesRulesAnEngineCouldReadOtherwise_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("group the pattern lacks") << "$1 $3";
    QTest::newRow("dollar without digit") << "$1 $";
    QTest::newRow("dollar and letter") << "$NP $1";
    QTest::newRow("backslash") << "\\1 $2";
}

void TestDigitPattern::refusesRulesAnEngineCouldReadOtherwise()
{
    QFETCH(QString, rule);
    const DigitPattern pattern("(\\d{2})(\\d+)", Anchoring::Anywhere);
    std::string out = "kept";
    QVERIFY(!pattern.replaceAll("12345", rule.toStdString(), &out));
    QCOMPARE(out, std::string("kept"));
}

void TestDigitPattern::threadsShareOnePattern()
{
    // One compiled pattern, matched and rewritten by several threads at once (each has its own
    // match data); a wrong answer in any thread fails the test.
    const DigitPattern whole("(\\d{4})(\\d{3,4})", Anchoring::Whole);
    const DigitPattern rewrite("(\\d{4})(\\d{3,4})", Anchoring::Anywhere);
    std::atomic<int> wrong{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&, t] {
            for (int i = 0; i < 20000; ++i) {
                const std::string text = std::to_string(1000000 + t * 100000 + i % 99999);
                std::string out;
                if (!whole.matches(text) || !rewrite.replaceAll(text, "$1 $2", &out)
                    || out != text.substr(0, 4) + ' ' + text.substr(4))
                    ++wrong;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestDigitPattern)
#include "tst_digitpattern.moc"

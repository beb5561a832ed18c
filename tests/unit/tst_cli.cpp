// SPDX-License-Identifier: MIT
// phonedesk-cli as a program, run with QProcess against the in-process sandbox (its server has
// its own thread) and against scripted peers: the whole walk, both formats, --query, get, every
// exit code, unusual data, streaming page by page, and a key that never reaches the output.
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
#include "clirun.h"
#include "scriptedhttppeer.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <QTimer>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_cli_Zq7pW3kX9vLm");
const QStringList kCsvHeader = {
    QStringLiteral("user_id"), QStringLiteral("phone_number_id"), QStringLiteral("phone_number"),
    QStringLiteral("e164_valid"), QStringLiteral("region"), QStringLiteral("type"),
    QStringLiteral("verification_status"), QStringLiteral("verification_strategy"),
    QStringLiteral("verification_attempts"), QStringLiteral("verification_expire_at"), QStringLiteral("reserved"),
    QStringLiteral("reserved_for_second_factor"), QStringLiteral("default_second_factor"), QStringLiteral("primary"),
    QStringLiteral("linked_to"), QStringLiteral("created_at"), QStringLiteral("updated_at")};

QByteArray httpAnswer(const QByteArray &statusLine, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Splits RFC 4180 text into records; false if it is not well formed (bare quotes, bare LF…).
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && text.at(i + 1) != QLatin1Char(',') && text.at(i + 1) != QLatin1Char('\r'))
                        return false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return false;
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && record.isEmpty() && field.isEmpty(); // the last record ends with CRLF
}

// The lines of JSON-lines output, each parsed; false with a message if one is not an object.
bool parseJsonLines(const QByteArray &out, QList<QJsonObject> *objects, QByteArray *problem)
{
    if (!out.isEmpty() && !out.endsWith('\n')) {
        *problem = "the output does not end with a line break";
        return false;
    }
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            *problem = "line " + QByteArray::number(i + 1) + " is not a JSON object: " + lines.at(i).left(200);
            return false;
        }
        objects->append(doc.object());
    }
    return true;
}

struct ExpectedNumber
{
    QString userId;
    bool primary = false;
    QJsonObject raw;
};

// A peer that answers the request for page n (offset n · 500) with the n-th answer (an empty
// page beyond them), and holds one of them until told.
class PagedPeer : public QTcpServer
{
public:
    PagedPeer(QList<QByteArray> answers, int holdIndex)
        : m_answers(std::move(answers))
        , m_holdIndex(holdIndex)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
                    m_requests.append(line);
                    buffer.remove(0, end + 4);
                    // The page after user_NNNNNN is page (NNNNNN + 1) / 500; without a cursor, the first.
                    const qsizetype at = line.indexOf("starting_after=user_");
                    const int index = at < 0 ? 0 : (line.mid(at + 20).split('&').first().split(' ').first().toInt() + 1) / 500;
                    if (index == m_holdIndex)
                        m_held = socket;
                    else
                        answer(socket, index);
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    void release()
    {
        if (m_held)
            answer(m_held, m_holdIndex);
    }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

private:
    void answer(QTcpSocket *socket, int index)
    {
        socket->write(m_answers.value(index, httpAnswer("200 OK", "[]")));
        socket->disconnectFromHost();
    }

    QList<QByteArray> m_answers;
    int m_holdIndex;
    QPointer<QTcpSocket> m_held;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

// A page of `count` users with one number each, ids numbered from `first`.
QByteArray usersPage(int first, int count)
{
    QJsonArray users;
    for (int i = first; i < first + count; ++i) {
        const QString suffix = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        users.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("user_") + suffix},
            {QStringLiteral("object"), QStringLiteral("user")},
            {QStringLiteral("phone_numbers"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("idn_") + suffix},
                                    {QStringLiteral("object"), QStringLiteral("phone_number")},
                                    {QStringLiteral("phone_number"), QStringLiteral("+1415555") + suffix.right(4)},
                                    {QStringLiteral("verification"), QJsonValue::Null},
                                    {QStringLiteral("linked_to"), QJsonArray()}}}}});
    }
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;

    QStringList withApi(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()} + arguments;
    }

    // Every phone number of the sandbox (matching `query`), walked by offset straight from the
    // store: independent of the cursor walk under test.
    QHash<QString, ExpectedNumber> expectedNumbers(const QString &query = {})
    {
        QHash<QString, ExpectedNumber> numbers;
        for (int offset = 0;; offset += 500) {
            QueryItems items{{QStringLiteral("limit"), QStringLiteral("500")}, {QStringLiteral("offset"), QString::number(offset)}};
            if (!query.isEmpty())
                items.append({QStringLiteral("query"), query});
            const SandboxReply reply = m_sandbox.store().listUsers(items);
            const QJsonArray users = QJsonDocument::fromJson(reply.body).array();
            for (const QJsonValue &user : users) {
                const QJsonObject u = user.toObject();
                const QString userId = u.value(QLatin1StringView("id")).toString();
                const QString primary = u.value(QLatin1StringView("primary_phone_number_id")).toString();
                for (const QJsonValue &phone : u.value(QLatin1StringView("phone_numbers")).toArray()) {
                    const QJsonObject p = phone.toObject();
                    const QString id = p.value(QLatin1StringView("id")).toString();
                    numbers.insert(id, {userId, id == primary, p});
                }
            }
            if (users.size() < 500)
                return numbers;
        }
    }

    // Checks JSON-lines output against the expected numbers: each exactly once, as sent.
    static void compareJsonLines(const QByteArray &out, const QHash<QString, ExpectedNumber> &expected)
    {
        QList<QJsonObject> lines;
        QByteArray problem;
        QVERIFY2(parseJsonLines(out, &lines, &problem), problem.constData());
        QSet<QString> seen;
        for (QJsonObject line : lines) {
            const QString id = line.value(QLatin1StringView("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("%1 printed twice").arg(id)));
            seen.insert(id);
            QVERIFY2(expected.contains(id), qPrintable(QStringLiteral("%1 is not expected").arg(id)));
            QVERIFY(line.value(QLatin1StringView("user_id")).isString());
            QCOMPARE(line.take(QLatin1StringView("user_id")).toString(), expected.value(id).userId);
            QCOMPARE(line, expected.value(id).raw);
        }
        QCOMPARE(seen.size(), expected.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        Sandbox::Options options;
        options.users = 1200;
        options.seed = 11;
        options.secretKey = kKey;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void listsEveryNumberOnceAsTheApiSentIt()
    {
        const QHash<QString, ExpectedNumber> expected = expectedNumbers();
        QVERIFY(expected.size() > 1200); // three pages of users, more numbers than users
        const Run run = runCli(withApi({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("jsonl")}),
                               environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        compareJsonLines(run.out, expected);
        // jsonl is the default format. The walk's slices interleave as their answers arrive
        // (docs/walking.md), so two runs print the same lines, not always in the same order.
        const Run byDefault = runCli(withApi({QStringLiteral("list")}), environment(kKey));
        QVERIFY2(byDefault.finished && byDefault.exitCode == 0, byDefault.why());
        QList<QByteArray> defaultLines = byDefault.out.split('\n');
        QList<QByteArray> jsonlLines = run.out.split('\n');
        std::sort(defaultLines.begin(), defaultLines.end());
        std::sort(jsonlLines.begin(), jsonlLines.end());
        QCOMPARE(defaultLines, jsonlLines);
    }

    void listsEveryNumberAsOneQuotedCsvRow()
    {
        const QHash<QString, ExpectedNumber> expected = expectedNumbers();
        const Run run = runCli(withApi({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}),
                               environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QList<QStringList> records;
        QVERIFY2(parseCsv(QString::fromUtf8(run.out), &records), run.out.left(500).constData());
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.takeFirst(), kCsvHeader);
        QCOMPARE(records.size(), expected.size());
        QSet<QString> seen;
        int primaries = 0;
        for (const QStringList &row : std::as_const(records)) {
            QCOMPARE(row.size(), kCsvHeader.size());
            const QString id = row.at(1);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(expected.contains(id));
            const ExpectedNumber &number = expected.value(id);
            QCOMPARE(row.at(0), number.userId);
            QCOMPARE(row.at(2), number.raw.value(QLatin1StringView("phone_number")).toString());
            QCOMPARE(row.at(13), number.primary ? QStringLiteral("true") : QStringLiteral("false"));
            primaries += number.primary ? 1 : 0;
            const QJsonObject verification = number.raw.value(QLatin1StringView("verification")).toObject();
            QCOMPARE(row.at(6), verification.value(QLatin1StringView("status")).toString());
            QStringList links;
            for (const QJsonValue &link : number.raw.value(QLatin1StringView("linked_to")).toArray())
                links.append(link.toObject().value(QLatin1StringView("type")).toString() + QLatin1Char(':')
                             + link.toObject().value(QLatin1StringView("id")).toString());
            QCOMPARE(row.at(14), links.join(QLatin1Char(';')));
        }
        QVERIFY(primaries > 0);
    }

    void narrowsTheListWithQuery()
    {
        const QString query = QStringLiteral("+49");
        const QHash<QString, ExpectedNumber> expected = expectedNumbers(query);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < expectedNumbers().size());
        const Run run = runCli(withApi({QStringLiteral("list"), QStringLiteral("--query"), query}), environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        compareJsonLines(run.out, expected);
    }

    void printsOneNumberAsTheApiSentIt()
    {
        const QHash<QString, ExpectedNumber> expected = expectedNumbers();
        const QString id = expected.constBegin().key();
        // The base URL may come from CLERK_API_URL as well.
        const Run run = runCli({QStringLiteral("get"), id}, environment(kKey, m_sandbox.baseUrl().toString()));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), QJsonDocument::fromJson(m_sandbox.store().getPhoneNumber(id).body).object());
        QCOMPARE(doc.object(), expected.value(id).raw);
    }

    void refusesBadUsageAndConfigurationWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        const QString list = QStringLiteral("list");
        QTest::newRow("no key") << QStringList{list} << QString() << QStringLiteral("CLERK_SECRET_KEY");
        QTest::newRow("blank key") << QStringList{list} << QStringLiteral("  ") << QStringLiteral("CLERK_SECRET_KEY");
        QTest::newRow("no command") << QStringList{} << kKey << QStringLiteral("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("erase")} << kKey << QStringLiteral("unknown command");
        QTest::newRow("unknown format") << QStringList{list, QStringLiteral("--format"), QStringLiteral("xml")} << kKey
                                        << QStringLiteral("--format");
        QTest::newRow("unknown option") << QStringList{list, QStringLiteral("--secret-key"), kKey} << kKey
                                        << QStringLiteral("secret-key");
        QTest::newRow("get without id") << QStringList{QStringLiteral("get")} << kKey << QStringLiteral("get");
        QTest::newRow("get with two ids") << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("b")}
                                          << kKey << QStringLiteral("get");
        QTest::newRow("list with an argument") << QStringList{list, QStringLiteral("extra")} << kKey << QStringLiteral("list");
        QTest::newRow("plain http elsewhere") << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://example.com/v1"), list}
                                              << kKey << QStringLiteral("plain http");
        QTest::newRow("not a URL") << QStringList{QStringLiteral("--api-url"), QStringLiteral("ftp://example.com/v1"), list}
                                   << kKey << QStringLiteral("https://");
    }

    void refusesBadUsageAndConfigurationWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const Run run = runCli(arguments, environment(key));
        QVERIFY2(run.finished && run.exitCode == 2, run.why());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.contains(kKey.toUtf8()));
    }

    void documentsTheExitCodesInHelp()
    {
        const Run run = runCli({QStringLiteral("--help")}, environment({}));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        for (const char *text : {"Exit codes:", "CLERK_SECRET_KEY", "CLERK_API_URL", "list", "get ID", "--format", "create --user-id",
                                 "update ID", "delete ID --yes", "send-code ID", "verify ID", "code not accepted",
                                 "disable-mfa USER_ID", "replace-phone USER_ID", "E.164"})
            QVERIFY2(run.out.contains(text), text);
        for (const char *code : {"  0  ", "  2  ", "  3  ", "  4  "})
            QVERIFY2(run.out.contains(code), code);
    }

    void exits3WithTheTraceIdWhenTheKeyIsWrong()
    {
        const QString wrongKey = QStringLiteral("sk_test_wrong_Hs83kd0");
        const Run run = runCli(withApi({QStringLiteral("--verbose"), QStringLiteral("list")}), environment(wrongKey));
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("HTTP 401")), run.err.constData());
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("clerk trace id [0-9a-f]{32}"))), run.err.constData());
        QVERIFY(!err.contains(wrongKey));
    }

    void exits3ForAnUnknownId()
    {
        const Run run = runCli(withApi({QStringLiteral("get"), QStringLiteral("idn_does_not_exist")}), environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 3, run.why());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("HTTP 404") && run.err.contains("clerk trace id"), run.err.constData());
    }

    void exits4WhenNothingListens()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort);
        for (const QStringList &command : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("get"), QStringLiteral("idn_x")}}) {
            // A refused connection is tried again (the server may be restarting), briefly here.
            const Run run = runCli(QStringList{QStringLiteral("--api-url"), url, QStringLiteral("--give-up-after"),
                                               QStringLiteral("2")} + command,
                                   environment(kKey));
            QVERIFY2(run.finished && run.exitCode == 4, run.why());
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains("refused") && run.err.contains("gave up after"), run.err.constData());
        }
    }

    void exits4ForAnUnreadableAnswer()
    {
        ScriptedHttpPeer notAnArray(ScriptedHttpPeer::Behaviour::AnswerRaw, httpAnswer("200 OK", R"({"not":"an array"})"));
        // A read is tried again on an unreadable answer; these peers answer every attempt alike.
        const QStringList briefly{QStringLiteral("--give-up-after"), QStringLiteral("2")};
        Run run = runCli(briefly + QStringList{QStringLiteral("--api-url"), notAnArray.baseUrl(), QStringLiteral("list")},
                         environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 4, run.why());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("GET /users answered with a body that is not a JSON array"), run.err.constData());

        ScriptedHttpPeer notAnObject(ScriptedHttpPeer::Behaviour::AnswerRaw, httpAnswer("200 OK", "[1,2]"));
        run = runCli(briefly + QStringList{QStringLiteral("--api-url"), notAnObject.baseUrl(), QStringLiteral("get"),
                                           QStringLiteral("idn_x")},
                     environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 4, run.why());
        QVERIFY(run.out.isEmpty());

        ScriptedHttpPeer truncated(ScriptedHttpPeer::Behaviour::AnswerRaw, httpAnswer("200 OK", "[{\"id\":"));
        run = runCli(briefly + QStringList{QStringLiteral("--api-url"), truncated.baseUrl(), QStringLiteral("list")},
                     environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 4, run.why());
    }

    void listsUnusualDataAndWarnsAboutWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("jsonl") << QStringLiteral("jsonl");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void listsUnusualDataAndWarnsAboutWhatItCannotRead()
    {
        QFETCH(QString, format);
        // \u0022 is a quote: moc stops finding the test class when a raw string holds a backslash-quote.
        const QByteArray users = R"([
          {"id": "user_a", "object": "user", "primary_phone_number_id": "idn_a2", "phone_numbers": [
            {"id": "idn_a1", "object": "phone_number", "phone_number": "+14155550101", "reserved": false,
             "verification": null, "linked_to": [], "created_at": 1700000000000, "updated_at": 1700000000000,
             "some_future_field": {"kept": true}},
            {"id": "idn_a2", "object": "phone_number", "phone_number": "+311-555-2368", "reserved": false,
             "verification": {"object": "verification_otp", "status": "transferring", "strategy": "phone_code",
                              "attempts": null, "expire_at": null},
             "linked_to": [{"type": "oauth_google", "id": "idn_g,1"}]},
            {"id": "idn_a3", "object": "phone_number", "phone_number": 42}
          ]},
          {"id": "user_b", "object": "user", "phone_numbers": []},
          {"id": "user_c", "object": "user", "phone_numbers": [
            {"id": "idn_c1", "object": "phone_number", "phone_number": "+44 \u002220\u0022, 7946\n0958",
             "verification": {"status": "verified", "strategy": "admin"}}
          ]},
          "not a user",
          {"object": "user", "first_name": "Nobody", "phone_numbers": []}
        ])";
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::AnswerRaw, httpAnswer("200 OK", users));
        const Run run = runCli({QStringLiteral("--api-url"), peer.baseUrl(), QStringLiteral("list"), QStringLiteral("--format"), format},
                               environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        // One warning line per unreadable entry (idn_a3, "not a user", the user without id), then a summary.
        const QList<QByteArray> warnings = run.err.trimmed().split('\n');
        QVERIFY2(warnings.size() == 4, run.err.constData());
        for (qsizetype i = 0; i < 3; ++i)
            QVERIFY2(warnings.at(i).startsWith("phonedesk-cli: warning: "), warnings.at(i).constData());
        QVERIFY(warnings.at(0).contains("idn_a3"));
        QVERIFY(warnings.at(3).contains("3 entries could not be read"));

        const QJsonArray sent = QJsonDocument::fromJson(users).array();
        const QJsonArray phonesA = sent.at(0).toObject().value(QLatin1StringView("phone_numbers")).toArray();
        const QJsonArray phonesC = sent.at(2).toObject().value(QLatin1StringView("phone_numbers")).toArray();
        QHash<QString, ExpectedNumber> expected{{QStringLiteral("idn_a1"), {QStringLiteral("user_a"), false, phonesA.at(0).toObject()}},
                                                {QStringLiteral("idn_a2"), {QStringLiteral("user_a"), true, phonesA.at(1).toObject()}},
                                                {QStringLiteral("idn_c1"), {QStringLiteral("user_c"), false, phonesC.at(0).toObject()}}};
        if (format == QLatin1StringView("jsonl")) {
            compareJsonLines(run.out, expected);
            return;
        }
        QList<QStringList> records;
        QVERIFY2(parseCsv(QString::fromUtf8(run.out), &records), run.out.constData());
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0), kCsvHeader);
        QCOMPARE(records.at(1).mid(0, 7),
                 (QStringList{QStringLiteral("user_a"), QStringLiteral("idn_a1"), QStringLiteral("+14155550101"),
                              QStringLiteral("true"), QStringLiteral("US"), records.at(1).at(5), QString()}));
        QCOMPARE(records.at(2).mid(0, 7),
                 (QStringList{QStringLiteral("user_a"), QStringLiteral("idn_a2"), QStringLiteral("+311-555-2368"),
                              QStringLiteral("false"), QString(), QString(), QStringLiteral("transferring")}));
        QCOMPARE(records.at(2).at(13), QStringLiteral("true"));
        QCOMPARE(records.at(2).at(14), QStringLiteral("oauth_google:idn_g,1"));
        // Quotes, a comma and a line break inside a field survive the round trip.
        QCOMPARE(records.at(3).at(2), QStringLiteral("+44 \"20\", 7946\n0958"));
        QCOMPARE(records.at(3).at(6), QStringLiteral("verified"));
    }

    void writesEachPageBeforeTheNextArrives()
    {
        // Page 1 is full (500 users); page 2, asked for after its last user, is held back.
        PagedPeer peer({httpAnswer("200 OK", usersPage(0, 500)), httpAnswer("200 OK", usersPage(500, 3))}, 1);
        QProcess process;
        process.setProcessEnvironment(environment(kKey));
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, &process, [&] { out += process.readAllStandardOutput(); });
        process.start(QStringLiteral(PHONEDESK_CLI_PROGRAM), {QStringLiteral("--api-url"), peer.baseUrl(), QStringLiteral("list")});
        QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') == 500, 20000);
        QCOMPARE(process.state(), QProcess::Running);

        // Page 2 starts after the last user of page 1, newest first, by cursor and never by
        // offset; the users carry no created_at, so the walk cannot cut slices and goes on alone.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(peer.requests().cbegin(), peer.requests().cend(),
                                             [](const QByteArray &request) { return request.contains("starting_after=user_000499"); }),
                                 20000);
        for (const QByteArray &request : peer.requests()) {
            QVERIFY2(!request.contains("offset="), request.constData());
            const bool probe = request.contains("order_by=%2Bcreated_at") && request.contains("limit=1&");
            QVERIFY2(probe || (request.contains("order_by=-created_at") && request.contains("limit=500")), request.constData());
        }

        peer.release();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(out.count('\n'), 503);
        QVERIFY(out.contains("\"id\":\"idn_000502\""));
    }

    void stopsWhenAFullPageCannotMoveTheCursor()
    {
        // A server that ignores the cursor would serve the same full page forever.
        PagedPeer peer({httpAnswer("200 OK", usersPage(0, 500)), httpAnswer("200 OK", usersPage(0, 500))}, -1);
        const Run run = runCli({QStringLiteral("--api-url"), peer.baseUrl(), QStringLiteral("list")}, environment(kKey));
        QVERIFY2(run.finished && run.exitCode == 4, run.why());
        QVERIFY(peer.requests().size() >= 2);
        QCOMPARE(run.out.count('\n'), 500);
        QVERIFY2(run.err.contains("same page"), run.err.constData());
    }

    void neverShowsTheKey()
    {
        const QHash<QString, ExpectedNumber> numbers = expectedNumbers(QStringLiteral("+33"));
        QVERIFY(!numbers.isEmpty());
        const QList<QStringList> commands = {
            {QStringLiteral("--verbose"), QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("+33")},
            {QStringLiteral("--verbose"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("--verbose"), QStringLiteral("get"), numbers.constBegin().key()},
            {QStringLiteral("--verbose"), QStringLiteral("get"), QStringLiteral("idn_missing")},
        };
        for (const QStringList &command : commands) {
            const Run run = runCli(withApi(command), environment(kKey));
            QVERIFY2(run.finished && (run.exitCode == 0 || run.exitCode == 3), run.why());
            QVERIFY2(run.err.contains("phonedesk.api: request GET "), run.err.constData()); // --verbose logs requests
            QVERIFY(!run.out.contains(kKey.toUtf8()));
            QVERIFY(!run.err.contains(kKey.toUtf8()));
            QVERIFY(!run.err.contains("Bearer"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

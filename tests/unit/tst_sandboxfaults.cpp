// SPDX-License-Identifier: MIT
// The sandbox's fault injection on the wire: what a client meets when the sandbox is asked to fail,
// rate-limit, garble or drop answers, and the counts /_sandbox/stats reports. Requests go over a
// bare socket, so that what is checked is exactly what the server sent, with no client in between.
#include "sandbox/sandbox.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace PhoneDesk;

namespace {
// One HTTP exchange on a fresh connection, read until the server closes it.
struct Exchange
{
    bool connected = false;
    int status = 0; // 0: no status line at all
    QByteArray headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Exchange exchange(const Sandbox &sandbox, const QByteArray &verb, const QByteArray &path, const QByteArray &body = {},
                  const QByteArray &key = QByteArrayLiteral("sk_test_phonedesk_demo"))
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(sandbox.baseUrl().port()));
    if (!socket.waitForConnected(10000))
        return result;
    result.connected = true;
    QByteArray request = verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!key.isEmpty())
        request += "Authorization: Bearer " + key + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    // Read until the whole answer is in (the server keeps the connection open) or the server
    // closes the connection (a dropped answer).
    QByteArray received;
    const auto complete = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        result.status = received.mid(received.indexOf(' ') + 1, 3).toInt();
        result.headers = received.left(end);
        result.body = received.mid(end + 4);
        return result.body.size() >= result.header("Content-Length").toLongLong();
    };
    while (!complete() && socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(20000))
        received += socket.readAll();
    received += socket.readAll();
    complete();
    return result;
}

QJsonObject statsOf(const Sandbox &sandbox)
{
    return exchange(sandbox, "GET", "/_sandbox/stats", {}, {}).json();
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;

    void setFaults(const SandboxFaults &faults) { m_sandbox.setFaults(faults); }

    // The id of the first number the API lists.
    QString firstPhoneId()
    {
        setFaults({});
        const QJsonArray users = QJsonDocument::fromJson(exchange(m_sandbox, "GET", "/v1/users?limit=20").body).array();
        for (const QJsonValue &user : users) {
            const QString id = user[QLatin1StringView("phone_numbers")][0][QLatin1StringView("id")].toString();
            if (!id.isEmpty())
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = 20;
        QString problem;
        QVERIFY2(m_sandbox.start(options, &problem), qPrintable(problem));
    }

    void cleanup() { setFaults({}); }

    void serverErrorsComeInClerksErrorShape()
    {
        SandboxFaults faults;
        faults.failRate = 1.0;
        setFaults(faults);
        const qint64 before = m_sandbox.stats().serverErrors;
        QSet<int> statuses;
        for (int i = 0; i < 12; ++i) {
            const Exchange answer = exchange(m_sandbox, "GET", "/v1/users?limit=2");
            QVERIFY(answer.status == 500 || answer.status == 502 || answer.status == 503);
            statuses.insert(answer.status);
            const QJsonObject error = answer.json();
            QVERIFY(!error[QLatin1StringView("errors")][0][QLatin1StringView("code")].toString().isEmpty());
            QVERIFY(!error[QLatin1StringView("clerk_trace_id")].toString().isEmpty());
            QVERIFY(!answer.header("X-Clerk-Trace-Id").isEmpty());
        }
        QVERIFY2(statuses.size() > 1, "the server errors vary between 500, 502 and 503");
        QCOMPARE(m_sandbox.stats().serverErrors - before, 12);
    }

    void aFailRateFailsAboutThatShare()
    {
        SandboxFaultInjector injector;
        SandboxFaults faults;
        faults.failRate = 0.2;
        injector.setFaults(faults);
        int failed = 0;
        for (int i = 0; i < 2000; ++i)
            failed += injector.plan("key").serverErrorStatus != 0 ? 1 : 0;
        QVERIFY2(failed > 300 && failed < 500, qPrintable(QString::number(failed)));
    }

    void theSameSeedGivesTheSameFaults()
    {
        SandboxFaults faults;
        faults.failRate = 0.3;
        faults.dropRate = 0.2;
        faults.seed = 42;
        SandboxFaultInjector first, second;
        first.setFaults(faults);
        second.setFaults(faults);
        for (int i = 0; i < 200; ++i) {
            const SandboxFaultInjector::Plan a = first.plan("key"), b = second.plan("key");
            QCOMPARE(a.serverErrorStatus, b.serverErrorStatus);
            QCOMPARE(a.dropAnswer, b.dropAnswer);
        }
    }

    void aRateLimitAnswers429WithRetryAfter()
    {
        SandboxFaults faults;
        faults.rateLimit = 3;
        setFaults(faults);
        const qint64 before = m_sandbox.stats().rateLimited;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count").status, 200);
        const Exchange limited = exchange(m_sandbox, "GET", "/v1/users/count");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json()[QLatin1StringView("errors")][0][QLatin1StringView("code")].toString(),
                 QStringLiteral("too_many_requests"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, limited.header("Retry-After").constData());
        // The limit is per key: another key is not held back (it is refused for being wrong, not limited).
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count", {}, "sk_test_other").status, 401);
        QCOMPARE(m_sandbox.stats().rateLimited - before, 1);
    }

    void aRateLimitLetsRequestsThroughAgainAfterRetryAfter()
    {
        SandboxFaultInjector injector;
        SandboxFaults faults;
        faults.rateLimit = 1;
        injector.setFaults(faults);
        QVERIFY(!injector.plan("key").rateLimitedRetryAfter);
        const std::optional<int> retryAfter = injector.plan("key").rateLimitedRetryAfter;
        QVERIFY(retryAfter);
        QCOMPARE(*retryAfter, 10);
        // Another key has its own window.
        QVERIFY(!injector.plan("other").rateLimitedRetryAfter);
    }

    void malformedAnswersAre200sThatAreNotJson()
    {
        SandboxFaults faults;
        faults.malformedRate = 1.0;
        setFaults(faults);
        const qint64 before = m_sandbox.stats().malformed;
        for (int i = 0; i < 6; ++i) {
            const Exchange answer = exchange(m_sandbox, "GET", "/v1/users?limit=3");
            QCOMPARE(answer.status, 200);
            QJsonParseError error;
            QJsonDocument::fromJson(answer.body, &error);
            QVERIFY2(error.error != QJsonParseError::NoError, answer.body.constData());
            QCOMPARE(answer.header("Content-Length").toLongLong(), answer.body.size());
        }
        // Error answers are left alone: only a 200 has a body worth breaking.
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/phone_numbers/phn_missing").status, 404);
        QCOMPARE(m_sandbox.stats().malformed - before, 6);
    }

    void aDroppedAnswerIsLostAfterTheChangeIsApplied()
    {
        const QString phoneId = firstPhoneId();
        QVERIFY(!phoneId.isEmpty());
        const QByteArray path = "/v1/phone_numbers/" + phoneId.toLatin1();
        const bool verified = exchange(m_sandbox, "GET", path).json()[QLatin1StringView("verification")]
                                  [QLatin1StringView("status")].toString() == QLatin1StringView("verified");
        const qint64 before = m_sandbox.stats().dropped;
        m_sandbox.dropNextAnswers(1);
        const QByteArray change = verified ? R"({"verified":false})" : R"({"verified":true})";
        const Exchange lost = exchange(m_sandbox, "PATCH", path, change);
        QVERIFY(lost.connected);
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.body.isEmpty());
        QCOMPARE(m_sandbox.stats().dropped - before, 1);
        // The change was made even though nobody heard of it.
        const QString status = exchange(m_sandbox, "GET", path).json()[QLatin1StringView("verification")]
                                   [QLatin1StringView("status")].toString();
        QCOMPARE(status == QLatin1StringView("verified"), !verified);
    }

    void aDropRateDropsAnswers()
    {
        SandboxFaults faults;
        faults.dropRate = 1.0;
        setFaults(faults);
        const Exchange lost = exchange(m_sandbox, "GET", "/v1/users/count");
        QVERIFY(lost.connected);
        QCOMPARE(lost.status, 0);
    }

    void latencyDelaysEveryAnswer()
    {
        SandboxFaults faults;
        faults.latencyMs = 300;
        setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count").status, 200);
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        // The stats page is not part of the API and is never delayed or failed.
        faults.failRate = 1.0;
        setFaults(faults);
        QVERIFY(!statsOf(m_sandbox).isEmpty());
    }

    void aClientThatHangsUpDuringTheDelayDoesNotHurtTheServer()
    {
        SandboxFaults faults;
        faults.latencyMs = 200;
        setFaults(faults);
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_sandbox.baseUrl().port()));
            QVERIFY(socket.waitForConnected(10000));
            socket.write("GET /v1/users/count HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_phonedesk_demo\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(10000));
            socket.abort();
        }
        QTest::qWait(400);
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count").status, 200);
    }

    void statsCountRequestsAndFaults()
    {
        const QJsonObject before = statsOf(m_sandbox);
        QCOMPARE(before[QLatin1StringView("object")].toString(), QStringLiteral("sandbox_stats"));
        SandboxFaults faults;
        faults.failRate = 1.0;
        setFaults(faults);
        QVERIFY(exchange(m_sandbox, "GET", "/v1/users/count").status >= 500);
        setFaults({});
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count").status, 200);
        const QJsonObject after = statsOf(m_sandbox);
        QCOMPARE(after[QLatin1StringView("requests")].toInteger() - before[QLatin1StringView("requests")].toInteger(), 2);
        const auto serverErrors = [](const QJsonObject &stats) {
            return stats[QLatin1StringView("faults")][QLatin1StringView("server_errors")].toInteger();
        };
        QCOMPARE(serverErrors(after) - serverErrors(before), 1);
        QVERIFY(after.contains(QLatin1StringView("rate_limited")));
        QCOMPARE(exchange(m_sandbox, "POST", "/_sandbox/stats", "{}", {}).status, 405);
    }

    void aWrongKeyIsRefusedBeforeAnyFault()
    {
        SandboxFaults faults;
        faults.failRate = 1.0;
        setFaults(faults);
        QCOMPARE(exchange(m_sandbox, "GET", "/v1/users/count", {}, "sk_test_wrong").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

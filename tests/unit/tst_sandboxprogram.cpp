// SPDX-License-Identifier: MIT
// phonedesk-sandbox as a program: the first line scripts rely on, the key it accepts, and a
// clear refusal of bad arguments.
#include "api/clerkclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace PhoneDesk;

class TestSandboxProgram : public QObject
{
    Q_OBJECT

private:
    // Starts the program and returns its base URL from the first line, or an empty URL.
    static QUrl startSandbox(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PHONEDESK_SANDBOX_PROGRAM), arguments);
        if (!process.waitForStarted(5000))
            return {};
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return {};
        }
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression shape(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const QRegularExpressionMatch match = shape.match(line);
        return match.hasMatch() ? QUrl(match.captured(1) + QStringLiteral("/v1")) : QUrl();
    }

    static std::optional<ApiResult<qint64>> countWith(const QUrl &base, const QString &key)
    {
        ClerkClient client;
        client.setBaseUrl(base);
        client.setSecretKey(key);
        std::optional<ApiResult<qint64>> result;
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        client.countUsers({}, &loop, [&](ApiResult<qint64> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        loop.exec();
        return result;
    }

private Q_SLOTS:
    void announcesItsAddressAndServesTheDemoKey()
    {
        QProcess sandbox;
        const QUrl base = startSandbox(sandbox, {QStringLiteral("--users"), QStringLiteral("37"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(base.isValid(), sandbox.readAllStandardError().constData());
        const auto count = countWith(base, QStringLiteral("sk_test_phonedesk_demo"));
        QVERIFY(count && count->ok());
        QCOMPARE(count->value(), 37);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void takesItsKeyFromTheEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PHONEDESK_SANDBOX_SECRET_KEY"), QStringLiteral("sk_test_from_environment"));
        QProcess sandbox;
        const QUrl base = startSandbox(sandbox, {QStringLiteral("--users"), QStringLiteral("3")}, env);
        QVERIFY(base.isValid());
        const auto refused = countWith(base, QStringLiteral("sk_test_phonedesk_demo"));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code(), QStringLiteral("clerk_key_invalid"));
        const auto accepted = countWith(base, QStringLiteral("sk_test_from_environment"));
        QVERIFY(accepted && accepted->ok());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void injectsTheFaultsItIsAskedFor()
    {
        QProcess sandbox;
        const QUrl base = startSandbox(sandbox, {QStringLiteral("--users"), QStringLiteral("5"), QStringLiteral("--rate-limit"),
                                                 QStringLiteral("1"), QStringLiteral("--latency-ms"), QStringLiteral("10")});
        QVERIFY(base.isValid());
        // Bare requests, so that no client policy waits the 429 out.
        QNetworkAccessManager network;
        const auto statusOf = [&network](const QUrl &url) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer sk_test_phonedesk_demo");
            QNetworkReply *reply = network.get(request);
            const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            const auto answer = std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
            reply->deleteLater();
            return finished ? answer : std::make_pair(0, QByteArray());
        };
        QUrl countUrl = base;
        countUrl.setPath(countUrl.path() + QStringLiteral("/users/count"));
        QCOMPARE(statusOf(countUrl).first, 200);
        QCOMPARE(statusOf(countUrl).first, 429);
        QUrl statsUrl = base;
        statsUrl.setPath(QStringLiteral("/_sandbox/stats"));
        const QJsonObject stats = QJsonDocument::fromJson(statusOf(statsUrl).second).object();
        QCOMPARE(stats[QLatin1StringView("rate_limited")].toInteger(), 1);
        QCOMPARE(stats[QLatin1StringView("requests")].toInteger(), 2);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void blocksSmsAndPlantsTheSignInCasesItIsAskedTo()
    {
        QProcess sandbox;
        const QUrl base = startSandbox(sandbox, {QStringLiteral("--users"), QStringLiteral("30"), QStringLiteral("--sms-blocked-countries"),
                                                 QStringLiteral("IN,BR"), QStringLiteral("--plant-sign-in-cases")});
        QVERIFY(base.isValid());
        QStringList lines;
        while (lines.size() < 13 && (sandbox.canReadLine() || sandbox.waitForReadyRead(10000))) {
            while (sandbox.canReadLine())
                lines.append(QString::fromUtf8(sandbox.readLine()).trimmed());
        }
        QVERIFY2(lines.contains(QStringLiteral("SMS blocked to: BR,IN")), qPrintable(lines.join(QLatin1Char('\n'))));
        const QRegularExpression planted(QStringLiteral("^sign-in case (\\w+): user_\\w{27}( idn_\\w{27})?$"));
        QCOMPARE(lines.filter(planted).size(), 10);
        QNetworkAccessManager network;
        QUrl url = base;
        url.setPath(url.path() + QStringLiteral("/instance/communication"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer sk_test_phonedesk_demo");
        QNetworkReply *reply = network.get(request);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->readAll(), QByteArrayLiteral(R"({"object":"instance_communication","blocked_country_codes":["BR","IN"]})"));
        reply->deleteLater();
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void refusesBadArgumentsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("users not a number") << QStringList{QStringLiteral("--users"), QStringLiteral("many")} << QStringLiteral("--users");
        QTest::newRow("port out of range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
        QTest::newRow("fail rate above 1") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")} << QStringLiteral("--fail-rate");
        QTest::newRow("drop rate not a share") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("half")} << QStringLiteral("--drop-rate");
        QTest::newRow("negative latency") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")} << QStringLiteral("--latency-ms");
        QTest::newRow("negative offset cost") << QStringList{QStringLiteral("--offset-cost-us"), QStringLiteral("-1")} << QStringLiteral("--offset-cost-us");
        QTest::newRow("offset cost not a number") << QStringList{QStringLiteral("--offset-cost-us"), QStringLiteral("fast")} << QStringLiteral("--offset-cost-us");
        QTest::newRow("same created_at not a number") << QStringList{QStringLiteral("--same-created-at"), QStringLiteral("all")} << QStringLiteral("--same-created-at");
        QTest::newRow("SMS country in lower case") << QStringList{QStringLiteral("--sms-blocked-countries"), QStringLiteral("BR,in")}
                                                   << QStringLiteral("\"in\" is not a country code");
        QTest::newRow("SMS country unknown") << QStringList{QStringLiteral("--sms-blocked-countries"), QStringLiteral("XX")}
                                             << QStringLiteral("--sms-blocked-countries: \"XX\"");
        QTest::newRow("SMS country twice") << QStringList{QStringLiteral("--sms-blocked-countries"), QStringLiteral("BR,BR")}
                                           << QStringLiteral("\"BR\" is given twice");
        QTest::newRow("host not an address") << QStringList{QStringLiteral("--host"), QStringLiteral("example")} << QStringLiteral("--host");
    }

    void refusesBadArgumentsWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess sandbox;
        sandbox.start(QStringLiteral(PHONEDESK_SANDBOX_PROGRAM), arguments);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(QString::fromUtf8(sandbox.readAllStandardError()).contains(message));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandboxprogram.moc"

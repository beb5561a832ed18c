// SPDX-License-Identifier: MIT
// The transport rules: HTTPS everywhere, plain http only to loopback hosts, decided before any
// connection; and the connection test's outcomes in words against the sandbox and against
// servers that fail in each way (closed port, no TLS where TLS is expected).
#include "api/apierror.h"
#include "api/clerkclient.h"
#include "api/transportpolicy.h"
#include "ui/connection/connectiontest.h"
#include "ui/window/translations.h"
#include "sandbox/sandbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_transport_key");

// A port nothing listens on: bound, then closed.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;

    bool runTest(ConnectionTest &test, const QString &url, const QString &key, const QString &profile = {})
    {
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.testConnection(url, key, profile);
        return finished.count() > 0 || finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // ConnectionTest's outcomes in English, plural forms included, as the window shows them.
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        Sandbox::Options options;
        options.users = 7;
        options.secretKey = kKey;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://api.clerk.com/v1") << true;
        QTest::newRow("https on a port") << QStringLiteral("https://clerk.example.com:8443/v1") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://api.clerk.com/v1") << false;
        QTest::newRow("http to a LAN address") << QStringLiteral("http://192.168.1.10:8080/v1") << false;
        QTest::newRow("http to a name like localhost") << QStringLiteral("http://localhost.example.com/v1") << false;
        QTest::newRow("http to a name starting 127") << QStringLiteral("http://127.0.0.1.example.com/v1") << false;
        QTest::newRow("http to the unspecified address") << QStringLiteral("http://0.0.0.0:8080/v1") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
        QTest::newRow("http elsewhere in 127/8") << QStringLiteral("http://127.45.6.7:8080/v1") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080/v1") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.clerk.com/v1") << false;
        QTest::newRow("no host") << QStringLiteral("https:///v1") << false;
        QTest::newRow("not a URL") << QStringLiteral("api.clerk.com") << false;
    }
    void policy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = TransportPolicy::problemWith(QUrl(url, QUrl::StrictMode));
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(url + QStringLiteral(": ") + problem));
    }

    // The client itself refuses, whoever configured it: the key never leaves for plain http.
    void clientRefusesPlainHttpBeforeConnecting()
    {
        QTcpServer lan;
        // A listener on every address: were the client to connect anywhere, it would show here.
        QVERIFY(lan.listen(QHostAddress::Any));
        ClerkClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://phonedesk-test.example:%1/v1").arg(lan.serverPort())));
        client.setSecretKey(kKey);
        std::optional<ApiError> failure;
        client.countUsers(UserListQuery(), this, [&failure](const ApiResult<qint64> &result) {
            QVERIFY(!result.ok());
            failure = result.error();
        });
        QTRY_VERIFY(failure.has_value());
        QCOMPARE(failure->transport, ApiError::Transport::Refused);
        QVERIFY2(failure->message().contains(QStringLiteral("plain http")), qPrintable(failure->message()));
        QVERIFY(!lan.hasPendingConnections());
    }

    void testOk()
    {
        ConnectionTest test;
        QVERIFY(runTest(test, m_sandbox.baseUrl().toString(), kKey, QStringLiteral("Sandbox")));
        QCOMPARE(test.kind(), QStringLiteral("ok"));
        QCOMPARE(test.userCount(), 7);
        QVERIFY2(test.outcome().contains(QStringLiteral("7 users")), qPrintable(test.outcome()));
        QVERIFY(!test.running());
    }

    void testWrongKeyNamesTheProfile()
    {
        ConnectionTest test;
        QVERIFY(runTest(test, m_sandbox.baseUrl().toString(), QStringLiteral("sk_live_wrong"), QStringLiteral("Production EU")));
        QCOMPARE(test.kind(), QStringLiteral("key"));
        QVERIFY2(test.outcome().contains(QStringLiteral("Production EU")), qPrintable(test.outcome()));
        QVERIFY2(test.outcome().startsWith(QStringLiteral("Wrong key")), qPrintable(test.outcome()));
        QCOMPARE(test.userCount(), -1);
    }

    void testRefusesPlainHttpElsewhere()
    {
        ConnectionTest test;
        QVERIFY(runTest(test, QStringLiteral("http://api.clerk.com/v1"), kKey));
        QCOMPARE(test.kind(), QStringLiteral("refused"));
        QVERIFY2(test.outcome().contains(QStringLiteral("plain http")), qPrintable(test.outcome()));
    }

    void testWithoutKey()
    {
        ConnectionTest test;
        QVERIFY(runTest(test, m_sandbox.baseUrl().toString(), QStringLiteral("  ")));
        QCOMPARE(test.kind(), QStringLiteral("refused"));
    }

    void testNoServer()
    {
        ConnectionTest test;
        QVERIFY(runTest(test, QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()), kKey));
        QCOMPARE(test.kind(), QStringLiteral("network"));
        QVERIFY2(test.outcome().startsWith(QStringLiteral("No connection")), qPrintable(test.outcome()));
    }

    // A server that does not speak TLS where https is asked for: a TLS problem, never ignored.
    void testTlsProblem()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
            }
        });
        ConnectionTest test;
        QVERIFY(runTest(test, QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort()), kKey));
        QCOMPARE(test.kind(), QStringLiteral("tls"));
        QVERIFY2(test.outcome().startsWith(QStringLiteral("TLS problem")), qPrintable(test.outcome()));
    }

    // A second test while one runs is refused by the backend, not only by a disabled button.
    void secondTestWhileRunningIsRefused()
    {
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.testConnection(m_sandbox.baseUrl().toString(), kKey);
        QVERIFY(test.running());
        test.testConnection(QStringLiteral("http://api.clerk.com/v1"), kKey);
        QVERIFY(test.running());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(test.kind(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestTransport)

#include "tst_transport.moc"

// SPDX-License-Identifier: MIT
// ApiError turns every failed answer into one value a person can act on: Clerk's error codes and
// messages, the trace id support asks for, and when to try again.
#include "api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <limits>

using namespace PhoneDesk;

namespace {
QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// Marks every text of ApiError's as translated, as the window's translation would.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return qstrcmp(context, "ApiError") == 0 ? QStringLiteral("T:") + QString::fromUtf8(sourceText) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsClerkErrors();
    void prefersTheBodysTraceIdOverTheHeader();
    void keepsTheHeaderTraceIdWhenTheBodyHasNone();
    void anAnswerThatIsNotClerkErrorsStillSaysSomething();
    void anEmptyAnswerIsNamedByItsStatus_data();
    void anEmptyAnswerIsNamedByItsStatus();
    void readsRetryAfter_data();
    void readsRetryAfter();
    void readsRetryAfterAsAnHttpDate();
    void aRetryAfterDateBeyondAnIntIsTheLongestWait();
    void namesTransportFailures();
    void mapsNetworkErrorsToTransportKinds_data();
    void mapsNetworkErrorsToTransportKinds();
    void staysEnglishForJournalsWhileTheWindowTranslates();
};

void TestApiError::readsClerkErrors()
{
    const QByteArray body = R"({
        "errors": [
            {"code": "form_param_format_invalid", "message": "is invalid",
             "long_message": "phone_number must be a valid phone number according to E.164 international standard.",
             "meta": {"param_name": "phone_number"}},
            {"code": "form_param_missing", "message": "missing", "meta": {"param_name": "user_id"}}
        ],
        "clerk_trace_id": "trace_body"
    })";
    const ApiError e = ApiError::fromHttp(QStringLiteral("POST /phone_numbers"), 422, body, {}, {});
    QCOMPARE(e.httpStatus, 422);
    QVERIFY(!e.isTransport());
    QCOMPARE(e.errors.size(), 2);
    QCOMPARE(e.code(), QStringLiteral("form_param_format_invalid"));
    QCOMPARE(e.errors.at(1).code, QStringLiteral("form_param_missing"));
    QCOMPARE(e.errors.at(1).longMessage, QString());
    QCOMPARE(e.paramName(), QStringLiteral("phone_number"));
    QCOMPARE(e.errors.first().meta.value(QStringLiteral("param_name")).toString(), QStringLiteral("phone_number"));
    QCOMPARE(e.traceId, QStringLiteral("trace_body"));
    QCOMPARE(e.retryAfterSeconds, std::nullopt);
    // The long message where there is one, the short one where not.
    QCOMPARE(e.message(), QStringLiteral("POST /phone_numbers failed with HTTP 422: phone_number must be a valid phone "
                                         "number according to E.164 international standard. missing"));
}

void TestApiError::prefersTheBodysTraceIdOverTheHeader()
{
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), 500,
                                          R"({"errors":[],"clerk_trace_id":"trace_body"})", "trace_header", {});
    QCOMPARE(e.traceId, QStringLiteral("trace_body"));
}

void TestApiError::keepsTheHeaderTraceIdWhenTheBodyHasNone()
{
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), 503, "upstream unavailable", "trace_header", {});
    QCOMPARE(e.traceId, QStringLiteral("trace_header"));
}

void TestApiError::anAnswerThatIsNotClerkErrorsStillSaysSomething()
{
    const QByteArray html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>cloudflare</body></html>";
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users/user_1"), 502, html, {}, {});
    QVERIFY(e.errors.isEmpty());
    QVERIFY(e.code().isEmpty());
    QVERIFY(e.paramName().isEmpty());
    QVERIFY2(e.detail.contains(QStringLiteral("502 Bad Gateway")), qPrintable(e.detail));
    QVERIFY(!e.detail.contains(QLatin1Char('\n')));
    QVERIFY2(e.message().startsWith(QStringLiteral("GET /users/user_1 failed with HTTP 502: ")), qPrintable(e.message()));

    // A body of any length is cut to a readable excerpt.
    const ApiError huge = ApiError::fromHttp(QStringLiteral("GET /users"), 500, QByteArray(100000, 'x'), {}, {});
    QVERIFY(huge.detail.size() <= 200);
}

void TestApiError::anEmptyAnswerIsNamedByItsStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("400") << 400 << QStringLiteral("the request was not accepted");
    QTest::newRow("401") << 401 << QStringLiteral("the secret key was not accepted");
    QTest::newRow("403") << 403 << QStringLiteral("the secret key may not do this");
    QTest::newRow("404") << 404 << QStringLiteral("not found");
    QTest::newRow("422") << 422 << QStringLiteral("invalid parameters");
    QTest::newRow("429") << 429 << QStringLiteral("too many requests");
    QTest::newRow("500") << 500 << QStringLiteral("the server failed");
    QTest::newRow("504") << 504 << QStringLiteral("the server failed");
    QTest::newRow("418") << 418 << QStringLiteral("unexpected answer");
}

void TestApiError::anEmptyAnswerIsNamedByItsStatus()
{
    QFETCH(int, status);
    QFETCH(QString, phrase);
    const ApiError e = ApiError::fromHttp(QStringLiteral("DELETE /users/user_1/mfa"), status, {}, {}, {});
    QCOMPARE(e.message(), QStringLiteral("DELETE /users/user_1/mfa failed with HTTP %1: %2").arg(status).arg(phrase));
}

void TestApiError::readsRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<std::optional<int>>("seconds");
    QTest::newRow("seconds") << QByteArray("30") << std::optional<int>(30);
    QTest::newRow("padded") << QByteArray(" 7 ") << std::optional<int>(7);
    QTest::newRow("zero") << QByteArray("0") << std::optional<int>(0);
    QTest::newRow("negative is now") << QByteArray("-5") << std::optional<int>(0);
    QTest::newRow("absent") << QByteArray() << std::optional<int>();
    QTest::newRow("garbage") << QByteArray("soon") << std::optional<int>();
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << std::optional<int>(0);
}

void TestApiError::readsRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(std::optional<int>, seconds);
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), 429, {}, {}, header);
    QCOMPARE(e.retryAfterSeconds, seconds);
}

void TestApiError::readsRetryAfterAsAnHttpDate()
{
    const QByteArray header = httpDate(QDateTime::currentDateTimeUtc().addSecs(120));
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), 429, {}, {}, header);
    QVERIFY2(e.retryAfterSeconds.has_value(), header.constData());
    // The clock moves between writing and reading the header; a second or two of slack.
    QVERIFY2(*e.retryAfterSeconds >= 117 && *e.retryAfterSeconds <= 120, qPrintable(QString::number(*e.retryAfterSeconds)));
}

void TestApiError::aRetryAfterDateBeyondAnIntIsTheLongestWait()
{
    // More seconds away than an int holds: found by the fuzz target, which wrapped it negative.
    const QByteArray header = httpDate(QDateTime::currentDateTimeUtc().addYears(80));
    const ApiError e = ApiError::fromHttp(QStringLiteral("GET /users"), 429, {}, {}, header);
    QCOMPARE(e.retryAfterSeconds, std::numeric_limits<int>::max());
}

void TestApiError::namesTransportFailures()
{
    const ApiError timeout = ApiError::fromTransport(QStringLiteral("GET /users/count"), ApiError::Transport::Timeout, {});
    QVERIFY(timeout.isTransport());
    QCOMPARE(timeout.httpStatus, 0);
    QCOMPARE(timeout.message(), QStringLiteral("GET /users/count: no answer in time"));

    const ApiError unreadable = ApiError::fromTransport(QStringLiteral("GET /users"), ApiError::Transport::UnreadableAnswer,
                                                        QStringLiteral("the list of users is not a JSON array"));
    QCOMPARE(unreadable.message(),
             QStringLiteral("GET /users: the answer could not be read (the list of users is not a JSON array)"));

    for (ApiError::Transport kind : {ApiError::Transport::Timeout, ApiError::Transport::ConnectionRefused,
                                     ApiError::Transport::HostNotFound, ApiError::Transport::Tls,
                                     ApiError::Transport::Network, ApiError::Transport::Cancelled,
                                     ApiError::Transport::UnreadableAnswer, ApiError::Transport::Refused})
        QVERIFY(!ApiError::transportName(kind).isEmpty());
    QVERIFY(ApiError::transportName(ApiError::Transport::None).isEmpty());
}

void TestApiError::mapsNetworkErrorsToTransportKinds_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<ApiError::Transport>("kind");
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << ApiError::Transport::Timeout;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ApiError::Transport::ConnectionRefused;
    QTest::newRow("no host") << QNetworkReply::HostNotFoundError << ApiError::Transport::HostNotFound;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ApiError::Transport::Tls;
    QTest::newRow("insecure redirect") << QNetworkReply::InsecureRedirectError << ApiError::Transport::Tls;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << ApiError::Transport::Cancelled;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ApiError::Transport::Network;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << ApiError::Transport::Network;
}

void TestApiError::mapsNetworkErrorsToTransportKinds()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(ApiError::Transport, kind);
    QCOMPARE(ApiError::transportFor(error), kind);
}

void TestApiError::staysEnglishForJournalsWhileTheWindowTranslates()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // The translated words follow the locale's numbers too: "1.5" here.
    const QLocale locale;
    QLocale::setDefault(QLocale::c());
    ApiError refused = ApiError::fromOwnWords(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                              QT_TRANSLATE_NOOP("ApiError", "there is no connection"));
    refused.gaveUp = true;
    refused.attempts = 3;
    refused.spentMs = 1500;
    const ApiError failed = ApiError::fromHttp(QStringLiteral("GET /users"), 500, QByteArray(), QByteArray(), QByteArray());
    // What journals and the command line keep does not follow the installed translation.
    QCOMPARE(refused.message(), QStringLiteral("GET /users: not sent (there is no connection) (gave up after 3 attempts in 1.5 s)"));
    QCOMPARE(failed.message(), QStringLiteral("GET /users failed with HTTP 500: the server failed"));
    QCOMPARE(refused.message(ApiError::Words::Translated),
             QStringLiteral("T:GET /users: T:not sent (T:there is no connection) (gave up after 3 attempt(s) in 1.5 s)"));
    QCOMPARE(failed.message(ApiError::Words::Translated), QStringLiteral("T:GET /users failed with HTTP 500: T:the server failed"));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(locale);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

// SPDX-License-Identifier: MIT
// Prints how fast the sandbox starts and serves, and how fast the client reads what it serves:
//   bench_sandbox [users=100000] [rounds=40]
// Figures, not pass/fail: speed is measured here, never asserted in a timed test.
#include "api/clerkclient.h"
#include "models/phonenumberrow.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

using namespace PhoneDesk;

namespace {
struct Figures
{
    QList<double> ms;
    qint64 bytes = 0;

    void print(QTextStream &out, const QString &what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) { return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(q * sorted.size()))); };
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << "median " << QString::number(at(0.5), 'f', 2)
            << " ms  p95 " << QString::number(at(0.95), 'f', 2) << " ms  max " << QString::number(sorted.last(), 'f', 2)
            << " ms";
        if (bytes > 0)
            out << "  (" << bytes / ms.size() / 1024 << " KiB each)";
        out << Qt::endl;
    }
};

// One raw GET over a fresh connection, as curl would make it: what the server costs, nothing else.
double timedGet(QNetworkAccessManager &network, const QUrl &url, const QString &key, qint64 *bytes)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("Connection", "close");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (reply->error() != QNetworkReply::NoError)
        qFatal("GET %s failed: %s", qPrintable(url.toString()), qPrintable(reply->errorString()));
    *bytes += reply->readAll().size();
    reply->deleteLater();
    return elapsed;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 40;
    QTextStream out(stdout);

    QElapsedTimer startTimer;
    startTimer.start();
    Sandbox sandbox;
    Sandbox::Options options;
    options.users = users;
    QString error;
    if (!sandbox.start(options, &error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    out << "sandbox with " << users << " users ready in " << startTimer.elapsed() << " ms" << Qt::endl;

    QNetworkAccessManager network;
    const QUrl base = sandbox.baseUrl();
    const auto usersUrl = [&](const QList<QPair<QString, QString>> &items) {
        QUrl url(base.toString() + QStringLiteral("/users"));
        QUrlQuery query;
        query.setQueryItems(items);
        url.setQuery(query);
        return url;
    };

    Figures page;
    for (int i = 0; i < rounds; ++i) {
        const int offset = (i * 7919 * 500) % std::max(1, users - 500);
        page.ms.append(timedGet(network, usersUrl({{QStringLiteral("limit"), QStringLiteral("500")},
                                                   {QStringLiteral("offset"), QString::number(offset)}}),
                                sandbox.secretKey(), &page.bytes));
    }
    page.print(out, QStringLiteral("GET /users?limit=500 (server, raw HTTP)"));

    Figures search;
    const QStringList needles{QStringLiteral("ana"), QStringLiteral("555"), QStringLiteral("lee"), QStringLiteral("@example")};
    for (int i = 0; i < rounds; ++i)
        search.ms.append(timedGet(network, usersUrl({{QStringLiteral("limit"), QStringLiteral("50")},
                                                     {QStringLiteral("query"), needles.at(i % needles.size())}}),
                                  sandbox.secretKey(), &search.bytes));
    search.print(out, QStringLiteral("GET /users?query=…&limit=50 (server)"));

    Figures count;
    for (int i = 0; i < rounds; ++i)
        count.ms.append(timedGet(network, QUrl(base.toString() + QStringLiteral("/users/count")), sandbox.secretKey(),
                                 &count.bytes));
    count.print(out, QStringLiteral("GET /users/count (server)"));

    // The client end to end: request, transfer and parsing into UserSummary values.
    ClerkClient client;
    client.setBaseUrl(base);
    client.setSecretKey(sandbox.secretKey());
    Figures parsed;
    for (int i = 0; i < rounds; ++i) {
        UserListQuery query;
        query.limit = 500;
        query.offset = (i * 104729) % std::max(1, users - 500);
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        client.listUsers(query, &loop, [&](ApiResult<UserPage> result) {
            if (!result.ok())
                qFatal("listUsers failed: %s", qPrintable(result.error().message()));
            parsed.ms.append(double(timer.nsecsElapsed()) / 1e6);
            loop.quit();
        });
        loop.exec();
    }
    parsed.print(out, QStringLiteral("ClerkClient::listUsers(500), parsed"));

    // What the list model does on the GUI thread with a page: one formatted row per number.
    Figures rows;
    qint64 numbers = 0;
    for (int i = 0; i < rounds; ++i) {
        UserListQuery query;
        query.limit = 500;
        query.offset = (i * 15485863) % std::max(1, users - 500);
        UserPage received;
        QEventLoop loop;
        client.listUsers(query, &loop, [&](ApiResult<UserPage> result) {
            received = std::move(result.value());
            loop.quit();
        });
        loop.exec();
        QElapsedTimer timer;
        timer.start();
        QList<PhoneNumberRow> built;
        for (const UserSummary &user : std::as_const(received.users))
            built.append(PhoneNumberRow::fromUser(user));
        rows.ms.append(double(timer.nsecsElapsed()) / 1e6);
        numbers += built.size();
    }
    rows.print(out, QStringLiteral("rows of a page of 500 users (GUI thread)"));
    out << "  (" << numbers / rounds << " numbers a page)" << Qt::endl;
    return 0;
}

// SPDX-License-Identifier: MIT
// phonedesk-bench: PhoneDesk's speed at instance scale, one figure per line as `name: value`.
//   phonedesk-bench [--users 100000] [--rounds 30] [--walks 3] [--model-numbers 150000] [--first-rows 5]
//                   [--latency-users 60000] [--latency-ms 150] [--journal-entries 20000] [--journal-only]
// It starts the sandbox in this process and measures the sandbox, the parser, phonedesk-cli's
// full walk, the list model (in a child process without the sandbox), the window's first row and
// the journal's retention and erasure rewrites.
// Figures, not pass/fail: speed is measured here, never asserted in a timed test.
#include "benchstats.h"
#include "journalbench.h"
#include "modelbench.h"
#include "processbench.h"

#include "domain/usernumberspage.h"
#include "domain/userpage.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <memory>

using namespace PhoneDesk;
using BenchStats::median;
using BenchStats::print;

namespace {
const QString kChildApiUrl = QStringLiteral("PHONEDESK_BENCH_API_URL");

QString thousands(int count)
{
    return count % 1000 == 0 ? QString::number(count / 1000) + QStringLiteral("k") : QString::number(count);
}

// GET /users with `query` and the key, waited for; its body, or the end of the bench on failure.
QByteArray getUsers(QNetworkAccessManager &network, const QUrl &apiUrl, const QString &secretKey, const QUrlQuery &query)
{
    QUrl url(apiUrl.toString() + QStringLiteral("/users"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + secretKey.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        qFatal("GET /users failed: %s", qPrintable(reply->errorString()));
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QueryItems pageQuery(int offset)
{
    return {{QStringLiteral("limit"), QStringLiteral("500")}, {QStringLiteral("offset"), QString::number(offset)}};
}

// GET /users?limit=500 over HTTP as any client sees it: request to last byte, nothing parsed.
// Pages are asked for by cursor, as clients walk: an offset page would measure the sandbox's
// offset cost (SandboxFaults::offsetCostUs), not its serving.
void measureServing(Sandbox &sandbox, int users, int rounds)
{
    QNetworkAccessManager network;
    QList<double> pageMs;
    for (int i = 0; i < rounds; ++i) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        // The cursor is the user just before the page, read from the store (which has no offset cost).
        const int start = (i * 7919 * 500) % std::max(1, users - 500);
        if (start > 0) {
            const SandboxReply before = sandbox.store().listUsers(
                {{QStringLiteral("limit"), QStringLiteral("1")}, {QStringLiteral("offset"), QString::number(start - 1)}});
            const QJsonObject cursor = QJsonDocument::fromJson(before.body).array().at(0).toObject();
            query.addQueryItem(QStringLiteral("starting_after"), cursor.value(QLatin1StringView("id")).toString());
        }
        QElapsedTimer timer;
        timer.start();
        (void)getUsers(network, sandbox.baseUrl(), sandbox.secretKey(), query);
        pageMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print(QStringLiteral("sandbox_page_500_ms"), median(pageMs), 2);

    // The store alone: the JSON of a page from its prepared bytes, without HTTP.
    QList<double> storeMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SandboxReply reply = sandbox.store().listUsers(pageQuery((i * 104729) % std::max(1, users - 500)));
        storeMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (reply.status != 200)
            qFatal("the store refused a page: %s", reply.body.constData());
    }
    print(QStringLiteral("sandbox_store_page_500_ms"), median(storeMs), 2);
}

// Every page of the instance read both ways: JSON to UserSummary values with Qt's JSON (UserPage,
// what the window's list reads), and to the phone numbers of a listing with simdjson
// (UserNumbersPage, what phonedesk-cli's walk reads). Returns the number of numbers.
qint64 measureParsing(Sandbox &sandbox, int users)
{
    QList<double> parseMs;
    QList<double> numbersParseMs;
    qint64 numbers = 0;
    qint64 listed = 0;
    for (int offset = 0; offset < users; offset += 500) {
        const QByteArray body = sandbox.store().listUsers(pageQuery(offset)).body;
        QElapsedTimer timer;
        timer.start();
        const Parsed<UserPage> page = UserPage::fromJson(body);
        parseMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const Parsed<UserNumbersPage> numbersPage = UserNumbersPage::fromJson(body);
        numbersParseMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!page.ok() || !numbersPage.ok())
            qFatal("a page did not parse");
        for (const UserSummary &user : page.value().users)
            numbers += user.phoneNumbers.size();
        for (const UserNumbersPage::User &user : numbersPage.value().users)
            listed += user.phoneNumbers.size();
    }
    if (listed != numbers)
        qFatal("the two readings found %lld and %lld numbers", qlonglong(numbers), qlonglong(listed));
    print(QStringLiteral("parse_page_500_ms"), median(parseMs), 2);
    print(QStringLiteral("parse_page_500_numbers_ms"), median(numbersParseMs), 2);
    return numbers;
}

void measureWalk(Sandbox &sandbox, int users, qint64 numbers, int walks)
{
    QList<double> wallMs;
    std::optional<double> peakMiB;
    for (int i = 0; i < walks; ++i) {
        const ProcessBench::Run run = ProcessBench::walkWithCli(sandbox.baseUrl(), sandbox.secretKey());
        if (run.exitCode != 0)
            qFatal("phonedesk-cli list failed (%d): %s", run.exitCode, qPrintable(run.errors));
        wallMs.append(run.wallMs);
        if (run.peakMiB)
            peakMiB = std::max(peakMiB.value_or(0), *run.peakMiB);
    }
    const double seconds = median(wallMs) / 1000.0;
    print(QStringLiteral("walk_%1_users_s").arg(thousands(users)), seconds, 2);
    print(QStringLiteral("walk_numbers_per_s"), double(numbers) / seconds, 0);
    print(QStringLiteral("walk_numbers"), double(numbers), 0);
    if (peakMiB)
        print(QStringLiteral("cli_peak_rss_mb"), *peakMiB);
    else
        BenchStats::printText(QStringLiteral("cli_peak_rss_mb"), QStringLiteral("not measured (needs /usr/bin/time)"));
}

// A walk as the simplest client pages by cursor: one GET /users after another, each after the last
// user of the one before, the body read for that id only. What walk_latency150_s is set against.
double serialCursorWalkSeconds(const QUrl &apiUrl, const QString &secretKey, qint64 *users)
{
    QNetworkAccessManager network;
    QString cursor;
    *users = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("-created_at"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("starting_after"), cursor);
        const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(getUsers(network, apiUrl, secretKey, query));
        if (!page.ok())
            qFatal("a page did not parse");
        *users += page.value().receivedCount;
        if (page.value().receivedCount < 500)
            break;
        cursor = page.value().lastId;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Against a server 150 ms away (every answer held back that long, as a far Clerk region would),
// phonedesk-cli paced to a production key's 1000 requests per 10 s, beside the serial cursor walk.
void measureLatencyWalk(int users, int latencyMs)
{
    Sandbox sandbox;
    Sandbox::Options options;
    options.users = users;
    options.faults.latencyMs = latencyMs;
    QString error;
    if (!sandbox.start(options, &error))
        qFatal("the latency sandbox did not start: %s", qPrintable(error));
    const QString name = QStringLiteral("walk_latency%1").arg(latencyMs);
    const ProcessBench::Run run = ProcessBench::walkWithCli(sandbox.baseUrl(), sandbox.secretKey(), 1000);
    if (run.exitCode != 0)
        qFatal("phonedesk-cli list failed (%d): %s", run.exitCode, qPrintable(run.errors));
    qint64 serialUsers = 0;
    const double serial = serialCursorWalkSeconds(sandbox.baseUrl(), sandbox.secretKey(), &serialUsers);
    if (serialUsers != users)
        qFatal("the serial walk read %lld users of %d", qlonglong(serialUsers), users);
    print(name + QStringLiteral("_s"), run.wallMs / 1000.0, 2);
    print(name + QStringLiteral("_serial_s"), serial, 2);
    print(name + QStringLiteral("_ratio"), run.wallMs / 1000.0 / serial, 3);
    if (sandbox.stats().rateLimited != 0)
        qFatal("the latency walk was refused %lld times", qlonglong(sandbox.stats().rateLimited));
}

// Paced to a development key's 100 requests per 10 s against a sandbox that enforces that limit:
// the walk should take what the limit allows the pages it needs, and draw no 429.
void measurePacedWalk(Sandbox &sandbox, int users)
{
    constexpr int kLimit = 100;
    SandboxFaults faults;
    faults.rateLimit = kLimit;
    sandbox.setFaults(faults);
    const qint64 refusedBefore = sandbox.stats().rateLimited;
    const ProcessBench::Run run = ProcessBench::walkWithCli(sandbox.baseUrl(), sandbox.secretKey(), std::nullopt);
    sandbox.setFaults({});
    if (run.exitCode != 0)
        qFatal("the paced phonedesk-cli list failed (%d): %s", run.exitCode, qPrintable(run.errors));
    // A serial cursor walk needs a page per 500 users and one short page; any `kLimit` of them may
    // go within 10 s, so the last one cannot leave before this.
    const int pages = users / 500 + 1;
    const double floorSeconds = double((pages + kLimit - 1) / kLimit - 1) * 10.0;
    print(QStringLiteral("walk_paced_s"), run.wallMs / 1000.0, 2);
    print(QStringLiteral("walk_paced_floor_s"), floorSeconds, 1);
    print(QStringLiteral("walk_paced_ratio"), floorSeconds > 0 ? run.wallMs / 1000.0 / floorSeconds : 0, 3);
    print(QStringLiteral("walk_paced_429"), double(sandbox.stats().rateLimited - refusedBefore), 0);
}

// The model's sandbox: enough users for `modelNumbers` numbers at the demo data's numbers per user.
void measureModel(int modelNumbers, double numbersPerUser)
{
    Sandbox sandbox;
    Sandbox::Options options;
    options.users = int(modelNumbers / numbersPerUser * 1.02) + 500;
    QString error;
    if (!sandbox.start(options, &error))
        qFatal("the model's sandbox did not start: %s", qPrintable(error));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(kChildApiUrl, sandbox.baseUrl().toString());
    environment.insert(QStringLiteral("CLERK_SECRET_KEY"), sandbox.secretKey());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    for (const QString &mode : {QStringLiteral("--model-child"), QStringLiteral("--load-all-child")}) {
        child.start(QCoreApplication::applicationFilePath(), {mode, QStringLiteral("--model-numbers"), QString::number(modelNumbers)});
        child.waitForFinished(-1);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            qFatal("the model's measurement failed");
    }
}

void measureFirstRow(int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (const std::optional<double> at = ProcessBench::firstRowMs())
            ms.append(*at);
    }
    if (ms.isEmpty()) {
        BenchStats::printText(QStringLiteral("first_row_ms"), QStringLiteral("not measured (phonedesk reported no painted row)"));
        return;
    }
    print(QStringLiteral("first_row_ms"), median(ms), 0);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints PhoneDesk's speed figures, one per line as name: value."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users of the sandbox."),
                                         QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Repeats of the cheap figures."),
                                          QStringLiteral("count"), QStringLiteral("30"));
    const QCommandLineOption walksOption(QStringLiteral("walks"), QStringLiteral("Full walks by phonedesk-cli."),
                                         QStringLiteral("count"), QStringLiteral("3"));
    const QCommandLineOption modelOption(QStringLiteral("model-numbers"), QStringLiteral("Phone numbers in the list model."),
                                         QStringLiteral("count"), QStringLiteral("150000"));
    const QCommandLineOption firstRowsOption(QStringLiteral("first-rows"), QStringLiteral("Starts of the window."),
                                             QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption childOption(QStringLiteral("model-child"),
                                         QStringLiteral("Internal: measures the model against %1.").arg(kChildApiUrl));
    const QCommandLineOption latencyUsersOption(QStringLiteral("latency-users"), QStringLiteral("Users of the latency walk's sandbox."),
                                                QStringLiteral("count"), QStringLiteral("60000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("The latency walk's delay of every answer."),
                                           QStringLiteral("ms"), QStringLiteral("150"));
    const QCommandLineOption loadAllChildOption(QStringLiteral("load-all-child"),
                                                QStringLiteral("Internal: measures Load all against %1.").arg(kChildApiUrl));
    const QCommandLineOption journalEntriesOption(QStringLiteral("journal-entries"), QStringLiteral("Entries of the journal rewritten."),
                                                  QStringLiteral("count"), QStringLiteral("20000"));
    const QCommandLineOption journalOnlyOption(QStringLiteral("journal-only"), QStringLiteral("Only the journal's figures."));
    parser.addOptions({usersOption, roundsOption, walksOption, modelOption, firstRowsOption, childOption, loadAllChildOption, latencyUsersOption,
                       latencyOption, journalEntriesOption, journalOnlyOption});
    parser.process(app);
    const int users = std::max(500, parser.value(usersOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int walks = std::max(1, parser.value(walksOption).toInt());
    const int modelNumbers = std::max(1, parser.value(modelOption).toInt());
    const int firstRows = std::max(1, parser.value(firstRowsOption).toInt());

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(loadAllChildOption))
        return ModelBench::runLoadAll(QUrl(environment.value(kChildApiUrl)), environment.value(QStringLiteral("CLERK_SECRET_KEY")));
    if (parser.isSet(childOption))
        return ModelBench::run(QUrl(environment.value(kChildApiUrl)), environment.value(QStringLiteral("CLERK_SECRET_KEY")),
                               modelNumbers);

    const QString loadBefore = BenchStats::loadAverage();
    const int journalEntries = std::max(2, parser.value(journalEntriesOption).toInt());
    if (parser.isSet(journalOnlyOption))
        return JournalBench::run(journalEntries, std::min(rounds, 5));
    QElapsedTimer startTimer;
    startTimer.start();
    auto sandbox = std::make_unique<Sandbox>();
    Sandbox::Options options;
    options.users = users;
    QString error;
    if (!sandbox->start(options, &error))
        qFatal("the sandbox did not start: %s", qPrintable(error));
    print(QStringLiteral("sandbox_start_%1_users_ms").arg(thousands(users)), double(startTimer.elapsed()), 0);

    measureServing(*sandbox, users, rounds);
    const qint64 numbers = measureParsing(*sandbox, users);
    measureWalk(*sandbox, users, numbers, walks);
    measurePacedWalk(*sandbox, users);
    sandbox.reset(); // its memory is not needed any more
    measureLatencyWalk(std::max(500, parser.value(latencyUsersOption).toInt()), std::max(0, parser.value(latencyOption).toInt()));
    measureModel(modelNumbers, double(numbers) / users);
    measureFirstRow(firstRows);
    JournalBench::run(journalEntries, std::min(rounds, 5));

    BenchStats::print(QStringLiteral("machine_cores"), QThread::idealThreadCount(), 0);
    BenchStats::printText(QStringLiteral("machine_qt"), QString::fromLatin1(qVersion()));
    BenchStats::printText(QStringLiteral("machine_os"), QSysInfo::prettyProductName());
    BenchStats::printText(QStringLiteral("machine_load_before_after"), loadBefore + QStringLiteral(" ") + BenchStats::loadAverage());
    return 0;
}

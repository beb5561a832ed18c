// SPDX-License-Identifier: MIT
// phonedesk-sandbox: Clerk's Backend API on loopback, with seeded demo users, for demos,
// tests and benchmarks without a Clerk account.
#include "cmdline/numberoption.h"
#include "phonedesk_version.h"
#include "sandbox/sandboxcommunication.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace PhoneDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves Clerk's Backend API (users and phone numbers) on this machine, with seeded demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (loopback only by default)."), QStringLiteral("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("users"), QStringLiteral("Number of demo users."), QStringLiteral("count"), QStringLiteral("250")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo data; the same seed gives the same users."),
         QStringLiteral("seed"), QStringLiteral("1")},
        {QStringLiteral("secret-key"),
         QStringLiteral("The secret key clients must send (default: the demo key %1). Prefer PHONEDESK_SANDBOX_SECRET_KEY: "
                        "arguments are visible to other users of this machine.")
             .arg(QLatin1StringView(SandboxServer::kDefaultSecretKey)),
         QStringLiteral("key")},
        // Faults, to see how a client copes with a slow, failing or rate-limiting server.
        {QStringLiteral("latency-ms"), QStringLiteral("Milliseconds added before every API answer."), QStringLiteral("ms"),
         QStringLiteral("0")},
        {QStringLiteral("fail-rate"), QStringLiteral("Share of API requests answered 500, 502 or 503 (0 to 1)."),
         QStringLiteral("share"), QStringLiteral("0")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests allowed per 10 s per key, then 429 with Retry-After, as Clerk does; 0: no limit."),
         QStringLiteral("count"), QStringLiteral("0")},
        {QStringLiteral("malformed-rate"), QStringLiteral("Share of 200 answers sent with a truncated or non-JSON body."),
         QStringLiteral("share"), QStringLiteral("0")},
        {QStringLiteral("drop-rate"),
         QStringLiteral("Share of API requests handled and then closed without an answer (a change is applied)."),
         QStringLiteral("share"), QStringLiteral("0")},
        {QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault draws; the same seed gives the same faults."),
         QStringLiteral("seed"), QStringLiteral("1")},
        // Not a fault: deep offsets are slow at Clerk, and a client must not find that out in production.
        {QStringLiteral("offset-cost-us"),
         QStringLiteral("Microseconds a GET /users answer is held back per row its offset skips, as a large offset walks "
                        "and discards every row before it at Clerk (%1: %2 s at offset 100,000). Other requests are "
                        "served meanwhile; cursor pages (starting_after) cost nothing. 0 turns it off.")
             .arg(SandboxFaults::kDefaultOffsetCostUs)
             .arg(SandboxFaults::kDefaultOffsetCostUs * 100000 / 1e6),
         QStringLiteral("us"), QString::number(SandboxFaults::kDefaultOffsetCostUs)},
        {QStringLiteral("plant-audit-cases"),
         QStringLiteral("Turns the first ten demo users into one case each of what phonedesk-cli audit reports.")},
        {QStringLiteral("plant-sign-in-cases"),
         QStringLiteral("Puts ten demo users (after the audit cases' ten) into one state each that keeps them from signing "
                        "in: locked for 25 minutes or for good, banned, nothing verified to sign in with, 2FA without a "
                        "usable factor, a Brazilian number, a code pending or expired, an invalid number; and one signed "
                        "in on three devices. Each is printed at start.")},
        {QStringLiteral("sms-blocked-countries"),
         QStringLiteral("Countries SMS may not be sent to, as GET /instance/communication lists them: ISO 3166-1 alpha-2 "
                        "codes separated by commas (BR,IN); prepare_verification refuses their numbers with 403."),
         QStringLiteral("codes"), QString()},
        {QStringLiteral("same-created-at"),
         QStringLiteral("Gives this many demo users (neighbours in the middle of the list) one and the same created_at "
                        "millisecond, to test cursor walks over ties; 0: none."),
         QStringLiteral("count"), QStringLiteral("0")},
    });
    parser.process(app);

    const QHostAddress host(parser.value(QStringLiteral("host")));
    if (host.isNull()) {
        QTextStream(stderr) << "phonedesk-sandbox: --host must be an IP address, not \"" << parser.value(QStringLiteral("host")) << "\"\n";
        return 2;
    }
    qint64 port = 0, users = 0, seed = 0, sameCreatedAt = 0;
    if (!readNumberOption(parser, QStringLiteral("port"), 0, 65535, &port) || !readNumberOption(parser, QStringLiteral("users"), 0, 2000000, &users)
        || !readNumberOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed)
        || !readNumberOption(parser, QStringLiteral("same-created-at"), 0, 2000000, &sameCreatedAt))
        return 2;
    SandboxFaults faults;
    qint64 latencyMs = 0, rateLimit = 0, faultSeed = 0, offsetCostUs = 0;
    if (!readNumberOption(parser, QStringLiteral("latency-ms"), 0, 600000, &latencyMs)
        || !readNumberOption(parser, QStringLiteral("offset-cost-us"), 0, 1000000, &offsetCostUs)
        || !readNumberOption(parser, QStringLiteral("rate-limit"), 0, 1000000, &rateLimit)
        || !readNumberOption(parser, QStringLiteral("fault-seed"), 0, std::numeric_limits<qint64>::max(), &faultSeed)
        || !readShareOption(parser, QStringLiteral("fail-rate"), &faults.failRate)
        || !readShareOption(parser, QStringLiteral("malformed-rate"), &faults.malformedRate)
        || !readShareOption(parser, QStringLiteral("drop-rate"), &faults.dropRate))
        return 2;
    QStringList smsBlocked;
    if (const std::optional<QString> problem =
            SandboxCommunication::readCountryList(parser.value(QStringLiteral("sms-blocked-countries")), &smsBlocked)) {
        QTextStream(stderr) << "phonedesk-sandbox: --sms-blocked-countries: " << *problem << '\n';
        return 2;
    }
    faults.latencyMs = static_cast<int>(latencyMs);
    faults.rateLimit = static_cast<int>(rateLimit);
    faults.seed = static_cast<quint64>(faultSeed);
    faults.offsetCostUs = static_cast<int>(offsetCostUs);

    QString secretKey = qEnvironmentVariable("PHONEDESK_SANDBOX_SECRET_KEY");
    if (parser.isSet(QStringLiteral("secret-key")))
        secretKey = parser.value(QStringLiteral("secret-key"));
    if (secretKey.isEmpty())
        secretKey = QString::fromLatin1(SandboxServer::kDefaultSecretKey);

    QElapsedTimer started;
    started.start();
    auto store = std::make_shared<SandboxStore>(
        SandboxStore::Options{static_cast<int>(users), static_cast<quint64>(seed), 0, parser.isSet(QStringLiteral("plant-audit-cases")),
                              static_cast<int>(sameCreatedAt), smsBlocked, parser.isSet(QStringLiteral("plant-sign-in-cases"))});
    SandboxServer server(store, secretKey);
    server.setFaults(faults);
    const quint16 boundPort = server.listen(host, static_cast<quint16>(port));
    if (boundPort == 0) {
        QTextStream(stderr) << "phonedesk-sandbox: cannot listen on " << host.toString() << ':' << port
                            << " (in use, or not an address of this machine)\n";
        return 1;
    }
    const QString shownHost = host.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host.toString())
                                                                              : host.toString();
    // The first line is read by scripts and tests to find the port; keep its shape.
    std::printf("listening on http://%s:%u\n", qPrintable(shownHost), static_cast<unsigned>(boundPort));
    std::printf("ready: %lld users (seed %lld) in %lld ms; API base http://%s:%u/v1\n", static_cast<long long>(users),
                static_cast<long long>(seed), static_cast<long long>(started.elapsed()), qPrintable(shownHost),
                static_cast<unsigned>(boundPort));
    if (const std::optional<qint64> shared = store->sharedCreatedAt())
        std::printf("same created_at: %lld users created at %lld ms\n",
                    static_cast<long long>(std::min(sameCreatedAt, users)), static_cast<long long>(*shared));
    if (!smsBlocked.isEmpty())
        std::printf("SMS blocked to: %s\n", qPrintable(store->smsBlockedCountries().join(QLatin1Char(','))));
    for (const SandboxStore::SignInCase &planted : store->signInCases())
        std::printf("sign-in case %s: %s%s%s\n", qPrintable(planted.state), qPrintable(planted.userId),
                    planted.phoneNumberId.isEmpty() ? "" : " ", qPrintable(planted.phoneNumberId));
    const QString offsetCost = faults.offsetCostUs > 0
        ? QStringLiteral("offset cost %1 us per skipped row (%2 ms at offset 100,000)")
              .arg(faults.offsetCostUs)
              .arg(qint64(faults.offsetCostUs) * 100000 / 1000)
        : QStringLiteral("offset cost off");
    if (faults.any())
        std::printf("faults: latency %d ms, fail rate %g, rate limit %d per 10 s, malformed rate %g, drop rate %g "
                    "(seed %llu); %s; counts at http://%s:%u/_sandbox/stats\n",
                    faults.latencyMs, faults.failRate, faults.rateLimit, faults.malformedRate, faults.dropRate,
                    static_cast<unsigned long long>(faults.seed), qPrintable(offsetCost), qPrintable(shownHost),
                    static_cast<unsigned>(boundPort));
    else
        std::printf("faults: none; %s\n", qPrintable(offsetCost));
    std::fflush(stdout);
    return app.exec();
}

// SPDX-License-Identifier: MIT
#include "modelbench.h"

#include "benchstats.h"

#include "api/clerkclient.h"
#include "ui/list/phonenumberfiltermodel.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/list/phonenumberrow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QEventLoop>
#include <QFuture>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

#include <malloc.h>
#include <sys/resource.h>

using namespace PhoneDesk;

namespace ModelBench {

namespace {
// Pages of users as the client parses them, newest first, until `numbers` phone numbers.
QList<QList<UserSummary>> readPages(ClerkClient &client, int numbers)
{
    QList<QList<UserSummary>> pages;
    QString cursor;
    int seen = 0;
    while (seen < numbers) {
        UserListQuery query;
        query.limit = PhoneNumberListModel::kPageSize;
        query.orderBy = QStringLiteral("-created_at");
        query.startingAfter = cursor;
        QEventLoop loop;
        UserPage page;
        client.listUsers(query, &loop, [&](const ApiResult<UserPage> &result) {
            if (!result.ok())
                qFatal("GET /users failed: %s", qPrintable(result.error().message()));
            page = result.value();
            loop.quit();
        });
        loop.exec();
        for (const UserSummary &user : std::as_const(page.users))
            seen += int(user.phoneNumbers.size());
        pages.append(std::move(page.users));
        if (page.receivedCount < PhoneNumberListModel::kPageSize || page.lastId.isEmpty())
            break; // the whole instance is here
        cursor = page.lastId;
    }
    return pages;
}

// CPU time of this process (all threads), in ms: what the work costs whatever else the machine does.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int run(const QUrl &apiUrl, const QString &secretKey, int numbers)
{
    ClerkClient client;
    client.setBaseUrl(apiUrl);
    client.setSecretKey(secretKey);
    QList<QList<UserSummary>> pages = readPages(client, numbers);
    const double rssBefore = BenchStats::statusMiB("VmRSS");

    // What the model does with each page: its rows are formatted on the thread pool while the
    // next page comes, and land on this thread as one insert per page.
    PhoneNumberListModel model;
    const double cpuBefore = cpuMs();
    const double loadMs = timedMs([&] {
        QList<QFuture<QList<PhoneNumberRow>>> built;
        for (const QList<UserSummary> &users : std::as_const(pages))
            built.append(QtConcurrent::run([&users] { return PhoneNumberRow::fromUsers(users); }));
        for (QFuture<QList<PhoneNumberRow>> &page : built) {
            QList<PhoneNumberRow> rows = page.takeResult(); // the model's own, not shared with the future
            const qsizetype room = numbers - model.rowCount();
            if (rows.size() > room)
                rows.resize(room);
            model.appendRows(std::move(rows));
        }
    });
    const double loadCpuMs = cpuMs() - cpuBefore;
    pages.clear();
    const QString size = QString::number(model.rowCount() / 1000) + QStringLiteral("k");
    BenchStats::print(QStringLiteral("model_load_%1_ms").arg(size), loadMs);
    BenchStats::print(QStringLiteral("model_load_%1_cpu_ms").arg(size), loadCpuMs);

    PhoneNumberFilterModel filtered;
    filtered.setSourceModel(&model);
    // The parsed pages are gone, but their freed memory may still be counted: the figure is
    // taken once the allocator has handed it back, so that it says what the rows hold.
    const double untrimmed = BenchStats::statusMiB("VmRSS");
    malloc_trim(0);
    BenchStats::print(QStringLiteral("rss_%1_mb").arg(size), BenchStats::statusMiB("VmRSS"));
    BenchStats::print(QStringLiteral("rss_%1_untrimmed_mb").arg(size), untrimmed);
    BenchStats::print(QStringLiteral("rss_parsed_pages_mb"), rssBefore);

    // Filter changes as an agent makes them, each from the unfiltered list and back.
    using State = PhoneNumberFilterModel::VerificationFilter;
    const QList<std::function<void(bool)>> changes{
        [&](bool on) { filtered.setVerificationState(on ? State::Verified : State::AnyVerification); },
        [&](bool on) { filtered.setVerificationState(on ? State::Unverified : State::AnyVerification); },
        [&](bool on) { filtered.setVerificationState(on ? State::NeverVerified : State::AnyVerification); },
        [&](bool on) { filtered.setPrimaryOnly(on); },
        [&](bool on) { filtered.setReservedForSecondFactorOnly(on); },
        [&](bool on) { filtered.setLinkedOnly(on); },
        [&](bool on) { filtered.setBannedOrLockedOnly(on); },
    };
    QList<double> filterMs;
    for (int round = 0; round < 3; ++round) {
        for (const auto &change : changes) {
            filterMs.append(timedMs([&] { change(true); }));
            filterMs.append(timedMs([&] { change(false); }));
        }
    }
    BenchStats::print(QStringLiteral("filter_%1_ms").arg(size), BenchStats::median(filterMs));
    BenchStats::print(QStringLiteral("filter_%1_max_ms").arg(size), *std::max_element(filterMs.cbegin(), filterMs.cend()));

    QList<double> sortMs;
    using Key = PhoneNumberFilterModel::SortKey;
    for (const Key key : {Key::Updated, Key::Created, Key::Updated, Key::Created})
        sortMs.append(timedMs([&] { filtered.setSortKey(key); }));
    BenchStats::print(QStringLiteral("sort_%1_ms").arg(size), BenchStats::median(sortMs));
    return 0;
}

int runLoadAll(const QUrl &apiUrl, const QString &secretKey)
{
    ClerkClient client;
    client.setBaseUrl(apiUrl);
    client.setSecretKey(secretKey);
    client.setRateLimit(0); // the pages come as fast as the sandbox serves them: the hardest case
    PhoneNumberListModel model;
    model.setClient(&client);
    PhoneNumberFilterModel filtered; // as the window shows the rows: newest first
    filtered.setSourceModel(&model);
    const auto waitWhile = [](const std::function<bool()> &busy) {
        while (busy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    model.refresh();
    waitWhile([&] { return model.loading(); });
    if (!model.error().isEmpty())
        qFatal("the first page failed: %s", qPrintable(model.error()));

    // The GUI thread's stall: the longest gap between two turns of a 1 ms timer while the rows
    // of every page are formatted off it and land on it.
    QElapsedTimer sinceTick;
    qint64 worstNs = 0;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] { worstNs = std::max(worstNs, sinceTick.nsecsElapsed()); sinceTick.restart(); });
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    tick.start();
    model.loadAll();
    waitWhile([&] { return model.loading() || model.loadingAll(); });
    tick.stop();
    worstNs = std::max(worstNs, sinceTick.nsecsElapsed());
    if (!model.error().isEmpty())
        qFatal("Load all failed: %s", qPrintable(model.error()));
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.rowAt(row).phone.id);
    if (ids.size() != model.rowCount())
        qFatal("Load all brought %lld numbers twice", qlonglong(model.rowCount() - ids.size()));
    BenchStats::print(QStringLiteral("load_all_numbers"), model.rowCount(), 0);
    BenchStats::print(QStringLiteral("load_all_s"), double(wall.nsecsElapsed()) / 1e9, 2);
    BenchStats::print(QStringLiteral("load_all_stall_max_ms"), double(worstNs) / 1e6 - 1.0);
    return 0;
}

} // namespace ModelBench

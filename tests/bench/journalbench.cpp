// SPDX-License-Identifier: MIT
#include "journalbench.h"

#include "benchstats.h"

#include "journal/journalentry.h"
#include "journal/journalrewrite.h"
#include "journal/journalsnapshot.h"
#include "sandbox/demodatagenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

using namespace PhoneDesk;

namespace {
// One entry as the window writes it for an edit of a demo user's number: the user before and after
// (JournalSnapshot's part of it), the number unverified after.
QByteArray entryLine(const SandboxUser &user, qint64 nowMs, const QDateTime &time, int index)
{
    const QJsonObject before = JournalSnapshot::of(QJsonDocument::fromJson(user.json(nowMs)).object());
    const QString numberId = user.phones.isEmpty() ? QString() : user.phones.constFirst().id;
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"), user.id, numberId);
    entry.id = QStringLiteral("bench-%1").arg(index);
    entry.time = time;
    entry.source = {QStringLiteral("Production"), QStringLiteral("api.clerk.com"), QStringLiteral("production")};
    entry.before = before;
    entry.after = before;
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

int JournalBench::run(int entries, int rounds)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        qFatal("no temporary folder for the journal: %s", qPrintable(folder.errorString()));
    const QString path = folder.filePath(QStringLiteral("journal-bench.jsonl"));

    // A year of entries, oldest first as the journal appends them; users repeat every 500 entries.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<SandboxUser> users = DemoDataGenerator(7, nowMs).generate(500);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QDateTime first = now.addDays(-365);
    const qint64 stepMs = 365LL * 24 * 3600 * 1000 / entries;
    QByteArray journal;
    QList<double> entryBytes;
    for (int i = 0; i < entries; ++i) {
        const QByteArray line = entryLine(users.at(i % users.size()), nowMs, first.addMSecs(i * stepMs), i);
        entryBytes.append(double(line.size()));
        journal += line;
    }
    const QDateTime middle = first.addMSecs(entries / 2 * stepMs);
    const QString forgotten = users.constFirst().id;

    const auto measure = [&](const QString &name, const std::function<JournalRewriteResult()> &rewrite) {
        QList<double> ms;
        for (int round = 0; round < rounds; ++round) {
            if (!writeFile(path, journal))
                qFatal("the journal could not be written to %s", qPrintable(path));
            QElapsedTimer timer;
            timer.start();
            const JournalRewriteResult result = rewrite();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result.ok())
                qFatal("%s failed: %s", qPrintable(name), qPrintable(result.error));
        }
        BenchStats::print(name, BenchStats::median(ms));
    };

    BenchStats::print(QStringLiteral("journal_%1_entries_mb").arg(entries), double(journal.size()) / (1024.0 * 1024.0));
    BenchStats::print(QStringLiteral("journal_entry_bytes"), BenchStats::median(entryBytes), 0);
    // At every start: the 90-day retention on a journal whose entries are all newer. Read, not written.
    measure(QStringLiteral("journal_retention_nothing_due_ms"),
            [&] { return JournalRewrite::removeBefore(path, first.addSecs(-1)); });
    measure(QStringLiteral("journal_purge_half_ms"), [&] { return JournalRewrite::removeBefore(path, middle); });
    measure(QStringLiteral("journal_forget_user_ms"), [&] { return JournalRewrite::removeUser(path, forgotten); });
    return 0;
}

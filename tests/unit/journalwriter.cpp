// SPDX-License-Identifier: MIT
// A helper of tst_journal: appends entries to the journal file named on the command line, each a
// few kilobytes (an owner with many numbers), as fast as it can until it is killed. It says
// "writing" on stdout once the first entry is on the disk.
#include "journal/journal.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace PhoneDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: journalwriter FILE\n");
        return 2;
    }
    Journal journal;
    journal.open(arguments.at(1), {QStringLiteral("durability"), QStringLiteral("127.0.0.1:1"), QStringLiteral("development")});
    QJsonArray numbers;
    for (int i = 0; i < 40; ++i)
        numbers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("idn_%1").arg(i)},
                                   {QStringLiteral("phone_number"), QStringLiteral("+49151000%1").arg(i, 4, 10, QLatin1Char('0'))}});
    for (qint64 written = 0;; ++written) {
        JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"),
                                              QStringLiteral("user_%1").arg(written), QStringLiteral("idn_1"));
        entry.before = QJsonObject{{QStringLiteral("id"), entry.userId}, {QStringLiteral("phone_numbers"), numbers}};
        entry.after = entry.before;
        if (!journal.append(entry)) {
            std::fprintf(stderr, "journalwriter: %s\n", qPrintable(journal.writeError()));
            return 1;
        }
        if (written == 0) {
            std::printf("writing\n");
            std::fflush(stdout);
        }
    }
}

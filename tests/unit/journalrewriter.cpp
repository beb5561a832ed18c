// SPDX-License-Identifier: MIT
// A helper of tst_privatefiles: removes the entries before a time from the journal file named on
// the command line (JournalRewrite, as retention and `journal purge` do) and exits. It says
// "rewriting" on stdout first, so that the test can kill it at some moment of the rewrite.
#include "journal/journalrewrite.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace PhoneDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: journalrewriter FILE CUTOFF\n");
        return 2;
    }
    const QDateTime cutoff = QDateTime::fromString(arguments.at(2), Qt::ISODateWithMs);
    std::printf("rewriting\n");
    std::fflush(stdout);
    const JournalRewriteResult result = JournalRewrite::removeBefore(arguments.at(1), cutoff);
    if (!result.ok()) {
        std::fprintf(stderr, "journalrewriter: %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("removed %d\n", result.removed);
    return 0;
}

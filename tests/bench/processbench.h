// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Figures of the programs as a user runs them: phonedesk-cli and phonedesk, each started as a
// process of its own from the directory phonedesk-bench lives in.
namespace ProcessBench {

struct Run
{
    double wallMs = 0;
    int exitCode = -1;
    QString errors;               // the program's stderr
    std::optional<double> peakMiB; // its peak resident memory, when GNU time is there to say
};

// `phonedesk-cli list` of every number at `apiUrl`, its output to /dev/null, paced to
// `rateLimit` requests per 10 s (0: unpaced; nothing: the limit of the key's kind). The peak
// memory comes from /usr/bin/time: the program's own, not that of the bench forked into it.
Run walkWithCli(const QUrl &apiUrl, const QString &secretKey, std::optional<int> rateLimit = 0);
// `phonedesk --demo` offscreen, from its start until it reports the first row painted;
// nothing when it did not report one in time.
std::optional<double> firstRowMs();

} // namespace ProcessBench

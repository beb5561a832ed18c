// SPDX-License-Identifier: MIT
#include "processbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace ProcessBench {

namespace {
QString program(const char *name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1StringView(name);
}

// Whether phonedesk-cli can be told not to pace its requests: a walk of the local sandbox must
// measure PhoneDesk, not the rate limit of a real instance.
bool cliHasRateLimitOption()
{
    QProcess help;
    help.start(program("phonedesk-cli"), {QStringLiteral("--help")});
    help.waitForFinished(30000);
    return help.readAllStandardOutput().contains("--rate-limit");
}
} // namespace

Run walkWithCli(const QUrl &apiUrl, const QString &secretKey, std::optional<int> rateLimit)
{
    static const bool paceable = cliHasRateLimitOption();
    QStringList arguments{QStringLiteral("--api-url"), apiUrl.toString()};
    if (paceable && rateLimit)
        arguments << QStringLiteral("--rate-limit") << QString::number(*rateLimit);
    arguments << QStringLiteral("list") << QStringLiteral("--format") << QStringLiteral("jsonl");

    QProcess cli;
    QTemporaryDir scratch;
    const QString timeProgram = QStringLiteral("/usr/bin/time");
    const bool timed = QFileInfo(timeProgram).isExecutable() && scratch.isValid();
    const QString timeOutput = scratch.filePath(QStringLiteral("time"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The key goes through the environment, never the command line.
    environment.insert(QStringLiteral("CLERK_SECRET_KEY"), secretKey);
    cli.setProcessEnvironment(environment);
    cli.setStandardOutputFile(QProcess::nullDevice());
    Run run;
    QElapsedTimer timer;
    timer.start();
    if (timed)
        cli.start(timeProgram, QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), timeOutput,
                                           program("phonedesk-cli")}
                                   + arguments);
    else
        cli.start(program("phonedesk-cli"), arguments);
    cli.waitForFinished(-1);
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.errors = QString::fromUtf8(cli.readAllStandardError());
    if (QFile kilobytes(timeOutput); timed && kilobytes.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const double value = kilobytes.readAll().trimmed().split('\n').constLast().toDouble(&ok);
        if (ok)
            run.peakMiB = value / 1024.0;
    }
    return run;
}

std::optional<double> firstRowMs()
{
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PHONEDESK_FIRST_ROW"), QStringLiteral("exit"));
    // A settings folder of its own: the window's saved state must not change what is measured.
    QTemporaryDir config;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    QElapsedTimer timer;
    timer.start();
    window.start(program("phonedesk"), {QStringLiteral("--demo")});
    std::optional<double> at;
    QByteArray output;
    while (!at && window.waitForReadyRead(30000)) {
        output += window.readAllStandardOutput();
        if (output.contains("first row painted"))
            at = double(timer.nsecsElapsed()) / 1e6;
    }
    if (!window.waitForFinished(10000)) {
        window.kill();
        window.waitForFinished();
    }
    return at;
}

} // namespace ProcessBench

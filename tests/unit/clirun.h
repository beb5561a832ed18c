// SPDX-License-Identifier: MIT
// Runs phonedesk-cli as a program for the CLI tests (PHONEDESK_CLI_PROGRAM is its path).
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

namespace {
struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray why() const
    {
        return (finished ? QByteArray("exit ") + QByteArray::number(exitCode) : QByteArray("did not finish"))
               + "; stderr: " + err.left(2000);
    }
};

// A data folder of this test program's own, removed when it ends: the change journal the
// commands write goes there, never to the machine's real one.
inline QString testDataHome()
{
    static QTemporaryDir folder;
    return folder.path();
}

// The environment of a run: the test's own, without any CLERK_ setting, plus `key` if set.
inline QProcessEnvironment environment(const QString &key, const QString &apiUrl = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
    env.remove(QStringLiteral("CLERK_SECRET_KEY"));
    env.remove(QStringLiteral("CLERK_API_URL"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("CLERK_SECRET_KEY"), key);
    if (!apiUrl.isEmpty())
        env.insert(QStringLiteral("CLERK_API_URL"), apiUrl);
    return env;
}

// Runs the program to its end (or `timeoutMs`) while this thread's event loop keeps serving scripted peers.
inline Run runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(PHONEDESK_CLI_PROGRAM), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs the program against the API at `apiUrl` with `key` from the environment, and stops the test
// program outright if the key shows up in anything it printed.
inline Run runCliWithKey(const QString &apiUrl, const QString &key, const QStringList &arguments)
{
    Run run = runCli(QStringList{QStringLiteral("--api-url"), apiUrl} + arguments, environment(key));
    if (run.out.contains(key.toUtf8()) || run.err.contains(key.toUtf8()))
        qFatal("the key appeared in the output");
    return run;
}

// What a command printed, read as one JSON object (empty when it is not one).
inline QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A string field of a printed object; empty when absent.
inline QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

} // namespace

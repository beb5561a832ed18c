// SPDX-License-Identifier: MIT
#pragma once

#include "cliexit.h"
#include "phonenumberexport.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QIODevice;

namespace PhoneDesk {

class ClerkClient;
class PhoneNumberWalk;
struct ApiError;

// The commands of phonedesk-cli, apart from argument parsing: each writes its result to `out`,
// its warnings and errors to `err` (one line each), and ends with finished(exit code).
class CliCommand : public QObject
{
    Q_OBJECT

public:
    CliCommand(ClerkClient *client, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CliCommand() override;

    // Why the secret key must not be sent to `url`, or an empty string when it may: only http(s)
    // URLs with a host, and plain http only to this machine (loopback).
    [[nodiscard]] static QString apiUrlProblem(const QUrl &url);

    // Every phone number, one line each, written and flushed page by page.
    void list(const QString &query, PhoneNumberExport::Format format);
    // One phone number's object as the API sent it, indented JSON.
    void get(const QString &phoneNumberId);

    // Writes "phonedesk-cli: <text>" as one line to `err`.
    void report(const QString &text);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void write(const QByteArray &bytes);
    void fail(const ApiError &error);
    void finish(int exitCode);

    ClerkClient *m_client;
    QIODevice *m_out;
    QIODevice *m_err;
    PhoneNumberWalk *m_walk = nullptr;
    PhoneNumberExport m_export{PhoneNumberExport::Format::Jsonl};
    bool m_headerWritten = false;
    bool m_outputFailed = false;
    qint64 m_written = 0;
    qint64 m_problems = 0;
};

} // namespace PhoneDesk

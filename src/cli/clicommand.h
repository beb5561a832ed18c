// SPDX-License-Identifier: MIT
#pragma once

#include "cliexit.h"
#include "export/phonenumberexport.h"

#include "api/clerkclient.h"
#include "guard/proposedchange.h"
#include "journal/journalentry.h"
#include "operations/changepipeline.h"
#include "operations/signinfix.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QIODevice;

namespace PhoneDesk {

class ClerkClient;
class Journal;
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

    // The journal every change is recorded in; without one, changes are made unrecorded.
    void setJournal(Journal *journal) { m_journal = journal; }

    // Every phone number, one line each, written and flushed page by page.
    void list(const QString &query, PhoneNumberExport::Format format);
    // One phone number's object as the API sent it, indented JSON.
    void get(const QString &phoneNumberId);

    // The editing commands: each sends one request and prints the server's answer exactly as
    // sent, as indented JSON. Their arguments are checked by the caller (see editProblem*).
    void create(const NewPhoneNumber &phone);
    void update(const QString &phoneNumberId, const PhoneNumberChanges &changes);
    void remove(const QString &phoneNumberId);
    void sendCode(const QString &phoneNumberId);
    // A code Clerk does not accept is still an answer: printed, exit 0, and a note on `err`.
    void verify(const QString &phoneNumberId, const QString &verificationId, const QString &code);
    void disableMfa(const QString &userId);
    void replacePhone(const QString &userId, const QString &phoneNumber);
    // Reverts a journal entry after checking that nothing drifted; a refusal exits 2 with why.
    void undo(const QString &entryId);

    // Why `number` must not be sent as a phone number, or an empty string when it is valid E.164;
    // suggests the E.164 spelling when the text is a valid number written otherwise.
    [[nodiscard]] static QString phoneNumberProblem(const QString &number);
    // Reads "true" or "false" exactly; nothing for any other text.
    [[nodiscard]] static std::optional<bool> readBoolean(const QString &text);
    // Why these changes must not be sent, or an empty string.
    [[nodiscard]] static QString changesProblem(const PhoneNumberChanges &changes);

    // The instance audit: every finding, grouped by kind, as JSON lines or CSV; the counts per
    // kind on `err`. Codes pending or expired for longer than `pendingAgeDays` are findings.
    void audit(PhoneNumberExport::Format format, int pendingAgeDays);

    // The sign-in commands (clicommandsignin.cpp). diagnose: the sign-in check of a user, named by
    // id or by an E.164 number (the exact-number search), as indented JSON; findings are no failure.
    void diagnose(const QString &userIdOrNumber);
    // A sign-in fix through SignInFix. The user-level fixes print the server's answer as sent; a
    // sign-out everywhere prints a line per session and a summary, and fails if any session did.
    // Removing the authenticator app asks the lockout guard first (refused without --force).
    void fixSignIn(const QString &userId, SignInFix::Action action);
    // The instance's SMS blocklist: one country code a line, or the server's object as JSON.
    void smsBlocklist(bool json);

    // Sends changes that the lockout guard objects to (a warning on `err` instead of exit 5).
    void setForce(bool force) { m_force = force; }

    // Writes "phonedesk-cli: <text>" as one line to `err`.
    void report(const QString &text);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void write(const QByteArray &bytes);
    void fail(const ApiError &error);
    // Prints an object answer as indented JSON, or fails with its error.
    bool printAnswer(const ApiResult<QJsonObject> &result);
    void finish(int exitCode);
    // Asks the lockout guard about `change` (to the number `phoneNumberId`, else to the user
    // `userId`) and calls `send` unless it objects and --force is not given (exit 5 then).
    void guarded(const QString &phoneNumberId, const QString &userId, const ProposedChange &change, std::function<void()> send);
    // Records `change` in the journal around `send`: the owner read before (by user id, else as
    // the owner of the number), the answer, the owner read again; `then` gets the answer after
    // the entry is written.
    using AnswerCallback = std::function<void(const ApiResult<QJsonObject> &)>;
    void sendRecorded(const JournalEntry &change, std::function<void(AnswerCallback)> send, AnswerCallback then);
    void takeRecordedAnswer(ChangePipeline *pipeline, const ApiResult<QJsonObject> &answer, const AnswerCallback &then);
    void reportJournalProblem(const ChangePipeline *pipeline);
    // Prints what a sign-out everywhere did, a line per session and a summary.
    void writeSessionOutcomes(const SignInFix *fix);
    // `pipeline` set up as the command line makes changes: its client, journal and options.
    ChangePipeline *newPipeline(ChangePipeline *pipeline);

    ClerkClient *m_client;
    Journal *m_journal = nullptr;
    QIODevice *m_out;
    QIODevice *m_err;
    PhoneNumberWalk *m_walk = nullptr;
    PhoneNumberExport m_export{PhoneNumberExport::Format::Jsonl};
    bool m_force = false;
    bool m_headerWritten = false;
    bool m_outputFailed = false;
    qint64 m_written = 0;
    qint64 m_problems = 0;
};

} // namespace PhoneDesk

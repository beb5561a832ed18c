// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include "phonenumberwalk.h"

#include "api/clerkclient.h"
#include "export/auditexport.h"
#include "audit/instanceaudit.h"
#include "guard/lockoutcheck.h"
#include "journal/journal.h"
#include "operations/phonenumberedit.h"
#include "operations/undorunner.h"
#include "phone/phonenumberinfo.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcWalk)

namespace PhoneDesk {

CliCommand::CliCommand(ClerkClient *client, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_out(out)
    , m_err(err)
{
    // What the client does about trouble on the way is said as it happens, never the key.
    connect(client, &ClerkClient::retrying, this, [this](const ApiError &reason, int attempt, int delayMs) {
        report(QStringLiteral("%1; retrying in %2 s (attempt %3)")
                   .arg(reason.firstAttemptMessage())
                   .arg(QString::number(delayMs / 1000.0, 'f', 1))
                   .arg(attempt));
    });
    connect(client->pacer(), &RequestPacer::holdChanged, this, [this, pacer = client->pacer()] {
        if (pacer->holding())
            report(QStringLiteral("Clerk is rate limiting: next request in %1 s").arg((pacer->holdRemainingMs() + 999) / 1000));
    });
}

CliCommand::~CliCommand() = default;

void CliCommand::report(const QString &text)
{
    m_err->write(QByteArrayLiteral("phonedesk-cli: ") + text.toUtf8() + '\n');
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}

void CliCommand::write(const QByteArray &bytes)
{
    if (m_outputFailed || bytes.isEmpty())
        return;
    if (m_out->write(bytes) != bytes.size())
        m_outputFailed = true;
    // Flushed per page, so that a reader sees each page as it arrives.
    if (auto *file = qobject_cast<QFileDevice *>(m_out); file && !file->flush())
        m_outputFailed = true;
}

void CliCommand::fail(const ApiError &error)
{
    report(error.describe());
    finish(CliExit::forError(error));
}

void CliCommand::finish(int exitCode)
{
    if (m_outputFailed) {
        report(QStringLiteral("the output could not be written"));
        exitCode = CliExit::OutputFailed;
    }
    Q_EMIT finished(exitCode);
}

void CliCommand::list(const QString &query, PhoneNumberExport::Format format)
{
    m_export = PhoneNumberExport(format);
    m_headerWritten = false;
    m_written = 0;
    m_problems = 0;
    delete m_walk;
    m_walk = new PhoneNumberWalk(m_client, this);
    connect(m_walk, &PhoneNumberWalk::pageRead, this, [this](const QList<PhoneNumberRecord> &records, const QStringList &problems) {
        QByteArray page;
        if (!m_headerWritten) {
            page = m_export.header();
            m_headerWritten = true;
        }
        for (const PhoneNumberRecord &record : records)
            page += m_export.line(record);
        write(page);
        m_written += records.size();
        for (const QString &problem : problems)
            report(QStringLiteral("warning: skipped %1").arg(problem));
        m_problems += problems.size();
        if (m_outputFailed)
            m_walk->abort();
    });
    connect(m_walk, &PhoneNumberWalk::finished, this, [this] {
        // A CSV of no numbers is still a CSV: its header.
        if (!m_headerWritten) {
            write(m_export.header());
            m_headerWritten = true;
        }
        qCDebug(lcWalk).noquote() << QStringLiteral("listed %1 phone numbers of %2 users in %3 pages (%4 requests, %5 created_at slices)")
                                         .arg(m_written).arg(m_walk->usersReceived()).arg(m_walk->pagesRead())
                                         .arg(m_walk->requestsSent()).arg(m_walk->slices());
        if (m_problems > 0)
            report(QStringLiteral("%1 entries could not be read and were skipped (listed above); the other %2 numbers were listed")
                       .arg(m_problems).arg(m_written));
        finish(CliExit::Success);
    });
    connect(m_walk, &PhoneNumberWalk::failed, this, [this](const ApiError &error) {
        if (m_outputFailed)
            finish(CliExit::OutputFailed);
        else
            fail(error);
    });
    UserListQuery filter;
    filter.query = query;
    m_walk->start(filter);
}

void CliCommand::get(const QString &phoneNumberId)
{
    m_client->getPhoneNumberObject(phoneNumberId, this, [this](ApiResult<QJsonObject> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const QJsonObject &raw = result.value();
        write(QJsonDocument(raw).toJson(QJsonDocument::Indented));
        // Printed as sent either way; a number PhoneDesk cannot read is worth a warning.
        if (Parsed<PhoneNumber> phone = PhoneNumber::fromJson(raw); !phone.ok())
            report(QStringLiteral("warning: %1").arg(phone.error()));
        finish(CliExit::Success);
    });
}

ChangePipeline *CliCommand::newPipeline(ChangePipeline *pipeline)
{
    pipeline->setOptions(ChangePipeline::commandLineOptions());
    pipeline->setClient(m_client);
    pipeline->setJournal(m_journal);
    return pipeline;
}

void CliCommand::sendRecorded(const JournalEntry &change, std::function<void(AnswerCallback)> send, AnswerCallback then)
{
    ChangePipeline *pipeline = newPipeline(new ChangePipeline(this));
    if (!pipeline->begin(change.request)) {
        fail(*pipeline->lastError());
        return;
    }
    // Failing before the change went out: the owner could not be read for the journal.
    auto sent = std::make_shared<bool>(false);
    connect(pipeline, &ChangePipeline::failed, this, [this, pipeline, sent] {
        if (!*sent)
            fail(*pipeline->lastError());
    });
    pipeline->sendJournaled(change, [this, pipeline, sent, send, then] {
        *sent = true;
        send([this, pipeline, then](const ApiResult<QJsonObject> &answer) { takeRecordedAnswer(pipeline, answer, then); });
    });
}

void CliCommand::takeRecordedAnswer(ChangePipeline *pipeline, const ApiResult<QJsonObject> &answer, const AnswerCallback &then)
{
    if (!answer.ok()) {
        pipeline->fail(answer.error());
        reportJournalProblem(pipeline);
        then(answer);
        return;
    }
    // A number made by the change is known by its answer's id.
    const QJsonObject &value = answer.value();
    if (value.value(QLatin1StringView("object")).toString() == QLatin1StringView("phone_number"))
        pipeline->journalCreated(value.value(QLatin1StringView("id")).toString());
    const QString userId = pipeline->journaledOwner();
    if (userId.isEmpty()) {
        pipeline->succeed();
        reportJournalProblem(pipeline);
        then(answer);
        return;
    }
    pipeline->rereadOwner(userId, [this, pipeline, answer, then](const ApiResult<UserSummary> &owner) {
        if (!owner.ok())
            report(QStringLiteral("warning: the change was made, but the owner could not be read again for the journal: %1")
                       .arg(owner.error().message()));
        pipeline->succeed();
        reportJournalProblem(pipeline);
        then(answer);
    });
}

void CliCommand::reportJournalProblem(const ChangePipeline *pipeline)
{
    if (!pipeline->journalProblem().isEmpty())
        report(QStringLiteral("warning: the change is not in the journal: %1").arg(pipeline->journalProblem()));
}

bool CliCommand::printAnswer(const ApiResult<QJsonObject> &result)
{
    if (!result.ok()) {
        fail(result.error());
        return false;
    }
    write(QJsonDocument(result.value()).toJson(QJsonDocument::Indented));
    return true;
}

QString CliCommand::phoneNumberProblem(const QString &number)
{
    const PhoneNumberInfo info = PhoneNumberInfo::of(number);
    if (info.isE164)
        return {};
    if (info.valid && !info.e164.isEmpty())
        return QStringLiteral("\"%1\" is not in E.164 form; did you mean %2?").arg(number, info.e164);
    return QStringLiteral("\"%1\" is not a valid phone number in E.164 form (like +4915123456789)").arg(number);
}

std::optional<bool> CliCommand::readBoolean(const QString &text)
{
    if (text == QLatin1StringView("true"))
        return true;
    if (text == QLatin1StringView("false"))
        return false;
    return std::nullopt;
}

QString CliCommand::changesProblem(const PhoneNumberChanges &changes)
{
    if (changes.isEmpty())
        return QStringLiteral("update needs at least one of --verified, --primary, --reserved-for-second-factor");
    if (changes.reservedForSecondFactor.value_or(false) && changes.verified == false)
        return QStringLiteral("an unverified number cannot be reserved for second factor: "
                              "--reserved-for-second-factor true needs a verified number");
    return {};
}

void CliCommand::create(const NewPhoneNumber &phone)
{
    JournalEntry change = JournalEntry::of(JournalOperation::Create, QStringLiteral("POST /phone_numbers"), phone.userId);
    change.phoneNumber = phone.phoneNumber;
    sendRecorded(
        change, [this, phone](AnswerCallback answer) { m_client->createPhoneNumberObject(phone, this, answer); },
        [this](const ApiResult<QJsonObject> &result) {
            if (printAnswer(result))
                finish(CliExit::Success);
        });
}

void CliCommand::update(const QString &phoneNumberId, const PhoneNumberChanges &changes)
{
    // The same edit as the window's: it reads the number and its owner first, checks the
    // change, sends only what differs and does not overwrite a change made meanwhile.
    auto *edit = static_cast<PhoneNumberEdit *>(newPipeline(new PhoneNumberEdit(this)));
    connect(edit, &PhoneNumberEdit::loaded, this, [this, edit, changes] {
        PhoneNumberEdit::Flags draft = edit->draft();
        draft.verified = changes.verified.value_or(draft.verified);
        draft.primary = changes.primary.value_or(draft.primary);
        draft.reservedForSecondFactor = changes.reservedForSecondFactor.value_or(draft.reservedForSecondFactor);
        edit->setDraft(draft);
        if (const QString refused = edit->validationError(); !refused.isEmpty()) {
            report(QStringLiteral("refused, nothing was sent: %1").arg(refused));
            finish(CliExit::Usage);
            return;
        }
        if (!edit->hasUnsentInput()) {
            report(QStringLiteral("the number already has these values; nothing was changed"));
            get(edit->phoneNumberId());
            return;
        }
        guarded(edit->phoneNumberId(), {}, edit->proposedChange(), [edit] { edit->submit(); });
    });
    connect(edit, &PhoneNumberEdit::staleNoticeChanged, this, [this, edit] {
        if (edit->staleNotice().isEmpty() || edit->loading())
            return;
        report(edit->staleNotice());
        finish(CliExit::ApiFailed);
    });
    connect(edit, &ChangePipeline::failed, this, [this, edit] {
        if (edit->lastError())
            fail(*edit->lastError());
        else
            finish(CliExit::ApiFailed);
    });
    connect(edit, &ChangePipeline::done, this, [this, edit] {
        reportJournalProblem(edit);
        write(QJsonDocument(edit->answer()).toJson(QJsonDocument::Indented));
        finish(CliExit::Success);
    });
    edit->loadFromServer(phoneNumberId);
}

void CliCommand::guarded(const QString &phoneNumberId, const QString &userId, const ProposedChange &change,
                         std::function<void()> send)
{
    auto *check = new LockoutCheck(m_client, this);
    connect(check, &LockoutCheck::judged, this, [this, check, send](const LockoutVerdict &verdict, bool ownerKnown) {
        check->deleteLater();
        if (!ownerKnown)
            report(QStringLiteral("warning: the number's owner was not found, so whether this locks them out is unknown"));
        if (verdict.isRisky() && !m_force) {
            report(QStringLiteral("refused, nothing was sent: %1 Add --force to do it anyway.").arg(verdict.message()));
            finish(CliExit::LockoutRefused);
            return;
        }
        if (verdict.isRisky())
            report(QStringLiteral("warning (--force): %1").arg(verdict.message()));
        send();
    });
    connect(check, &LockoutCheck::failed, this, [this, check](const ApiError &error) {
        check->deleteLater();
        fail(error);
    });
    if (!phoneNumberId.isEmpty())
        check->checkNumber(phoneNumberId, change);
    else
        check->checkUser(userId, change);
}

void CliCommand::remove(const QString &phoneNumberId)
{
    guarded(phoneNumberId, {}, ProposedChange::deletion(phoneNumberId), [this, phoneNumberId] {
        sendRecorded(
            JournalEntry::of(JournalOperation::Delete, QStringLiteral("DELETE /phone_numbers/{id}"), {}, phoneNumberId),
            [this, phoneNumberId](AnswerCallback answer) { m_client->deletePhoneNumberObject(phoneNumberId, this, answer); },
            [this](const ApiResult<QJsonObject> &result) {
                if (printAnswer(result))
                    finish(CliExit::Success);
            });
    });
}

void CliCommand::sendCode(const QString &phoneNumberId)
{
    sendRecorded(
        JournalEntry::of(JournalOperation::SendCode, QStringLiteral("POST /phone_numbers/{id}/prepare_verification"), {}, phoneNumberId),
        [this, phoneNumberId](AnswerCallback answer) { m_client->prepareVerificationObject(phoneNumberId, this, answer); },
        [this](const ApiResult<QJsonObject> &result) {
            if (printAnswer(result))
                finish(CliExit::Success);
        });
}

void CliCommand::verify(const QString &phoneNumberId, const QString &verificationId, const QString &code)
{
    sendRecorded(
        JournalEntry::of(JournalOperation::Verify, QStringLiteral("POST /phone_numbers/{id}/attempt_verification"), {}, phoneNumberId),
        [this, phoneNumberId, verificationId, code](AnswerCallback answer) {
            m_client->attemptVerificationObject(phoneNumberId, verificationId, code, this, answer);
        },
        [this](const ApiResult<QJsonObject> &result) {
            if (!printAnswer(result))
                return;
            const QJsonObject &answer = result.value();
            const QString status = answer.value(QLatin1StringView("status")).toString();
            if (status != QLatin1StringView("verified")) {
                const QJsonValue attempts = answer.value(QLatin1StringView("attempts"));
                report(QStringLiteral("code not accepted: status %1, attempts %2")
                           .arg(status.isEmpty() ? QStringLiteral("unknown") : status,
                                attempts.isDouble() ? QString::number(attempts.toInteger()) : QStringLiteral("unknown")));
            }
            finish(CliExit::Success);
        });
}

void CliCommand::disableMfa(const QString &userId)
{
    guarded({}, userId, ProposedChange::mfaReset(), [this, userId] {
        sendRecorded(
            JournalEntry::of(JournalOperation::ResetMfa, QStringLiteral("DELETE /users/{id}/mfa"), userId),
            [this, userId](AnswerCallback answer) { m_client->disableMfaObject(userId, this, answer); },
            [this](const ApiResult<QJsonObject> &result) {
                if (printAnswer(result))
                    finish(CliExit::Success);
            });
    });
}

void CliCommand::replacePhone(const QString &userId, const QString &phoneNumber)
{
    // Sent without identification_status: Clerk's default makes the new number verified.
    const ProposedChange proposed = ProposedChange::replacement(phoneNumber, IdentificationStatus::Verified);
    guarded({}, userId, proposed, [this, userId, phoneNumber] {
        JournalEntry change = JournalEntry::of(JournalOperation::ReplaceNumbers, QStringLiteral("PUT /users/{id}/phone_number"), userId);
        change.phoneNumber = phoneNumber;
        sendRecorded(
            change, [this, userId, phoneNumber](AnswerCallback answer) {
                m_client->replaceUserPhoneNumberObject(userId, phoneNumber, {}, this, answer);
            },
            [this](const ApiResult<QJsonObject> &result) {
                if (printAnswer(result))
                    finish(CliExit::Success);
            });
    });
}

void CliCommand::undo(const QString &entryId)
{
    auto *undo = static_cast<UndoRunner *>(newPipeline(new UndoRunner(this)));
    undo->setEntryId(entryId);
    connect(undo, &ChangePipeline::failed, this, [this, undo] {
        if (undo->refused()) {
            report(QStringLiteral("refused, nothing was sent: %1").arg(undo->refusal()));
            finish(CliExit::Usage);
        } else if (undo->lastError()) {
            fail(*undo->lastError());
        } else {
            finish(CliExit::ApiFailed);
        }
    });
    connect(undo, &ChangePipeline::done, this, [this, undo] {
        reportJournalProblem(undo);
        write(QStringLiteral("undone: %1\njournal entry: %2\n").arg(undo->plan(), undo->lastJournalEntryId()).toUtf8());
        finish(CliExit::Success);
    });
    undo->submit();
}

void CliCommand::audit(PhoneNumberExport::Format format, int pendingAgeDays)
{
    auto *audit = new InstanceAudit(m_client, this);
    audit->setPendingAgeDays(pendingAgeDays);
    connect(audit, &InstanceAudit::finished, this, [this, audit, format] {
        QList<AuditFinding> findings = audit->findings();
        sortFindings(findings);
        write(AuditExport(format).document(findings));
        for (const QString &problem : audit->problems())
            report(QStringLiteral("warning: skipped %1").arg(problem));
        QMap<AuditFinding::Kind, int> counts;
        for (const AuditFinding &finding : findings)
            ++counts[finding.kind];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            report(QStringLiteral("%1: %2").arg(AuditFinding::kindTitle(it.key())).arg(it.value()));
        report(QStringLiteral("audited %1 users: %2 findings").arg(audit->usersRead()).arg(findings.size()));
        finish(CliExit::Success);
    });
    connect(audit, &InstanceAudit::failed, this, [this, audit](const ApiError &error) {
        report(QStringLiteral("the audit stopped after %1 users").arg(audit->usersRead()));
        fail(error);
    });
    audit->start();
}

} // namespace PhoneDesk

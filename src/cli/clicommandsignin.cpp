// SPDX-License-Identifier: MIT
// The sign-in commands of CliCommand: diagnose, the fixes and sms-blocklist (the rest of the
// class is in clicommand.cpp).
#include "clicommand.h"

#include "signin/signincheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PhoneDesk {

void CliCommand::diagnose(const QString &userIdOrNumber)
{
    auto *check = new SignInCheck(m_client, this);
    connect(check, &SignInCheck::diagnosed, this, [this, check](const SignInDiagnosis &diagnosis) {
        if (!check->otherUsers().isEmpty())
            report(QStringLiteral("warning: other users have this number too: %1; diagnosed %2")
                       .arg(check->otherUsers().join(QStringLiteral(", ")), diagnosis.userId()));
        if (!check->blocklistProblem().isEmpty())
            report(QStringLiteral("warning: the SMS blocklist could not be read, so no number was checked against it: %1")
                       .arg(check->blocklistProblem()));
        write(QJsonDocument(diagnosis.toJson()).toJson(QJsonDocument::Indented));
        QStringList kinds;
        for (const SignInFinding &finding : diagnosis.findings())
            kinds.append(finding.kindName());
        report(kinds.isEmpty() ? QStringLiteral("%1: nothing found that keeps them from signing in").arg(diagnosis.userId())
                               : QStringLiteral("%1: %2 (%3)")
                                     .arg(diagnosis.userId(),
                                          kinds.size() == 1 ? QStringLiteral("1 finding") : QStringLiteral("%1 findings").arg(kinds.size()),
                                          kinds.join(QStringLiteral(", "))));
        finish(CliExit::Success);
    });
    connect(check, &SignInCheck::notFound, this, [this](const QString &message) {
        report(message);
        finish(CliExit::ApiFailed);
    });
    connect(check, &SignInCheck::failed, this, [this](const ApiError &error) { fail(error); });
    if (userIdOrNumber.startsWith(QLatin1Char('+')))
        check->checkNumber(userIdOrNumber);
    else
        check->checkUser(userIdOrNumber);
}

void CliCommand::fixSignIn(const QString &userId, SignInFix::Action action)
{
    const auto run = [this, userId, action] {
        auto *fix = static_cast<SignInFix *>(newPipeline(new SignInFix(this)));
        fix->setUserId(userId);
        fix->setAction(action);
        connect(fix, &ChangePipeline::failed, this, [this, fix, action] {
            reportJournalProblem(fix);
            if (action == SignInFix::Action::RevokeSessions && !fix->sessionOutcomes().isEmpty())
                writeSessionOutcomes(fix);
            if (fix->lastError())
                fail(*fix->lastError());
            else
                finish(CliExit::ApiFailed);
        });
        connect(fix, &ChangePipeline::done, this, [this, fix, action] {
            reportJournalProblem(fix);
            if (action == SignInFix::Action::RevokeSessions)
                writeSessionOutcomes(fix);
            else
                write(QJsonDocument(fix->answer()).toJson(QJsonDocument::Indented));
            if (action == SignInFix::Action::Ban)
                report(QStringLiteral("%1 is banned: they cannot sign in and their sessions ended; unban %1 undoes it").arg(fix->userId()));
            finish(CliExit::Success);
        });
        fix->submit();
    };
    // Only the authenticator app can be a last second factor among these; the others the guard lets by.
    const std::optional<ProposedChange> change = SignInFix::proposedChange(action);
    if (change && change->kind == ProposedChange::Kind::RemoveTotp)
        guarded({}, userId, *change, run);
    else
        run();
}

void CliCommand::writeSessionOutcomes(const SignInFix *fix)
{
    QByteArray lines;
    for (const SignInFix::SessionOutcome &outcome : fix->sessionOutcomes()) {
        QString line = outcome.session.id;
        if (outcome.revoked)
            line += QStringLiteral(" revoked");
        else
            line += QStringLiteral(" failed: %1").arg(outcome.error ? outcome.error->describe() : QStringLiteral("unknown"));
        if (outcome.session.latestActivity) {
            if (const QString where = outcome.session.latestActivity->describe(); !where.isEmpty())
                line += QStringLiteral(" (%1)").arg(where);
        }
        lines += line.toUtf8() + '\n';
    }
    const int total = int(fix->sessionOutcomes().size());
    if (total == 0)
        lines += QStringLiteral("%1 has no active session: nothing was revoked\n").arg(fix->userId()).toUtf8();
    else
        lines += QStringLiteral("revoked %1 of %2 active sessions of %3; %4 failed\n")
                     .arg(fix->revokedCount()).arg(total).arg(fix->userId()).arg(fix->failedCount()).toUtf8();
    write(lines);
}

void CliCommand::smsBlocklist(bool json)
{
    m_client->getInstanceCommunicationObject(this, [this, json](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const Parsed<InstanceCommunication> communication = InstanceCommunication::fromJson(result.value());
        if (json) {
            // Printed as sent either way; an object PhoneDesk cannot read is worth a warning.
            write(QJsonDocument(result.value()).toJson(QJsonDocument::Indented));
            if (!communication.ok())
                report(QStringLiteral("warning: %1").arg(communication.error()));
            finish(CliExit::Success);
            return;
        }
        if (!communication.ok()) {
            fail(ApiError::fromTransport(QStringLiteral("GET /instance/communication"), ApiError::Transport::UnreadableAnswer,
                                         communication.error()));
            return;
        }
        QByteArray lines;
        for (const QString &code : communication.value().blockedCountryCodes)
            lines += code.toUtf8() + '\n';
        write(lines);
        if (communication.value().blockedCountryCodes.isEmpty())
            report(QStringLiteral("the instance blocks SMS to no country"));
        finish(CliExit::Success);
    });
}

} // namespace PhoneDesk

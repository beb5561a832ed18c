// SPDX-License-Identifier: MIT
#include "journalrecorder.h"

#include "journal.h"

#include "api/userlistquery.h"

#include <QJsonArray>

namespace PhoneDesk {

PendingCall JournalRecorder::readOwner(ClerkClient *client, const QString &userId, QObject *context, UserCallback then)
{
    UserListQuery query;
    query.userIds = {userId};
    query.limit = 1;
    return client->listUserObjects(query, context, [then = std::move(then)](const ApiResult<QJsonArray> &users) {
        if (!users.ok()) {
            then(users.error());
            return;
        }
        // An unknown user is Clerk's to refuse when the change is sent; here it is "not known".
        then(users.value().isEmpty() ? QJsonObject() : users.value().first().toObject());
    });
}

PendingCall JournalRecorder::findOwnerOfNumber(ClerkClient *client, const QString &phoneNumberId, QObject *context,
                                               UserCallback then)
{
    // The second request is made from the first one's answer; `context` guards both.
    return client->getPhoneNumber(phoneNumberId, context, [client, phoneNumberId, context, then = std::move(then)](const ApiResult<PhoneNumber> &phone) {
        if (!phone.ok()) {
            then(phone.error());
            return;
        }
        UserListQuery query;
        query.phoneNumbers = {phone.value().phoneNumber};
        query.limit = 10;
        client->listUserObjects(query, context, [phoneNumberId, then](const ApiResult<QJsonArray> &users) {
            if (!users.ok()) {
                then(users.error());
                return;
            }
            for (const QJsonValue &user : users.value()) {
                if (!JournalEntry::numberIn(user.toObject(), phoneNumberId).isEmpty()) {
                    then(user.toObject());
                    return;
                }
            }
            then(QJsonObject());
        });
    });
}

void JournalRecorder::setSessions(const QStringList &revoked, const QStringList &failed,
                                  const std::optional<ApiError> &firstFailure)
{
    if (!m_pending)
        return;
    m_pending->revokedSessionIds = revoked;
    m_pending->failedSessionIds = failed;
    if (failed.isEmpty() || !firstFailure)
        return;
    m_pending->outcome = JournalEntry::Outcome::Failed;
    m_pending->errorCode = firstFailure->code();
    m_pending->errorMessage = QStringLiteral("%1 of %2 sessions could not be revoked: %3")
                                  .arg(failed.size()).arg(revoked.size() + failed.size()).arg(firstFailure->message());
    m_pending->traceId = firstFailure->traceId;
}

std::optional<QString> JournalRecorder::finishDone(Journal *journal, const QJsonObject &after, QString *problem)
{
    if (!m_pending)
        return std::nullopt;
    JournalEntry entry = *m_pending;
    m_pending.reset();
    entry.after = after;
    // A change that failed in part (setSessions) stays failed; the rest of it was made.
    if (entry.failedSessionIds.isEmpty())
        entry.outcome = JournalEntry::Outcome::Done;
    return write(journal, std::move(entry), problem);
}

std::optional<QString> JournalRecorder::finishFailed(Journal *journal, const ApiError &error, QString *problem)
{
    if (!m_pending)
        return std::nullopt;
    JournalEntry entry = *m_pending;
    m_pending.reset();
    entry.outcome = JournalEntry::Outcome::Failed;
    entry.errorCode = error.code();
    entry.errorMessage = error.message();
    entry.traceId = error.traceId;
    return write(journal, std::move(entry), problem);
}

std::optional<QString> JournalRecorder::write(Journal *journal, JournalEntry entry, QString *problem)
{
    // The number as written, for searching, from whichever side still has it.
    if (entry.phoneNumber.isEmpty()) {
        QJsonObject number = entry.numberAfter();
        if (number.isEmpty())
            number = entry.numberBefore();
        entry.phoneNumber = number.value(QLatin1StringView("phone_number")).toString();
    }
    if (!journal) {
        if (problem)
            *problem = QStringLiteral("no journal is open");
        return std::nullopt;
    }
    if (!journal->append(entry)) {
        if (problem)
            *problem = journal->writeError();
        return std::nullopt;
    }
    return entry.id;
}

} // namespace PhoneDesk

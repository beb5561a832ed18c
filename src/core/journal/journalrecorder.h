// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/clerkclient.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace PhoneDesk {

class Journal;

// Records one change in the journal: the owner as the server has them is read before the change
// is sent (readOwner, findOwnerOfNumber), the entry waits while the request is in flight, and
// is written, with the owner read again after it or with Clerk's error, before the change is
// reported. The dialogs' AccountChange and the command line's commands both record through it.
class JournalRecorder
{
public:
    using UserCallback = std::function<void(const ApiResult<QJsonObject> &)>;

    // Clerk's user object, exactly as sent (GET /users?user_id=…); an empty object when there is
    // no such user.
    static PendingCall readOwner(ClerkClient *client, const QString &userId, QObject *context, UserCallback then);
    // The owner of a number, found by the exact number search (a number object does not name its
    // owner); an empty object when the search does not find them.
    static PendingCall findOwnerOfNumber(ClerkClient *client, const QString &phoneNumberId, QObject *context,
                                         UserCallback then);

    // A change is about to be sent; `entry` names it and holds the owner before it.
    void start(const JournalEntry &entry) { m_pending = entry; }
    [[nodiscard]] bool pending() const { return m_pending.has_value(); }
    [[nodiscard]] const std::optional<JournalEntry> &entry() const { return m_pending; }
    void clear() { m_pending.reset(); }
    // The number a change created, known only from its answer.
    void setPhoneNumberId(const QString &id)
    {
        if (m_pending)
            m_pending->phoneNumberId = id;
    }

    // The sessions a sign-out everywhere revoked and could not revoke. When any could not, the
    // entry is written as failed with `firstFailure`'s code, even with the owner read after it.
    void setSessions(const QStringList &revoked, const QStringList &failed, const std::optional<ApiError> &firstFailure);

    // Writes the pending entry as done (or failed, when setSessions() says a part failed), with the
    // owner as read after the change (empty when the read failed). Returns the written entry's id,
    // or nothing and `problem` says why.
    std::optional<QString> finishDone(Journal *journal, const QJsonObject &after, QString *problem);
    // Writes the pending entry as failed with Clerk's code, message and trace id.
    std::optional<QString> finishFailed(Journal *journal, const ApiError &error, QString *problem);

private:
    std::optional<QString> write(Journal *journal, JournalEntry entry, QString *problem);

    std::optional<JournalEntry> m_pending;
};

} // namespace PhoneDesk

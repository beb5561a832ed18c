// SPDX-License-Identifier: MIT
#pragma once

#include "signindiagnosis.h"
#include "smsblocklist.h"

#include "api/apierror.h"
#include "api/clerkclient.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace PhoneDesk {

// Reads what the sign-in check needs from the server, for a user named by id or by a number:
// the user (GET /users/{id}, or the exact-number search), then the instance's SMS blocklist
// (GET /instance/communication), and diagnoses them. Ends each check with exactly one of
// diagnosed(), notFound() and failed(). A blocklist that cannot be read does not stop the check:
// the diagnosis then leaves the blocklist out and blocklistProblem() says why.
class SignInCheck : public QObject
{
    Q_OBJECT

public:
    explicit SignInCheck(ClerkClient *client, QObject *parent = nullptr);
    ~SignInCheck() override;

    // The time a user is read at, in milliseconds since the epoch (the system clock by default).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void checkUser(const QString &userId);
    // The user who has the number `e164`, found by the exact-number search.
    void checkNumber(const QString &e164);
    // Reads the SMS blocklist alone (blocklistRead() or failed()), for views that diagnose users
    // they already have.
    void readBlocklist();

    // The blocklist as last read; nothing before a read or when it failed.
    [[nodiscard]] const std::optional<SmsBlocklist> &blocklist() const { return m_blocklist; }
    // Why the blocklist of the last check could not be read; empty when it was.
    [[nodiscard]] QString blocklistProblem() const { return m_blocklistProblem; }
    // Other users the last number search found besides the one diagnosed.
    [[nodiscard]] QStringList otherUsers() const { return m_otherUsers; }

Q_SIGNALS:
    void diagnosed(const PhoneDesk::SignInDiagnosis &diagnosis);
    // No user has the number that was asked for.
    void notFound(const QString &message);
    void blocklistRead(const PhoneDesk::SmsBlocklist &blocklist);
    void failed(const PhoneDesk::ApiError &error);

private:
    void takeUser(const ApiResult<UserSummary> &user);
    void takeSearch(const QString &e164, const ApiResult<UserPage> &page);
    void diagnose(const UserSummary &user, qint64 readAt);

    ClerkClient *m_client;
    std::function<qint64()> m_clock;
    std::optional<SmsBlocklist> m_blocklist;
    QString m_blocklistProblem;
    QStringList m_otherUsers;
};

} // namespace PhoneDesk

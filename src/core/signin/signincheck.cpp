// SPDX-License-Identifier: MIT
#include "signincheck.h"

#include "api/userlistquery.h"

#include <QDateTime>

#include <algorithm>

namespace PhoneDesk {

SignInCheck::SignInCheck(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

SignInCheck::~SignInCheck() = default;

void SignInCheck::checkUser(const QString &userId)
{
    m_otherUsers.clear();
    m_client->getUser(userId, this, [this](const ApiResult<UserSummary> &user) { takeUser(user); });
}

void SignInCheck::checkNumber(const QString &e164)
{
    m_otherUsers.clear();
    // The Backend API finds users by a number only through the exact search, as the other commands do.
    UserListQuery query;
    query.phoneNumbers = {e164};
    query.limit = 10;
    m_client->listUsers(query, this, [this, e164](const ApiResult<UserPage> &page) { takeSearch(e164, page); });
}

void SignInCheck::takeSearch(const QString &e164, const ApiResult<UserPage> &page)
{
    if (!page.ok()) {
        Q_EMIT failed(page.error());
        return;
    }
    // The search matches any number of the user; the one that is exactly this number decides.
    QList<UserSummary> holders;
    for (const UserSummary &user : page.value().users) {
        if (std::any_of(user.phoneNumbers.cbegin(), user.phoneNumbers.cend(),
                        [&](const PhoneNumber &phone) { return phone.phoneNumber == e164; }))
            holders.append(user);
    }
    // A number stored in another spelling is still the search's answer.
    if (holders.isEmpty())
        holders = page.value().users;
    if (holders.isEmpty()) {
        Q_EMIT notFound(QStringLiteral("no user has the number %1").arg(e164));
        return;
    }
    for (qsizetype i = 1; i < holders.size(); ++i)
        m_otherUsers.append(holders.at(i).id);
    diagnose(holders.first(), m_clock());
}

void SignInCheck::takeUser(const ApiResult<UserSummary> &user)
{
    if (!user.ok()) {
        Q_EMIT failed(user.error());
        return;
    }
    diagnose(user.value(), m_clock());
}

void SignInCheck::diagnose(const UserSummary &user, qint64 readAt)
{
    m_client->getInstanceCommunication(this, [this, user, readAt](const ApiResult<InstanceCommunication> &communication) {
        if (communication.ok()) {
            m_blocklist = SmsBlocklist::of(communication.value());
            m_blocklistProblem.clear();
        } else {
            m_blocklist.reset();
            m_blocklistProblem = communication.error().describe();
        }
        Q_EMIT diagnosed(SignInDiagnosis::of(user, m_blocklist, readAt));
    });
}

void SignInCheck::readBlocklist()
{
    m_client->getInstanceCommunication(this, [this](const ApiResult<InstanceCommunication> &communication) {
        if (!communication.ok()) {
            m_blocklistProblem = communication.error().describe();
            Q_EMIT failed(communication.error());
            return;
        }
        m_blocklist = SmsBlocklist::of(communication.value());
        m_blocklistProblem.clear();
        Q_EMIT blocklistRead(*m_blocklist);
    });
}

} // namespace PhoneDesk

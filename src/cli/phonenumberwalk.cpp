// SPDX-License-Identifier: MIT
#include "phonenumberwalk.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWalk, "phonedesk.cli", QtInfoMsg)

namespace PhoneDesk {

namespace {
const QString kLabel = QStringLiteral("GET /users");
} // namespace

PhoneNumberWalk::PhoneNumberWalk(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_walk(userListWalk<UserNumbersPage>(client, this, &ClerkClient::listUserNumbers,
                                           [this](UserNumbersPage page) { readPage(page); },
                                           [this](const ApiError &error) { end(&error); }, [this] { end(nullptr); }))
{
    m_walk.setPageSize(kPageSize);
}

void PhoneNumberWalk::start(const UserListQuery &filter)
{
    m_query = filter;
    m_pages = 0;
    m_users = 0;
    m_ended = false;
    m_pageTimer.start();
    m_walk.start(m_query);
}

void PhoneNumberWalk::resume()
{
    if (!m_ended)
        return;
    m_ended = false;
    m_pageTimer.start();
    m_walk.resume();
}

void PhoneNumberWalk::abort()
{
    if (m_ended)
        return;
    m_walk.drop();
    const ApiError stopped = ApiError::fromTransport(kLabel, ApiError::Transport::Cancelled, QStringLiteral("stopped"));
    end(&stopped);
}

void PhoneNumberWalk::end(const ApiError *error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT finished();
}

void PhoneNumberWalk::readPage(const UserNumbersPage &users)
{
    ++m_pages;
    m_users += users.receivedCount;
    QList<PhoneNumberRecord> records;
    for (const UserNumbersPage::User &user : users.users)
        records.append(PhoneNumberRecord::fromUser(user));
    QStringList problems;
    problems.reserve(users.problems.size());
    for (const QString &problem : users.problems)
        problems.append(QStringLiteral("page %1: %2").arg(m_pages).arg(problem));
    qCDebug(lcWalk).noquote() << QStringLiteral("page %1: %2 users, %3 phone numbers, %4 unreadable entries, %5 ms")
                                     .arg(m_pages).arg(users.receivedCount).arg(records.size()).arg(problems.size())
                                     .arg(m_pageTimer.restart());
    Q_EMIT pageRead(records, problems);
}

} // namespace PhoneDesk

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
    , m_stream(
          kPageSize,
          [this](int offset, PageStream<UserNumbersPage>::Answer answer) {
              UserListQuery page = m_query;
              page.offset = offset;
              return m_client->listUserNumbers(page, this, [answer = std::move(answer)](const ApiResult<UserNumbersPage> &result) {
                  answer(result);
              });
          },
          [](const UserNumbersPage &users) { return int(users.receivedCount); },
          [this](int offset, UserNumbersPage users, bool last) { readPage(offset, users, last); },
          [this](const ApiError &error) { end(&error); })
{
}

void PhoneNumberWalk::start(const UserListQuery &filter)
{
    m_query = filter;
    m_query.limit = kPageSize;
    m_query.offset.reset();
    // Newest first: users added during the walk land before its position and shift nothing
    // the walk has still to read.
    m_query.orderBy = QStringLiteral("-created_at");
    m_query.startingAfter.clear();
    m_pages = 0;
    m_users = 0;
    m_previousLastId.clear();
    m_ended = false;
    m_pageTimer.start();
    m_stream.start(0);
}

void PhoneNumberWalk::resume()
{
    if (!m_ended)
        return;
    m_ended = false;
    m_pageTimer.start();
    m_stream.start(m_stream.nextOffset());
}

void PhoneNumberWalk::abort()
{
    if (m_ended)
        return;
    m_stream.drop();
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

void PhoneNumberWalk::readPage(int offset, const UserNumbersPage &users, bool last)
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
    const QString &lastId = users.lastId;
    qCDebug(lcWalk).noquote() << QStringLiteral("page %1 (offset %2): %3 users, %4 phone numbers, %5 unreadable entries, %6 ms")
                                     .arg(m_pages).arg(offset).arg(users.receivedCount).arg(records.size()).arg(problems.size())
                                     .arg(m_pageTimer.restart());
    // A full page must move on, or a server that ignores offset would be walked forever.
    if (!last && !lastId.isEmpty() && lastId == m_previousLastId) {
        m_stream.drop();
        const ApiError same = ApiError::fromTransport(QStringLiteral("GET /users (offset %1)").arg(offset),
                                                      ApiError::Transport::UnreadableAnswer,
                                                      QStringLiteral("the server sent the same page again"));
        end(&same);
        return;
    }
    m_previousLastId = lastId;
    Q_EMIT pageRead(records, problems);
    if (last)
        end(nullptr);
}

} // namespace PhoneDesk

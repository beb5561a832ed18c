// SPDX-License-Identifier: MIT
#include "phonenumberwalk.h"

#include "domain/jsonreader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWalk, "phonedesk.cli", QtInfoMsg)

namespace PhoneDesk {

namespace {
const QString kLabel = QStringLiteral("GET /users");
} // namespace

PhoneNumberWalk::PhoneNumberWalk(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PhoneNumberWalk::start(const UserListQuery &filter)
{
    m_call.abort();
    m_stopped = false;
    m_query = filter;
    m_query.limit = kPageSize;
    m_query.offset.reset();
    m_query.orderBy = QStringLiteral("-created_at");
    m_query.startingAfter.clear();
    m_pages = 0;
    m_users = 0;
    requestPage();
}

void PhoneNumberWalk::abort()
{
    m_stopped = true;
    m_call.abort(); // a call in flight answers Cancelled, which failed() reports
}

void PhoneNumberWalk::requestPage()
{
    m_pageTimer.start();
    m_call = m_client->listUserObjects(m_query, this, [this](ApiResult<QJsonArray> result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        readPage(result.value());
    });
}

void PhoneNumberWalk::readPage(const QJsonArray &users)
{
    ++m_pages;
    m_users += users.size();
    QList<PhoneNumberRecord> records;
    QStringList problems;
    // The cursor follows every entry the server sent, readable or not, as UserPage's does.
    QString lastId;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonValue item = users.at(i);
        if (!item.isObject()) {
            problems.append(QStringLiteral("user #%1 of page %2 is %3, not an object").arg(i + 1).arg(m_pages).arg(jsonTypeName(item)));
            continue;
        }
        const QJsonObject user = item.toObject();
        const QJsonValue id = user.value(QLatin1StringView("id"));
        if (id.isString())
            lastId = id.toString();
        records.append(PhoneNumberRecord::fromUser(user, &problems));
    }
    qCDebug(lcWalk).noquote() << QStringLiteral("page %1: %2 users, %3 phone numbers, %4 unreadable entries, %5 ms")
                                     .arg(m_pages).arg(users.size()).arg(records.size()).arg(problems.size())
                                     .arg(m_pageTimer.elapsed());
    Q_EMIT pageRead(records, problems);

    if (m_stopped) {
        Q_EMIT failed(ApiError::fromTransport(kLabel, ApiError::Transport::Cancelled, QStringLiteral("stopped")));
        return;
    }
    if (users.size() < kPageSize) {
        Q_EMIT finished();
        return;
    }
    // A full page must move the cursor on, or the walk would ask for the same page forever.
    if (lastId.isEmpty() || lastId == m_query.startingAfter) {
        Q_EMIT failed(ApiError::fromTransport(kLabel, ApiError::Transport::UnreadableAnswer,
                                              lastId.isEmpty() ? QStringLiteral("a full page holds no user id to continue after")
                                                               : QStringLiteral("the server sent the same page again")));
        return;
    }
    m_query.startingAfter = lastId;
    requestPage();
}

} // namespace PhoneDesk

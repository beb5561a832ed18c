// SPDX-License-Identifier: MIT
#pragma once

#include "phonenumberrecord.h"

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "api/userlistquery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

namespace PhoneDesk {

// Walks every phone number of the instance: GET /users page by page with the starting_after
// cursor (newest first, as cursors need created_at ordering), until a page comes back short.
// Each page is handed on as soon as it is read; unreadable entries are problems, never fatal.
class PhoneNumberWalk : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    explicit PhoneNumberWalk(ClerkClient *client, QObject *parent = nullptr);

    // `filter` narrows the users (query, …); the walk sets limit, order and cursor itself.
    void start(const UserListQuery &filter);
    // Stops the walk: no further page is asked for, and failed() reports a Cancelled error.
    void abort();

    [[nodiscard]] int pagesRead() const { return m_pages; }
    [[nodiscard]] qint64 usersReceived() const { return m_users; }

Q_SIGNALS:
    void pageRead(const QList<PhoneDesk::PhoneNumberRecord> &records, const QStringList &problems);
    // After the last page; exactly one of finished and failed is emitted per start().
    void finished();
    void failed(const PhoneDesk::ApiError &error);

private:
    void requestPage();
    void readPage(const QJsonArray &users);

    ClerkClient *m_client;
    UserListQuery m_query;
    PendingCall m_call;
    QElapsedTimer m_pageTimer;
    bool m_stopped = false;
    int m_pages = 0;
    qint64 m_users = 0;
};

} // namespace PhoneDesk

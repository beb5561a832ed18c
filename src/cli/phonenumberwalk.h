// SPDX-License-Identifier: MIT
#pragma once

#include "export/phonenumberrecord.h"

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "api/cursorwalk.h"
#include "api/userlistquery.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace PhoneDesk {

// Walks every phone number of the instance: GET /users in pages of 500 by starting_after cursors
// over slices of created_at walked side by side (CursorWalk), never by offset. Each page is handed
// on as soon as it is read and then let go, so that the whole instance is never held at once;
// pages come in the order they arrive, newest first within a slice. Unreadable entries are
// problems, never fatal; a page that fails after the client's retries ends the walk, and
// resume() continues every unfinished slice from its last cursor.
class PhoneNumberWalk : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    explicit PhoneNumberWalk(ClerkClient *client, QObject *parent = nullptr);

    // `filter` narrows the users (query, …); the walk sets limit, order, bounds and cursors itself.
    void start(const UserListQuery &filter);
    // After failed(): continues with the page that failed.
    void resume();
    // Stops the walk: no further page is asked for, and failed() reports a Cancelled error.
    void abort();

    [[nodiscard]] int pagesRead() const { return m_pages; }
    [[nodiscard]] qint64 usersReceived() const { return m_users; }
    // GET /users requests sent and slices walked since start().
    [[nodiscard]] int requestsSent() const { return m_walk.requests(); }
    [[nodiscard]] qsizetype slices() const { return m_walk.slices(); }

Q_SIGNALS:
    void pageRead(const QList<PhoneDesk::PhoneNumberRecord> &records, const QStringList &problems);
    // After the last page; exactly one of finished and failed is emitted per start() or resume().
    void finished();
    void failed(const PhoneDesk::ApiError &error);

private:
    void readPage(const UserNumbersPage &users);
    void end(const ApiError *error);

    ClerkClient *m_client;
    UserListQuery m_query;
    CursorWalk<UserNumbersPage> m_walk;
    QElapsedTimer m_pageTimer;
    bool m_ended = true;
    int m_pages = 0;
    qint64 m_users = 0;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "phonenumberrecord.h"

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "api/pagestream.h"
#include "api/userlistquery.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace PhoneDesk {

// Walks every phone number of the instance: GET /users in pages of 500 by offset (newest
// first), one page ahead, until a page comes back short. Each page is handed on as soon as it
// is read and then let go, so that the whole instance is never held at once. Unreadable entries
// are problems, never fatal; a page that fails after the client's retries ends the walk, and
// resume() continues from that page.
class PhoneNumberWalk : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    explicit PhoneNumberWalk(ClerkClient *client, QObject *parent = nullptr);

    // `filter` narrows the users (query, …); the walk sets limit, order and offset itself.
    void start(const UserListQuery &filter);
    // After failed(): continues with the page that failed.
    void resume();
    // Stops the walk: no further page is asked for, and failed() reports a Cancelled error.
    void abort();

    [[nodiscard]] int pagesRead() const { return m_pages; }
    [[nodiscard]] qint64 usersReceived() const { return m_users; }
    // The offset of the next page the walk hands on (after a failure: the failed one).
    [[nodiscard]] int nextOffset() const { return m_stream.nextOffset(); }

Q_SIGNALS:
    void pageRead(const QList<PhoneDesk::PhoneNumberRecord> &records, const QStringList &problems);
    // After the last page; exactly one of finished and failed is emitted per start() or resume().
    void finished();
    void failed(const PhoneDesk::ApiError &error);

private:
    void readPage(int offset, const UserNumbersPage &users, bool last);
    void end(const ApiError *error);

    ClerkClient *m_client;
    UserListQuery m_query;
    PageStream<UserNumbersPage> m_stream;
    QElapsedTimer m_pageTimer;
    QString m_previousLastId; // a full page ending where the one before ended: the server ignores offset
    bool m_ended = true;
    int m_pages = 0;
    qint64 m_users = 0;
};

} // namespace PhoneDesk

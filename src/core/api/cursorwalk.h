// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "clerkclient.h"
#include "walkpages.h"
#include "walkslices.h"

#include <QHash>

#include <functional>
#include <optional>
#include <utility>

namespace PhoneDesk {

// Walks every user of GET /users (narrowed by a filter) as Clerk asks a deep walk to: by
// `starting_after` cursors, never by offset, over slices of created_at walked side by side (see
// WalkSlices). Up to workers() pages are in flight at once, all through the one ClerkClient, whose
// pacer keeps them under the rate limit. Every user is handed on exactly once, in the order pages
// arrive: newest first within a slice, slices interleaved. A request that fails after the client's
// retries stops the walk (the other requests are dropped, their slices keep their cursors) and
// resume() goes on from each slice's last cursor, repeating and skipping nothing.
template<typename Page>
class CursorWalk
{
public:
    using Answer = std::function<void(const ApiResult<Page> &)>;
    // Sends GET /users with `query`; the answer must reach `answer` once.
    using Fetch = std::function<PendingCall(const UserListQuery &query, Answer answer)>;
    using Facts = std::function<WalkPageFacts(const Page &)>;
    // Removes the page's users created before `floor` (they are another slice's).
    using Trim = std::function<void(Page &page, qint64 floor)>;
    using Deliver = std::function<void(Page page)>;
    using Fail = std::function<void(const ApiError &error)>;
    using Finish = std::function<void()>;

    struct Handlers
    {
        Fetch fetch;
        Facts facts;
        Trim trim;
        Deliver deliver;
        Fail fail;
        Finish finish;
    };

    // Six: the connections Qt opens to one host at most, so that no request waits for a socket.
    static constexpr int kDefaultWorkers = 6;

    explicit CursorWalk(Handlers handlers) : m_handlers(std::move(handlers)) {}
    CursorWalk(const CursorWalk &) = delete;
    CursorWalk &operator=(const CursorWalk &) = delete;
    ~CursorWalk() { drop(); }

    void setPageSize(int users) { m_pageSize = users; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setWorkers(int workers) { m_workers = std::max(1, workers); }
    [[nodiscard]] int workers() const { return m_workers; }

    // Walks the users matching `filter`; from after `cursor` (a user whose created_at is
    // `cursorCreatedAt`) when the users up to it are known already.
    void start(const UserListQuery &filter, const QString &cursor = {}, std::optional<qint64> cursorCreatedAt = std::nullopt)
    {
        drop();
        m_filter = filter;
        m_slices.reset(cursor, cursorCreatedAt);
        m_requests = 0;
        m_running = true;
        probeOldest();
        topUp();
    }
    // After a failure: every unfinished slice goes on from its last cursor.
    void resume()
    {
        if (m_running || m_slices.sliceCount() == 0 || m_slices.finished())
            return;
        m_running = true;
        if (!m_oldestKnown)
            probeOldest();
        topUp();
    }
    // Stops without an answer: nothing more is delivered, failed or finished.
    void drop()
    {
        m_running = false;
        ++m_round;
        const QHash<int, PendingCall> calls = std::exchange(m_inFlight, {});
        for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
            m_slices.unsent(it.key());
            PendingCall call = it.value();
            call.abort();
        }
        m_probe.abort();
    }
    [[nodiscard]] bool running() const { return m_running; }
    // Requests sent since start(), the probe included.
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] qsizetype slices() const { return m_slices.sliceCount(); }

private:
    // The oldest matching user bounds the lowest slice, so that the range can be cut.
    void probeOldest()
    {
        m_oldestKnown = false;
        UserListQuery oldest = m_filter;
        oldest.limit = 1;
        oldest.orderBy = QStringLiteral("+created_at");
        const quint64 round = m_round;
        ++m_requests;
        m_probe = m_handlers.fetch(oldest, [this, round](const ApiResult<Page> &result) {
            if (round != m_round)
                return;
            // Without it the walk still completes, one slice at a time: the pages will tell a
            // lasting failure.
            if (!result.ok())
                return;
            m_oldestKnown = true;
            if (const std::optional<qint64> createdAt = m_handlers.facts(result.value()).lastCreatedAt)
                m_slices.setOldest(*createdAt);
            topUp();
        });
    }

    void topUp()
    {
        while (m_running && m_inFlight.size() < m_workers) {
            const int index = m_slices.next(m_pageSize);
            if (index < 0)
                return;
            send(index);
        }
    }

    void send(int index)
    {
        const quint64 round = m_round;
        m_slices.markSent(index);
        m_inFlight.insert(index, PendingCall());
        ++m_requests;
        PendingCall call = m_handlers.fetch(m_slices.queryFor(index, m_filter, m_pageSize),
                                            [this, round, index](const ApiResult<Page> &result) {
                                                if (round == m_round)
                                                    take(index, result);
                                            });
        // The answer may have come already (a refusal answers on the next turn, never at once).
        if (round == m_round && m_inFlight.contains(index))
            m_inFlight.insert(index, call);
    }

    void take(int index, const ApiResult<Page> &result)
    {
        m_inFlight.remove(index);
        if (!result.ok()) {
            m_slices.unsent(index);
            stop(result.error());
            return;
        }
        Page page = result.value();
        const WalkSlices::Step step = m_slices.take(index, m_handlers.facts(page), m_pageSize);
        if (step.stuck) {
            m_slices.unsent(index);
            stop(ApiError::fromOwnWords(QStringLiteral("GET /users (starting_after)"), ApiError::Transport::UnreadableAnswer,
                                        QT_TRANSLATE_NOOP("ApiError", "the server sent the same page again for a cursor")));
            return;
        }
        if (step.trimBelow)
            m_handlers.trim(page, *step.trimBelow);
        const bool finished = m_slices.finished();
        if (finished)
            m_running = false;
        else
            topUp(); // before the page is read, so that the next ones are on their way meanwhile
        const quint64 round = m_round;
        m_handlers.deliver(std::move(page));
        if (round != m_round)
            return; // the receiver stopped or restarted the walk
        if (finished) {
            m_probe.abort();
            m_handlers.finish();
        }
    }

    void stop(const ApiError &error)
    {
        drop();
        m_handlers.fail(error);
    }

    Handlers m_handlers;
    UserListQuery m_filter;
    WalkSlices m_slices;
    int m_pageSize = 500;
    int m_workers = kDefaultWorkers;
    int m_requests = 0;
    bool m_running = false;
    bool m_oldestKnown = false;
    quint64 m_round = 0; // bumped by drop(): answers of an earlier round are ignored
    QHash<int, PendingCall> m_inFlight;
    PendingCall m_probe;
};

// The handlers of a walk of GET /users through `client`, whose `list` call reads each page as a
// Page (listUsers: UserPage; listUserNumbers: UserNumbersPage), answered on `context`'s thread.
template<typename Page>
typename CursorWalk<Page>::Handlers userListWalk(ClerkClient *client, QObject *context,
                                                PendingCall (ClerkClient::*list)(const UserListQuery &, QObject *, ClerkClient::Callback<Page>),
                                                typename CursorWalk<Page>::Deliver deliver, typename CursorWalk<Page>::Fail fail,
                                                typename CursorWalk<Page>::Finish finish)
{
    return {[client, context, list](const UserListQuery &query, typename CursorWalk<Page>::Answer answer) {
                return (client->*list)(query, context, [answer = std::move(answer)](const ApiResult<Page> &result) { answer(result); });
            },
            [](const Page &page) { return walkFactsOf(page); },
            [](Page &page, qint64 floor) { trimCreatedBefore(page, floor); },
            std::move(deliver),
            std::move(fail),
            std::move(finish)};
}

} // namespace PhoneDesk

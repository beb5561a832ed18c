// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "clerkclient.h"

#include <QMap>

#include <functional>
#include <optional>
#include <utility>

namespace PhoneDesk {

// Pages of a limit/offset listing (GET /users), asked for one ahead: while one page is handed
// on and read, the next request is already in flight. Pages are handed on in offset order,
// whatever order their answers arrive in. A page that fails (after the client's retries) ends
// the stream once the pages before it are handed on; nextOffset() then names the failed page,
// so that a resume continues from there, never repeating a page that was handed on and never
// skipping one.
template<typename Page>
class PageStream
{
public:
    using Answer = std::function<void(const ApiResult<Page> &)>;
    // Sends the request of the page at `offset`; its answer must reach `answer` once.
    using Fetch = std::function<PendingCall(int offset, Answer answer)>;
    // The users a page holds (a page shorter than the page size is the last).
    using Count = std::function<int(const Page &)>;
    // A page in order; `last` when no page follows.
    using Deliver = std::function<void(int offset, Page page, bool last)>;
    using Fail = std::function<void(const ApiError &error)>;

    PageStream(int pageSize, Fetch fetch, Count count, Deliver deliver, Fail fail)
        : m_pageSize(pageSize)
        , m_fetch(std::move(fetch))
        , m_count(std::move(count))
        , m_deliver(std::move(deliver))
        , m_fail(std::move(fail))
    {
    }
    PageStream(const PageStream &) = delete;
    PageStream &operator=(const PageStream &) = delete;
    ~PageStream() { drop(); }

    // Hands on `pages` pages from `offset` on (std::nullopt: to the end).
    void start(int offset, std::optional<int> pages = std::nullopt)
    {
        drop();
        m_next = offset;
        m_left = pages;
        m_running = true;
        topUp();
    }
    // Changes how many more pages a running stream hands on (std::nullopt: to the end).
    void extend(std::optional<int> pages)
    {
        if (!m_running)
            return;
        m_left = pages;
        topUp();
    }
    // Stops without an answer: nothing more is delivered or failed.
    void drop()
    {
        m_running = false;
        ++m_round;
        const QMap<int, PendingCall> calls = std::exchange(m_inFlight, {});
        for (PendingCall call : calls)
            call.abort();
        m_arrived.clear();
        m_failures.clear();
    }
    [[nodiscard]] bool running() const { return m_running; }
    // The first page not handed on yet: where a resume starts.
    [[nodiscard]] int nextOffset() const { return m_next; }
    void setPageSize(int users) { m_pageSize = users; }

private:
    // Keeps the page to hand on next and the one after it asked for.
    void topUp()
    {
        for (int i = 0; i < 2; ++i) {
            if (m_left && i >= *m_left)
                return;
            const int offset = m_next + i * m_pageSize;
            if (m_inFlight.contains(offset) || m_arrived.contains(offset) || m_failures.contains(offset))
                continue;
            const quint64 round = m_round;
            m_inFlight.insert(offset, PendingCall());
            PendingCall call = m_fetch(offset, [this, round, offset](const ApiResult<Page> &result) {
                if (round == m_round)
                    take(offset, result);
            });
            // The answer may have come already (a refusal answers on the next turn, never at once).
            if (round == m_round && m_inFlight.contains(offset))
                m_inFlight.insert(offset, call);
        }
    }

    void take(int offset, const ApiResult<Page> &result)
    {
        m_inFlight.remove(offset);
        if (result.ok())
            m_arrived.insert(offset, result.value());
        else
            m_failures.insert(offset, result.error());
        while (m_running) {
            if (m_failures.contains(m_next)) {
                // The pages after the failed one are dropped too: a resume asks for them again.
                const ApiError error = m_failures.value(m_next);
                drop();
                m_fail(error);
                return;
            }
            if (!m_arrived.contains(m_next))
                return;
            Page page = m_arrived.take(m_next);
            const bool last = m_count(page) < m_pageSize;
            const int at = m_next;
            m_next += m_pageSize;
            if (m_left)
                --*m_left;
            const bool done = last || (m_left && *m_left <= 0);
            if (done)
                drop();
            else
                topUp(); // before the page is read, so that the next one is on its way meanwhile
            const quint64 round = m_round;
            m_deliver(at, std::move(page), last);
            if (round != m_round)
                return; // the receiver stopped or restarted the stream
        }
    }

    int m_pageSize;
    Fetch m_fetch;
    Count m_count;
    Deliver m_deliver;
    Fail m_fail;
    int m_next = 0;
    std::optional<int> m_left;
    bool m_running = false;
    quint64 m_round = 0; // bumped by drop(): answers of an earlier round are ignored
    QMap<int, PendingCall> m_inFlight;
    QMap<int, Page> m_arrived;
    QMap<int, ApiError> m_failures; // pages that failed, told once the pages before them are handed on
};

} // namespace PhoneDesk

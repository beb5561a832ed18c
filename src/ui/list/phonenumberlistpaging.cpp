// SPDX-License-Identifier: MIT
// PhoneNumberListModel, how its rows arrive: the first page, pages by cursor as the view scrolls,
// search, Load all's walk of the whole instance, the user count, and failures on the way. The
// rows' values, roles and single-user updates are in phonenumberlistmodel.cpp.
#include "phonenumberlistmodel.h"

#include "api/walkpages.h"

#include <QDateTime>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace PhoneDesk {

void PhoneNumberListModel::refresh()
{
    setLoadingAll(false);
    start(true);
}

void PhoneNumberListModel::restart()
{
    setLoadingAll(false);
    // Answers still on the way belong to the previous instance: they must not land.
    dropPagesInFlight();
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    endResetModel();
    m_loadedUsers = 0;
    const bool hadMore = m_hasMore;
    m_hasMore = false;
    m_problems.clear();
    m_lastRefreshed = QDateTime();
    setError(nullptr);
    Q_EMIT loadedUserCountChanged();
    Q_EMIT problemsChanged();
    Q_EMIT lastRefreshedChanged();
    if (hadMore)
        Q_EMIT hasMoreChanged();
    start(true);
}

void PhoneNumberListModel::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_started && trimmed == m_searchText && m_error.isEmpty())
        return;
    // A whole phone number is looked up exactly; a fragment goes to Clerk's partial `query`.
    const PhoneNumberInfo info = PhoneNumberInfo::of(trimmed);
    m_exactNumbers = info.valid ? QStringList{info.e164} : QStringList{};
    m_query = info.valid ? QString() : trimmed;
    if (trimmed != m_searchText) {
        m_searchText = trimmed;
        Q_EMIT queryChanged();
    }
    refresh();
}

void PhoneNumberListModel::retry()
{
    if (m_resumeAll)
        setLoadingAll(true);
    start(m_failedOnFirstPage || !m_started);
}

void PhoneNumberListModel::loadAll()
{
    if (m_started && !m_hasMore && !loading())
        return; // everything is here already
    setLoadingAll(true);
    if (!m_started || !m_error.isEmpty())
        start(!m_started || m_failedOnFirstPage);
    else if (!m_pageInFlight && !m_walk.running())
        walkOn(); // else the page on its way tells where the walk starts
    Q_EMIT loadingChanged();
}

void PhoneNumberListModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    setLoadingAll(false);
    if (m_walkStarted) {
        // The slices keep their cursors, and the pages received still land: loadAll() goes on
        // from there.
        m_walk.drop();
    } else if (m_cursor.isEmpty() && m_pageInFlight) {
        // Not even the first page arrived: the next fetch starts afresh.
        ++m_generation;
        m_pageCall.abort();
        m_pageInFlight = false;
        m_started = false;
    }
    Q_EMIT loadingChanged();
}

UserListQuery PhoneNumberListModel::baseQuery() const
{
    UserListQuery query;
    query.query = m_query;
    query.phoneNumbers = m_exactNumbers;
    return query;
}

void PhoneNumberListModel::start(bool firstPage)
{
    if (!m_client) {
        ApiError missing = ApiError::fromOwnWords(QStringLiteral("GET /users"), ApiError::Transport::Refused,
                                                  QT_TRANSLATE_NOOP("ApiError", "no connection is configured"));
        m_failedOnFirstPage = firstPage;
        setError(&missing);
        return;
    }
    m_resumeAll = false;
    if (firstPage) {
        dropPagesInFlight();
        m_started = true;
        m_cursor.clear();
        m_cursorCreatedAt.reset();
        m_walkStarted = false;
        m_walkFinished = false;
        requestCount();
    } else if (loading()) {
        return; // the pages on their way come first; paging goes on from them
    }
    if (m_walkStarted || (m_loadingAll && !m_cursor.isEmpty()))
        walkOn();
    else
        requestPage(); // the first page always comes from one plain request, at once
    Q_EMIT loadingChanged();
}

void PhoneNumberListModel::requestPage()
{
    UserListQuery query = baseQuery();
    query.limit = m_pageSize;
    // Newest first is what support wants, and new users then land before the cursor.
    query.orderBy = QStringLiteral("-created_at");
    query.startingAfter = m_cursor;
    const quint64 generation = m_generation;
    m_pageInFlight = true;
    m_pageCall = m_client->listUsers(query, this, [this, generation](const ApiResult<UserPage> &result) {
        if (generation != m_generation)
            return;
        m_pageInFlight = false;
        if (!result.ok()) {
            takeFailure(result.error());
            return;
        }
        const UserPage &page = result.value();
        const bool first = m_cursor.isEmpty();
        if (page.receivedCount >= m_pageSize && (page.lastId.isEmpty() || page.lastId == m_cursor)) {
            // A full page that does not move on: a server that ignores the cursor would be paged forever.
            takeFailure(ApiError::fromOwnWords(QStringLiteral("GET /users (after %1)").arg(m_cursor),
                                               ApiError::Transport::UnreadableAnswer,
                                               QT_TRANSLATE_NOOP("ApiError", "the server sent the same page again")));
            return;
        }
        if (!page.lastId.isEmpty()) {
            m_cursor = page.lastId;
            m_cursorCreatedAt = page.lastCreatedAt;
        }
        const bool more = page.receivedCount >= m_pageSize;
        takePage(first ? PageKind::First : PageKind::Next, page);
        // loadAll() was asked for while this page was on its way: the walk starts after it.
        if (m_loadingAll && more && !m_walk.running() && generation == m_generation)
            walkOn();
    });
}

void PhoneNumberListModel::walkOn()
{
    if (m_walkStarted) {
        m_walk.resume();
        return;
    }
    m_walkStarted = true;
    m_walkFinished = false;
    // Room for the whole instance at once, at the numbers per user seen so far: growing the rows
    // and their index by doubling would copy and rehash everything on the GUI thread, mid-walk.
    if (m_totalCount > m_loadedUsers && m_loadedUsers > 0) {
        const qint64 expected = qint64(double(m_rows.size()) / m_loadedUsers * m_totalCount * 1.1) + m_pageSize;
        m_rows.reserve(qsizetype(std::min<qint64>(expected, 10'000'000)));
        m_rowOfId.reserve(qsizetype(std::min<qint64>(expected, 10'000'000)));
    }
    m_walk.start(baseQuery(), m_cursor, m_cursorCreatedAt);
}

void PhoneNumberListModel::takeWalkEnd()
{
    m_walkFinished = true;
    if (!loading()) {
        // Nothing left to land (a last page lands first and ends it there).
        m_hasMore = false;
        Q_EMIT hasMoreChanged();
        setLoadingAll(false);
        Q_EMIT loadingChanged();
    }
}

void PhoneNumberListModel::dropPagesInFlight()
{
    // Answers and formatted rows still on the way belong to an older search or walk.
    ++m_generation;
    m_walk.drop();
    m_pageCall.abort();
    m_pageInFlight = false;
    m_toBuild.clear();
    m_building = false;
}

void PhoneNumberListModel::requestCount()
{
    m_pendingCount.abort();
    const quint64 generation = ++m_countGeneration;
    if (m_totalCount != -1) {
        m_totalCount = -1;
        Q_EMIT totalCountChanged();
    }
    m_pendingCount = m_client->countUsers(baseQuery(), this, [this, generation](ApiResult<qint64> result) {
        // The count is a progress figure only: when it fails, the list still works without it.
        if (generation != m_countGeneration || !result.ok())
            return;
        m_totalCount = int(result.value());
        Q_EMIT totalCountChanged();
    });
}

void PhoneNumberListModel::takePage(PageKind kind, UserPage page)
{
    m_toBuild.append({kind, std::move(page), m_failures});
    buildNext();
}

void PhoneNumberListModel::takeFailure(const ApiError &error)
{
    // Pages received before the failed one still land; retry() continues after them.
    m_failedOnFirstPage = m_cursor.isEmpty() && m_toBuild.isEmpty() && !m_building;
    if (error.transport == ApiError::Transport::Cancelled) {
        Q_EMIT loadingChanged();
        return;
    }
    ++m_failures;
    m_resumeAll = m_loadingAll;
    setLoadingAll(false);
    setError(&error);
    Q_EMIT loadingChanged();
}

void PhoneNumberListModel::buildNext()
{
    if (m_building || m_toBuild.isEmpty())
        return;
    // Formatting a page's numbers takes longer than a frame: it runs on a pool thread, and the
    // rows land back here in the order their pages came, unless a newer search or refresh has
    // superseded them.
    m_building = true;
    ReceivedPage received = m_toBuild.takeFirst();
    const quint64 generation = m_generation;
    // The continuation takes the future and its result out of it: given the result itself, it
    // would hold a copy shared with the future, which appending would then copy row by row.
    QtConcurrent::run([users = std::move(received.page.users)] { return PhoneNumberRow::fromUsers(users); }).then(this, [this, generation, received = std::move(received)](QFuture<QList<PhoneNumberRow>> built) {
        if (generation != m_generation)
            return;
        m_building = false;
        landRows(received, built.takeResult());
        buildNext();
    });
}

void PhoneNumberListModel::landRows(const ReceivedPage &received, QList<PhoneNumberRow> rows)
{
    const PageKind kind = received.kind;
    const UserPage &page = received.page;
    // The model's state is settled before rows are announced: a view may call fetchMore()
    // from inside the insert signal, and must then ask for the page after this one.
    const bool firstPage = kind == PageKind::First;
    const bool hadMore = m_hasMore;
    if (kind == PageKind::Walk)
        m_hasMore = !(m_walkFinished && m_toBuild.isEmpty());
    else
        m_hasMore = page.receivedCount >= m_pageSize;
    m_loadedUsers = (firstPage ? 0 : m_loadedUsers) + int(page.receivedCount);
    if (firstPage)
        m_problems.clear();
    m_problems.append(page.problems);
    if (firstPage)
        m_lastRefreshed = QDateTime::currentDateTime();
    if (received.failuresBefore == m_failures)
        setError(nullptr);

    if (firstPage) {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOfId.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).phone.id, i);
        endResetModel();
    } else {
        appendRows(std::move(rows));
    }

    Q_EMIT loadedUserCountChanged();
    if (firstPage || !page.problems.isEmpty())
        Q_EMIT problemsChanged();
    if (firstPage)
        Q_EMIT lastRefreshedChanged();
    if (hadMore != m_hasMore)
        Q_EMIT hasMoreChanged();

    if (loading())
        return; // more pages are on their way
    setLoadingAll(false);
    Q_EMIT loadingChanged();
}

void PhoneNumberListModel::setError(const ApiError *error)
{
    const QString message = error ? error->message(ApiError::Words::Translated) : QString();
    const QString trace = error ? error->traceId : QString();
    if (message == m_error && trace == m_errorTraceId)
        return;
    m_error = message;
    m_errorTraceId = trace;
    Q_EMIT errorChanged();
}

void PhoneNumberListModel::setLoadingAll(bool on)
{
    if (on == m_loadingAll)
        return;
    m_loadingAll = on;
    Q_EMIT loadingAllChanged();
}

} // namespace PhoneDesk

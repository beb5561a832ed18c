// SPDX-License-Identifier: MIT
// PhoneNumberFilterModel's half that follows its source: rows paged in, changed or removed at the
// source join, move or leave the shown rows in place, so that the view keeps its position.
#include "phonenumberfiltermodel.h"

#include "ui/list/phonenumberlistmodel.h"

#include <QDateTime>

#include <algorithm>
#include <functional>
#include <iterator>
#include <numeric>

namespace PhoneDesk {

void PhoneNumberFilterModel::showRows(const QList<int> &rows)
{
    // Positions among the rows shown before: rows bound for the same gap are one run.
    QList<std::pair<int, int>> placed; // (position, source row), in order
    placed.reserve(rows.size());
    for (const int row : rows)
        placed.append({shownPositionOf(row), row});
    int added = 0;
    for (qsizetype i = 0; i < placed.size();) {
        qsizetype end = i + 1;
        while (end < placed.size() && placed.at(end).first == placed.at(i).first)
            ++end;
        const int at = placed.at(i).first + added;
        const int length = int(end - i);
        beginInsertRows({}, at, at + length - 1);
        for (qsizetype k = i; k < end; ++k)
            m_shown.insert(at + (k - i), placed.at(k).second);
        m_proxyOfStale = true;
        endInsertRows();
        added += length;
        i = end;
    }
}

void PhoneNumberFilterModel::removeShownRun(int first, int last)
{
    beginRemoveRows({}, first, last);
    m_shown.remove(first, last - first + 1);
    m_proxyOfStale = true;
    endRemoveRows();
}

void PhoneNumberFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_sorted) {
        if (row >= first)
            row += count;
    }
    for (int &row : m_shown) {
        if (row >= first)
            row += count;
    }
    m_proxyOfStale = true;

    QList<int> fresh(count);
    std::iota(fresh.begin(), fresh.end(), first);
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return before(a, b); });
    QList<int> merged;
    merged.reserve(m_sorted.size() + count);
    std::merge(m_sorted.cbegin(), m_sorted.cend(), fresh.cbegin(), fresh.cend(), std::back_inserter(merged),
               [this](int a, int b) { return before(a, b); });
    m_sorted = std::move(merged);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fresh.removeIf([&](int row) { return !accepts(row, now); });
    showRows(fresh);
}

void PhoneNumberFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_proxyOfStale)
        indexShown();
    QList<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (const int proxyRow = m_proxyOf.value(row, -1); proxyRow >= 0)
            proxyRows.append(proxyRow);
    }
    // From the bottom up, one removal per run of adjacent rows.
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype end = i + 1;
        while (end < proxyRows.size() && proxyRows.at(end) == proxyRows.at(end - 1) - 1)
            ++end;
        removeShownRun(proxyRows.at(end - 1), proxyRows.at(i));
        i = end;
    }
}

void PhoneNumberFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_sorted.removeIf([&](int row) { return row >= first && row <= last; });
    for (int &row : m_sorted) {
        if (row > last)
            row -= count;
    }
    for (int &row : m_shown) {
        if (row > last)
            row -= count;
    }
    m_proxyOfStale = true;
}

void PhoneNumberFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // The SMS blocklist came or changed: it moves no row in the order, and only the SMS-blocked
    // filter cares, which takes one pass over the rows rather than one per row.
    if (roles == QList<int>{PhoneNumberListModel::SmsBlockedRole}) {
        if (m_smsBlockedOnly) {
            beginResetModel();
            filterAll();
            endResetModel();
        } else if (!m_shown.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, 0), roles);
        }
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        // Its place in the order may have changed with its values.
        m_sorted.removeOne(row);
        m_sorted.insert(std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), row, [this](int a, int b) { return before(a, b); })
                            - m_sorted.cbegin(),
                        row);

        if (m_proxyOfStale)
            indexShown();
        const int shownAt = m_proxyOf.value(row, -1);
        const bool passes = accepts(row, now);
        if (shownAt < 0) {
            if (passes)
                showRows({row});
            continue;
        }
        if (!passes) {
            removeShownRun(shownAt, shownAt);
            continue;
        }
        m_shown.removeAt(shownAt);
        const int to = shownPositionOf(row);
        m_shown.insert(shownAt, row);
        if (to != shownAt) {
            // beginMoveRows names the gap before which the row goes, counted before the move.
            beginMoveRows({}, shownAt, shownAt, {}, to > shownAt ? to + 1 : to);
            m_shown.removeAt(shownAt);
            m_shown.insert(to, row);
            m_proxyOfStale = true;
            endMoveRows();
        }
        const QModelIndex at = index(to, 0);
        Q_EMIT dataChanged(at, at, roles);
    }
}

} // namespace PhoneDesk

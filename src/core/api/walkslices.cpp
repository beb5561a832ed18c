// SPDX-License-Identifier: MIT
#include "walkslices.h"

#include <algorithm>
#include <limits>

namespace PhoneDesk {

void WalkSlices::reset(const QString &cursor, std::optional<qint64> cursorCreatedAt)
{
    m_slices.clear();
    Slice whole;
    whole.cursor = cursor;
    whole.position = cursor.isEmpty() ? std::nullopt : cursorCreatedAt;
    m_slices.append(whole);
}

void WalkSlices::setOldest(qint64 createdAt)
{
    for (Slice &slice : m_slices) {
        if (!slice.floor && !slice.after)
            slice.floor = createdAt;
    }
}

std::optional<qint64> WalkSlices::remainingTop(const Slice &slice)
{
    if (slice.position)
        return slice.position;
    if (slice.before)
        return *slice.before - 1;
    return std::nullopt;
}

int WalkSlices::next(int pageSize)
{
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &slice = m_slices.at(i);
        if (!slice.done && !slice.inFlight)
            return i;
    }
    return cutLargest(pageSize);
}

int WalkSlices::cutLargest(int pageSize)
{
    constexpr double kUnknown = std::numeric_limits<double>::infinity();
    int best = -1;
    double bestUsers = 0;
    qint64 bestSpan = 0;
    for (int i = 0; i < m_slices.size(); ++i) {
        const Slice &slice = m_slices.at(i);
        const std::optional<qint64> top = remainingTop(slice);
        if (slice.done || !slice.floor || !top || *top - *slice.floor < 1)
            continue;
        const qint64 span = *top - *slice.floor;
        // A cut costs a request, and the running slice's page that crosses it carries users it
        // trims: cutting a slice with a page or less left would cost more than it saves.
        // Before any page tells how dense a slice is, it may be cut only to spread the first
        // requests over the workers: cutting slices of unknown size again and again would end
        // in slivers of a few users each.
        if (slice.density < 0 && m_slices.size() >= kBlindSlices)
            continue;
        const double users = slice.density < 0 ? kUnknown : slice.density * double(span + 1);
        if (users <= pageSize)
            continue;
        if (best < 0 || users > bestUsers || (users == bestUsers && span > bestSpan)) {
            best = i;
            bestUsers = users;
            bestSpan = span;
        }
    }
    if (best < 0)
        return -1;
    Slice &running = m_slices[best];
    const qint64 floor = *running.floor;
    const qint64 cut = floor + (*remainingTop(running) - floor + 1) / 2; // floor < cut <= top
    Slice lower;
    lower.after = floor - 1;
    lower.before = cut;
    lower.floor = floor;
    lower.density = running.density;
    running.floor = cut;
    m_slices.append(lower);
    return int(m_slices.size()) - 1;
}

UserListQuery WalkSlices::queryFor(int index, const UserListQuery &filter, int pageSize) const
{
    const Slice &slice = m_slices.at(index);
    UserListQuery query = filter;
    query.limit = pageSize;
    // Newest first, the only order a cursor may walk besides oldest first; users created during
    // the walk land above the slices and shift nothing still to come.
    query.orderBy = QStringLiteral("-created_at");
    query.offset.reset();
    query.startingAfter = slice.cursor;
    if (slice.after)
        query.createdAtAfter = slice.after;
    if (slice.before)
        query.createdAtBefore = slice.before;
    return query;
}

WalkSlices::Step WalkSlices::take(int index, const WalkPageFacts &facts, int pageSize)
{
    Slice &slice = m_slices[index];
    slice.inFlight = false;
    Step step;
    // A slice whose floor was raised by a cut still asks for its old range: what is below the
    // floor is the lower slice's.
    if (slice.floor && (!slice.after || *slice.after != *slice.floor - 1))
        step.trimBelow = slice.floor;
    const bool crossedFloor = slice.floor && facts.lastCreatedAt && *facts.lastCreatedAt < *slice.floor;
    if (facts.received < pageSize || crossedFloor) {
        slice.done = true;
        step.sliceDone = true;
        return step;
    }
    if (facts.lastId.isEmpty() || facts.lastId == slice.cursor) {
        step.stuck = true;
        return step;
    }
    if (!slice.top && facts.firstCreatedAt)
        slice.top = facts.firstCreatedAt;
    slice.cursor = facts.lastId;
    slice.position = facts.lastCreatedAt;
    slice.received += facts.received;
    if (slice.top && slice.position)
        slice.density = double(slice.received) / double(std::max<qint64>(1, *slice.top - *slice.position + 1));
    return step;
}

bool WalkSlices::finished() const
{
    return std::all_of(m_slices.cbegin(), m_slices.cend(), [](const Slice &slice) { return slice.done; });
}

bool WalkSlices::anyInFlight() const
{
    return std::any_of(m_slices.cbegin(), m_slices.cend(), [](const Slice &slice) { return slice.inFlight; });
}

} // namespace PhoneDesk

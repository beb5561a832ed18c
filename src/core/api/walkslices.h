// SPDX-License-Identifier: MIT
#pragma once

#include "userlistquery.h"

#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

// What a walk needs to know of a page of GET /users, whatever reading of it the caller uses.
struct WalkPageFacts
{
    qsizetype received = 0;              // entries the server sent, readable or not
    QString lastId;                      // the id of the last entry that has one: the next cursor
    std::optional<qint64> lastCreatedAt; // created_at of that entry, when it has one
    std::optional<qint64> firstCreatedAt;
};

// The plan of a cursor walk over an instance's users, newest first, cut into slices of created_at
// that are walked side by side. A slice is the half-open range [floor, top]: its requests ask for
// `created_at_after = floor - 1` and `created_at_before = bound` (both strict), fixed for the
// slice's life, and page on with `starting_after` cursors. Slices never overlap: when a worker is
// free and no slice waits, the largest remaining slice is cut in two at a millisecond m; the
// lower part [floor, m) becomes a new slice, and the running one raises its floor to m and stops
// at the first user below it (those users are trimmed from its page: the new slice has them). Users
// who share one created_at stay in one slice, since a cut falls between milliseconds, and the
// cursor orders them among themselves. The parameters of a running slice never change, as the
// spec asks of a cursor walk.
class WalkSlices
{
public:
    struct Slice
    {
        std::optional<qint64> after;  // created_at_after sent (strict); none: unbounded below
        std::optional<qint64> before; // created_at_before sent (strict); none: unbounded above
        std::optional<qint64> floor;  // lowest created_at this slice hands on; unknown until the oldest user is known
        QString cursor;               // starting_after; empty before the slice's first page
        std::optional<qint64> position; // created_at of the last user received
        std::optional<qint64> top;      // created_at of the first user received
        qint64 received = 0;
        double density = -1;  // users per millisecond seen so far (or the parent's); -1 unknown
        bool inFlight = false;
        bool done = false;
    };

    // What a page did to its slice.
    struct Step
    {
        std::optional<qint64> trimBelow; // users created before this belong to another slice
        bool sliceDone = false;
        bool stuck = false; // a full page that did not move the cursor: the server ignores it
    };

    // One slice over everything, from `cursor` on when a listing already holds the users up to
    // it (`cursorCreatedAt` is that user's created_at).
    void reset(const QString &cursor = {}, std::optional<qint64> cursorCreatedAt = std::nullopt);
    // The oldest user's created_at: the floor of the slice that has none, so that it can be cut.
    void setOldest(qint64 createdAt);
    // The slice to ask a page for next: one that waits, else one cut from the largest remaining
    // slice (only when more than a page is left there); -1 when none.
    [[nodiscard]] int next(int pageSize);
    // The query of slice `index`'s next page: `filter` with the slice's bounds and cursor.
    [[nodiscard]] UserListQuery queryFor(int index, const UserListQuery &filter, int pageSize) const;
    void markSent(int index) { m_slices[index].inFlight = true; }
    // A page of slice `index` arrived; the caller trims it as the step says before handing it on.
    Step take(int index, const WalkPageFacts &facts, int pageSize);
    // The request of slice `index` ended without a page: the slice waits to be asked again from
    // the same cursor.
    void unsent(int index) { m_slices[index].inFlight = false; }
    // Every slice is done.
    [[nodiscard]] bool finished() const;
    [[nodiscard]] bool anyInFlight() const;
    [[nodiscard]] qsizetype sliceCount() const { return m_slices.size(); }
    [[nodiscard]] const Slice &slice(int index) const { return m_slices.at(index); }

private:
    // Slices that may be made by cutting slices of unknown density (see cutLargest()).
    static constexpr qsizetype kBlindSlices = 8;

    // The created_at of the highest user still to come in a slice, as far as known.
    [[nodiscard]] static std::optional<qint64> remainingTop(const Slice &slice);
    [[nodiscard]] int cutLargest(int pageSize);

    QList<Slice> m_slices;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

// The journal's upkeep at scale, on a journal file of demo users' entries in a folder of its own:
// what the retention costs at every start when nothing is old enough (the file is read, never
// written), a purge that removes half, and forgetting one user.
namespace JournalBench {

// Prints journal_<n>_entries_mb, journal_retention_nothing_due_ms, journal_purge_half_ms,
// journal_forget_user_ms and journal_entry_bytes (the median entry). Returns the exit code.
int run(int entries, int rounds);

} // namespace JournalBench

// SPDX-License-Identifier: MIT
#pragma once

#include "cliplan.h"

#include <QStringList>

namespace PhoneDesk {

class CliArguments;
struct JournalUpkeep;

// `phonedesk-cli journal` and its subcommands, on the local journal file of --profile NAME (or of
// the environment's key): listing it, `purge --before YYYY-MM-DD` and `forget USER_ID`. They need
// no key and no connection; each first tidies the file as every start does (made private, entries
// older than the profile's retention removed).
struct CliJournalCommands
{
    [[nodiscard]] static CliPlan journal(const CliArguments &args, const QStringList &options);

    // What tidying a journal did, as lines for stderr (without the program's name); none when it
    // did nothing.
    [[nodiscard]] static QStringList upkeepLines(const JournalUpkeep &upkeep);
};

} // namespace PhoneDesk

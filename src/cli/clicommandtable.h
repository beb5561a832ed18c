// SPDX-License-Identifier: MIT
#pragma once

#include "cliplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

class CliArguments;

// One command of phonedesk-cli: how --help shows it, what it takes, and how its arguments are
// checked.
struct CliCommandEntry
{
    // The name on the command line.
    const char *name;
    // Its synopsis in --help's Usage, after "phonedesk-cli ".
    const char *usage;
    // Its paragraph in --help's Commands.
    const char *help;
    // A note on the commands around it, printed after its paragraph; empty when there is none.
    const char *noteAfter;
    // The one positional argument it takes, as its refusal names it ("phone number id"); nullptr
    // when it takes none, and then `takesInstead` is what the refusal of arguments says it takes.
    const char *argument;
    const char *takesInstead;
    // The command options it takes (see CliArguments::strayOption).
    QStringList options;
    // Checks the rest of the arguments, `options` being the ones above, and makes the plan.
    CliPlan (*check)(const CliArguments &args, const QStringList &options);
    // It has subcommands (journal purge, journal forget): `check` reads the positional arguments.
    bool subcommands = false;
};

// The commands of phonedesk-cli, in the order --help lists them: what main() dispatches on and
// what --help and the refusal of an unknown command list.
class CliCommandTable
{
public:
    [[nodiscard]] static const QList<CliCommandEntry> &commands();
    // The command of that name; nullptr when there is none.
    [[nodiscard]] static const CliCommandEntry *find(const QString &name);
    // Every command's name, separated by commas, the last one by `lastSeparator` (", ", " or ").
    [[nodiscard]] static QString names(const QString &lastSeparator);
    // All of --help, with `optionsHelp` (CliArguments::optionsHelp) after the usage.
    [[nodiscard]] static QByteArray helpText(const QString &optionsHelp);
    // Finds the command `args` names and checks its arguments: an unknown or missing command, or
    // positional arguments it does not take, are refused.
    [[nodiscard]] static CliPlan plan(const CliArguments &args);
};

} // namespace PhoneDesk

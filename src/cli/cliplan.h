// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace PhoneDesk {

class CliCommand;

// What checking a command's arguments came to: an exit code when the command is over already
// (its arguments refused, or a command that needs no connection), else what to run on a
// CliCommand once the connection is made.
struct CliPlan
{
    std::optional<int> exitCode;
    std::function<void(CliCommand &)> run;

    [[nodiscard]] static CliPlan done(int exitCode) { return CliPlan{exitCode, {}}; }
    // Refuses the arguments: the message on stderr (CliArguments::usageError), exit 2.
    [[nodiscard]] static CliPlan refuse(const QString &message);
    [[nodiscard]] static CliPlan running(std::function<void(CliCommand &)> run) { return CliPlan{std::nullopt, std::move(run)}; }
};

} // namespace PhoneDesk

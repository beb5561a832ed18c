// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PhoneDesk {

struct ApiError;

// The exit codes of phonedesk-cli, shared by every command so that scripts can rely on them.
struct CliExit
{
    enum Code : int {
        Success = 0,          // done; entries that could not be read were reported on stderr
        OutputFailed = 1,     // stdout could not be written
        Usage = 2,            // bad arguments, a configuration refused (no key, unsafe URL), or a change refused before sending
        ApiFailed = 3,        // the API answered with an error
        TransportFailed = 4,  // no answer: network failure, timeout, or an unreadable answer
        LockoutRefused = 5,   // the change would lock the user out or turn their 2FA off; --force does it
    };

    // 3 for an HTTP error answer, 4 for every transport failure.
    [[nodiscard]] static Code forError(const ApiError &error);
    // The "Exit codes:" paragraph of --help.
    [[nodiscard]] static QString helpText();
};

} // namespace PhoneDesk

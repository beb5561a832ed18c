// SPDX-License-Identifier: MIT
// The outcome of checking a command's arguments.
#include "cliplan.h"

#include "cliarguments.h"

namespace PhoneDesk {

CliPlan CliPlan::refuse(const QString &message)
{
    return done(CliArguments::usageError(message));
}

} // namespace PhoneDesk

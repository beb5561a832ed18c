// SPDX-License-Identifier: MIT
#include "cliexit.h"

#include "api/apierror.h"

namespace PhoneDesk {

CliExit::Code CliExit::forError(const ApiError &error)
{
    // A server error or rate limit that outlasted every retry is a failure of the way there,
    // like a dropped connection, not an answer about the request itself.
    return error.isTransport() || error.gaveUp ? TransportFailed : ApiFailed;
}

QString CliExit::helpText()
{
    return QStringLiteral("Exit codes:\n"
                          "  0  success (entries that could not be read are reported on stderr, one line each)\n"
                          "  1  the output could not be written\n"
                          "  2  usage error, a refused configuration (no CLERK_SECRET_KEY, unsafe --api-url), or a change refused before sending\n"
                          "  3  the API answered with an error (its message and clerk trace id on stderr)\n"
                          "  4  network failure, timeout, an answer that could not be read, or a server error or rate limit\n"
                          "     that lasted through every retry\n"
                          "  5  refused, nothing sent: the change would leave the user no way to sign in with a phone number\n"
                          "     or at all, or turn their 2FA off (the sentence on stderr says which); --force sends it anyway\n");
}

} // namespace PhoneDesk

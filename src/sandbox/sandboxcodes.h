// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"
#include "sandboxuser.h"

#include <QHash>
#include <QString>

namespace PhoneDesk {

class SandboxIds;

// The one-time codes the sandbox sends to phone numbers, and their attempts: what
// prepare_verification and attempt_verification do. Not thread-safe: SandboxStore holds its
// lock around every use.
class SandboxCodes
{
public:
    // Codes this long always verify, as Clerk's test numbers do.
    static constexpr const char *kUniversalCode = "424242";
    static constexpr int kMaxAttempts = 3;
    static constexpr qint64 kLifetimeMs = 10 * 60 * 1000;

    // Sends a new code to the number `phoneId` of `user`: the verification's JSON, with its id.
    // An unverified number shows the pending code; a verified one stays verified.
    [[nodiscard]] SandboxReply prepare(SandboxUser &user, const QString &phoneId, SandboxIds &ids, qint64 nowMs);
    // Checks the code of a request body ({"verification_id", "code"}) sent to `phoneId` of `user`.
    [[nodiscard]] SandboxReply attempt(SandboxUser &user, const QString &phoneId, const QByteArray &rawBody, SandboxIds &ids,
                                       qint64 nowMs);
    // Drops the codes sent to a number that is gone.
    void forgetPhone(const QString &phoneId);
    // The code sent for a verification, as the customer's phone would show it; empty if none.
    [[nodiscard]] QString sentCode(const QString &verificationId) const;

private:
    struct PendingCode
    {
        QString phoneId;
        Verification verification; // with its id
        QString code;
    };

    // The number mirrors its code's state while it is unverified.
    static void mirror(SandboxUser &user, const QString &phoneId, const Verification &verification, qint64 nowMs);

    QHash<QString, PendingCode> m_pending; // verification id → code sent
};

} // namespace PhoneDesk

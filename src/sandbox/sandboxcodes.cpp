// SPDX-License-Identifier: MIT
// Verification codes of the sandbox: sending them, checking attempts, expiry and lock-out.
#include "sandboxcodes.h"

#include "sandboxids.h"
#include "sandboxrequestbody.h"

namespace PhoneDesk {

SandboxReply SandboxCodes::prepare(SandboxUser &user, const QString &phoneId, SandboxIds &ids, qint64 nowMs)
{
    PendingCode pending;
    pending.phoneId = phoneId;
    pending.code = ids.code();
    Verification &v = pending.verification;
    v = Verification::phoneCode(QStringLiteral("unverified"), 0, nowMs + kLifetimeMs);
    v.id = ids.make(QLatin1StringView("ver_"));
    m_pending.insert(*v.id, pending);
    mirror(user, phoneId, v, nowMs);
    return SandboxReply::json(v.toJsonBytes());
}

SandboxReply SandboxCodes::attempt(SandboxUser &user, const QString &phoneId, const QByteArray &rawBody, SandboxIds &ids,
                                   qint64 nowMs)
{
    SandboxRequestBody body;
    if (auto bad = SandboxRequestBody::read(rawBody, ids, &body))
        return *bad;
    if (auto bad = body.require({"verification_id", "code"}, ids))
        return *bad;
    const auto it = m_pending.find(body.value("verification_id").toString());
    if (it == m_pending.end() || it->phoneId != phoneId)
        return SandboxReply::error(ids, 404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                                   QStringLiteral("Verification not found"), QStringLiteral("verification_id"));
    Verification &v = it->verification;
    if (v.isVerified())
        return SandboxReply::error(ids, 400, QStringLiteral("verification_already_verified"), QStringLiteral("already verified"),
                                   QStringLiteral("This verification has already been verified."),
                                   QStringLiteral("verification_id"));

    const QString code = body.value("code").toString();
    if (v.statusKind() == Verification::Status::Unverified) {
        if (v.expireAt && *v.expireAt <= nowMs) {
            v.status = QStringLiteral("expired");
        } else {
            v.attempts = v.attempts.value_or(0) + 1;
            if (code == QLatin1StringView(kUniversalCode) || code == it->code)
                v.status = QStringLiteral("verified");
            else if (*v.attempts >= kMaxAttempts)
                v.status = QStringLiteral("failed");
        }
    }
    mirror(user, phoneId, v, nowMs);
    return SandboxReply::json(v.toJsonBytes());
}

void SandboxCodes::mirror(SandboxUser &user, const QString &phoneId, const Verification &verification, qint64 nowMs)
{
    PhoneNumber &phone = user.phones[user.phoneIndex(phoneId)];
    if (phone.isVerified())
        return;
    Verification shown = verification;
    shown.id.reset();
    phone.verification = shown;
    // A correct code verifies the number.
    if (verification.isVerified())
        phone.reserved = true;
    phone.updatedAt = nowMs;
    user.touch(nowMs);
}

void SandboxCodes::forgetPhone(const QString &phoneId)
{
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->phoneId == phoneId ? m_pending.erase(it) : std::next(it);
}

QString SandboxCodes::sentCode(const QString &verificationId) const
{
    return m_pending.value(verificationId).code;
}

} // namespace PhoneDesk

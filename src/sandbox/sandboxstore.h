// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxauditcases.h"
#include "sandboxcodes.h"
#include "sandboxids.h"
#include "sandboxreply.h"
#include "sandboxusers.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace PhoneDesk {

// The sandbox instance: Clerk's Backend API for users and phone numbers, with its side effects
// and its error codes, without the HTTP. It owns the state and its lock and the clock; each
// concern lives in a class of its own: the users and their indexes (SandboxUsers), listing and
// counting them (SandboxListing, SandboxUserFilter), changing numbers and second factors
// (SandboxPhoneChanges), verification codes (SandboxCodes) and what an audit must find
// (SandboxAuditCases). Every public call is thread-safe, so that tests may look inside while
// the server thread serves requests.
class SandboxStore
{
public:
    struct Options
    {
        int users = 250;
        quint64 seed = 1;
        qint64 nowMs = 0; // 0: the real clock
        bool plantAuditCases = false; // plantAuditCases() once the demo data is made
        // This many users share one created_at millisecond (DemoDataGenerator::shareOneCreatedAt),
        // for testing cursor walks over ties; 0 or 1: none do.
        int sameCreatedAt = 0;
    };

    using AuditCase = SandboxAuditCase;

    // Codes this long always verify, as Clerk's test numbers do.
    static constexpr const char *kUniversalCode = SandboxCodes::kUniversalCode;
    static constexpr int kMaxCodeAttempts = SandboxCodes::kMaxAttempts;
    static constexpr qint64 kCodeLifetimeMs = SandboxCodes::kLifetimeMs;

    explicit SandboxStore(const Options &options);

    [[nodiscard]] SandboxReply listUsers(const QueryItems &query);
    [[nodiscard]] SandboxReply countUsers(const QueryItems &query);
    [[nodiscard]] SandboxReply getUser(const QString &userId);
    [[nodiscard]] SandboxReply getPhoneNumber(const QString &phoneId);
    [[nodiscard]] SandboxReply createPhoneNumber(const QByteArray &body);
    [[nodiscard]] SandboxReply updatePhoneNumber(const QString &phoneId, const QByteArray &body);
    [[nodiscard]] SandboxReply deletePhoneNumber(const QString &phoneId);
    [[nodiscard]] SandboxReply prepareVerification(const QString &phoneId);
    [[nodiscard]] SandboxReply attemptVerification(const QString &phoneId, const QByteArray &body);
    [[nodiscard]] SandboxReply replaceUserPhoneNumber(const QString &userId, const QByteArray &body);
    [[nodiscard]] SandboxReply disableMfa(const QString &userId);

    // Clerk's error answer: {"errors":[…],"clerk_trace_id":…}.
    [[nodiscard]] SandboxReply error(int status, const QString &code, const QString &message,
                                     const QString &longMessage, const QString &paramName = {});

    // For tests and demos.
    [[nodiscard]] qint64 now() const;
    void advanceClock(qint64 milliseconds);
    [[nodiscard]] int userCount() const;
    // The millisecond Options::sameCreatedAt users share; nullopt when they were not asked for.
    [[nodiscard]] std::optional<qint64> sharedCreatedAt() const;
    // The code sent by prepare_verification, as the customer's phone would show it.
    [[nodiscard]] QString sentCode(const QString &verificationId) const;

    // Rewrites the first ten demo users (in the order they were made) into one case each of what
    // the instance audit looks for: a number not in E.164 form, one invalid for its country, a
    // lookalike pair, 2FA without a usable second factor, second factors on a banned and on a
    // locked user, a pending and an expired code older than a week, a primary id pointing at no
    // number. The rest of the demo data has none of these by design (see DemoDataGenerator).
    void plantAuditCases();
    // Every case an audit of the instance must report now: those planted and the generator's
    // legacy numbers that are not E.164, as long as they still exist.
    [[nodiscard]] QList<AuditCase> auditCases() const;

private:
    [[nodiscard]] qint64 nowLocked() const;

    mutable QMutex m_mutex;
    // Every id, code and trace id, drawn in request order, so that a seed replays an instance.
    SandboxIds m_ids;
    qint64 m_fixedNow = 0;
    qint64 m_clockOffset = 0;
    std::optional<qint64> m_sharedCreatedAt;
    SandboxUsers m_users;
    SandboxCodes m_codes;
    SandboxAuditCases m_auditCases;
};

} // namespace PhoneDesk

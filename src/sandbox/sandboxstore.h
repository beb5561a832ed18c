// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxauditcases.h"
#include "sandboxcodes.h"
#include "sandboxcommunication.h"
#include "sandboxids.h"
#include "sandboxreply.h"
#include "sandboxsessions.h"
#include "sandboxsignincases.h"
#include "sandboxusers.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// The sandbox instance: Clerk's Backend API for users and phone numbers, with its side effects
// and its error codes, without the HTTP. It owns the state and its lock and the clock; each
// concern lives in a class of its own: the users and their indexes (SandboxUsers), listing and
// counting them (SandboxListing, SandboxUserFilter), changing numbers and second factors
// (SandboxPhoneChanges), locks, bans and the removal of second factors (SandboxUserChanges),
// sessions (SandboxSessions, SandboxSessionRequests), the SMS country blocklist
// (SandboxCommunication), verification codes (SandboxCodes), what an audit must find
// (SandboxAuditCases) and the users planted in each sign-in state (SandboxSignInCases). Every
// public call is thread-safe, so that tests may look inside while the server thread serves
// requests.
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
        // The countries SMS may not be sent to at start (GET /instance/communication); codes
        // that are no country are dropped, as PATCH drops them.
        QStringList smsBlockedCountries = {};
        bool plantSignInCases = false; // plantSignInCases() once the demo data is made
    };

    using AuditCase = SandboxAuditCase;
    using SignInCase = SandboxSignInCase;

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

    [[nodiscard]] SandboxReply lockUser(const QString &userId);
    [[nodiscard]] SandboxReply unlockUser(const QString &userId);
    [[nodiscard]] SandboxReply banUser(const QString &userId);
    [[nodiscard]] SandboxReply unbanUser(const QString &userId);
    [[nodiscard]] SandboxReply deleteTotp(const QString &userId);
    [[nodiscard]] SandboxReply deleteBackupCodes(const QString &userId);

    [[nodiscard]] SandboxReply listSessions(const QueryItems &query);
    [[nodiscard]] SandboxReply getSession(const QString &sessionId);
    [[nodiscard]] SandboxReply revokeSession(const QString &sessionId);

    [[nodiscard]] SandboxReply getCommunication();
    [[nodiscard]] SandboxReply updateCommunication(const QByteArray &body);

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
    // Puts ten demo users after the audit's into one sign-in state each (SandboxSignInCases);
    // the cases the audit reports on them join auditCases().
    void plantSignInCases();
    // The users planted by plantSignInCases(), one per state; empty when they were not planted.
    [[nodiscard]] QList<SignInCase> signInCases() const;
    [[nodiscard]] QStringList smsBlockedCountries() const;

private:
    [[nodiscard]] qint64 nowLocked() const;

    mutable QMutex m_mutex;
    // Every id, code and trace id, drawn in request order, so that a seed replays an instance.
    SandboxIds m_ids;
    qint64 m_fixedNow = 0;
    qint64 m_clockOffset = 0;
    std::optional<qint64> m_sharedCreatedAt;
    SandboxUsers m_users;
    SandboxSessions m_sessions;
    SandboxCodes m_codes;
    SandboxCommunication m_communication;
    SandboxAuditCases m_auditCases;
    SandboxSignInCases m_signInCases;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxids.h"
#include "sandboxreply.h"
#include "sandboxuser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

// The state and rules of the sandbox instance: Clerk's Backend API for users and phone
// numbers, with its side effects and its error codes, without the HTTP. Every public call is
// thread-safe, so that tests may look inside while the server thread serves requests.
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

    // One case the instance audit must report: its kind (AuditFinding::kindKey), the user and
    // the number it concerns (empty when it concerns the user as a whole).
    struct AuditCase
    {
        QString kind;
        QString userId;
        QString phoneNumberId;
        friend bool operator==(const AuditCase &, const AuditCase &) = default;
    };

    // Codes this long always verify, as Clerk's test numbers do.
    static constexpr const char *kUniversalCode = "424242";
    static constexpr int kMaxCodeAttempts = 3;
    static constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;

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
    struct PendingCode
    {
        QString phoneId;
        Verification verification; // with its id
        QString code;
    };

    [[nodiscard]] qint64 nowLocked() const;
    [[nodiscard]] SandboxUser *ownerOf(const QString &phoneId);
    // The filters of GET /users and GET /users/count, read from a query and checked (see the .cpp).
    struct UserFilter;
    enum class Listing { Users, Count };
    // Reads the filters into `filter`; Clerk's error answer when one of them is refused.
    [[nodiscard]] std::optional<SandboxReply> readFilter(const QueryItems &query, Listing listing, UserFilter *filter);
    // The users the filter keeps, newest first.
    [[nodiscard]] QList<int> matchingUsers(const UserFilter &filter) const;
    [[nodiscard]] SandboxReply notFound(const QString &what);
    [[nodiscard]] SandboxReply parseBody(const QByteArray &body, QJsonObject *out);
    [[nodiscard]] std::optional<SandboxReply> readFlag(const QJsonObject &body, const char *key, std::optional<bool> *out);
    enum class OwnNumbers { Conflict, Allowed };
    [[nodiscard]] std::optional<SandboxReply> checkNewNumber(const QString &number, const SandboxUser &user, OwnNumbers own);
    [[nodiscard]] SandboxReply phoneReply(const PhoneNumber &phone) const;
    void setReservedForSecondFactor(SandboxUser &user, PhoneNumber &phone, bool reserved);
    void removePhone(SandboxUser &user, qsizetype index);
    void clearSecondFactors(SandboxUser &user);
    void indexPhone(const SandboxUser &user, const PhoneNumber &phone);
    // Replaces all of a user's numbers without Clerk's rules, for planting audit cases.
    void setPhonesLocked(SandboxUser &user, const QList<PhoneNumber> &phones);

    mutable QMutex m_mutex;
    SandboxIds m_ids;
    qint64 m_fixedNow = 0;
    qint64 m_clockOffset = 0;
    std::optional<qint64> m_sharedCreatedAt;
    QList<SandboxUser> m_users;       // never shrinks: indices stay valid
    QHash<QString, int> m_userIndex;  // user id → index
    QList<int> m_newestFirst;         // indices by created_at desc, id desc: Clerk's default order
    QHash<QString, int> m_phoneOwner; // phone id → user index
    QMultiHash<QString, QString> m_numberHolders; // number → phone ids holding it
    QHash<QString, PendingCode> m_codes; // verification id → code sent
    QStringList m_legacyPhoneIds;        // the generator's numbers that are not E.164
    QList<AuditCase> m_plantedCases;
};

} // namespace PhoneDesk

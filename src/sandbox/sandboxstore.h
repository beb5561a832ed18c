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
    // The code sent by prepare_verification, as the customer's phone would show it.
    [[nodiscard]] QString sentCode(const QString &verificationId) const;

private:
    struct PendingCode
    {
        QString phoneId;
        Verification verification; // with its id
        QString code;
    };

    [[nodiscard]] qint64 nowLocked() const;
    [[nodiscard]] SandboxUser *ownerOf(const QString &phoneId);
    [[nodiscard]] QList<int> matchingUsers(const QueryItems &query, QString *problem, QString *problemParam) const;
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

    mutable QMutex m_mutex;
    SandboxIds m_ids;
    qint64 m_fixedNow = 0;
    qint64 m_clockOffset = 0;
    QList<SandboxUser> m_users;       // never shrinks: indices stay valid
    QHash<QString, int> m_userIndex;  // user id → index
    QList<int> m_newestFirst;         // indices by created_at desc, id desc: Clerk's default order
    QHash<QString, int> m_phoneOwner; // phone id → user index
    QMultiHash<QString, QString> m_numberHolders; // number → phone ids holding it
    QHash<QString, PendingCode> m_codes; // verification id → code sent
};

} // namespace PhoneDesk

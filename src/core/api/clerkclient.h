// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "clerkrequest.h"
#include "requestpacer.h"
#include "retryingcall.h"
#include "retrypolicy.h"
#include "userlistquery.h"

#include "domain/deletedobject.h"
#include "domain/identificationstatus.h"
#include "domain/instancecommunication.h"
#include "domain/parsed.h"
#include "domain/phonenumber.h"
#include "domain/session.h"
#include "domain/usersummary.h"
#include "domain/usernumberspage.h"
#include "domain/userpage.h"
#include "domain/verification.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace PhoneDesk {

// Fields of POST /phone_numbers.
struct NewPhoneNumber
{
    QString userId;
    QString phoneNumber; // E.164
    std::optional<bool> verified;
    std::optional<bool> primary;
    std::optional<bool> reservedForSecondFactor;
};

// Fields of PATCH /phone_numbers/{id}: only the ones that are set are sent.
struct PhoneNumberChanges
{
    std::optional<bool> verified;
    std::optional<bool> primary;
    std::optional<bool> reservedForSecondFactor;

    [[nodiscard]] bool isEmpty() const { return !verified && !primary && !reservedForSecondFactor; }
};

// A call in flight, through all its attempts; abort() drops it, whether it is being sent, waits
// for a retry or waits in the pacer, and its callback then receives a Cancelled error.
class PendingCall
{
public:
    PendingCall() = default;
    explicit PendingCall(RetryingCall *call) : m_call(call) {}
    void abort();
    [[nodiscard]] bool isRunning() const;

private:
    QPointer<RetryingCall> m_call;
};

// The typed Backend API client. It owns the network access manager and every request goes
// through it with the secret key, the API version and PhoneDesk's User-Agent. Each call
// answers exactly once through its callback, on the thread of `context`, unless `context` is
// destroyed first; failures arrive as an ApiError, never only in a log.
class ClerkClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(ApiResult<T>)>;

    static constexpr const char *kApiVersion = "2026-05-12";
    // No progress for 15 s is a hung server; two such attempts still fit the retry budget.
    static constexpr int kDefaultTransferTimeoutMs = 15000;

    explicit ClerkClient(QObject *parent = nullptr);
    ~ClerkClient() override;

    [[nodiscard]] static QUrl defaultBaseUrl();
    void setBaseUrl(const QUrl &url);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // Kept in memory only; never logged or written anywhere.
    void setSecretKey(const QString &key);
    [[nodiscard]] bool hasSecretKey() const { return !m_secretKey.isEmpty(); }
    // What errors call the connection when Clerk rejects its key, e.g. the profile's name.
    void setConnectionName(const QString &name) { m_connectionName = name; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    // A read-only connection (a profile switched to read-only) sends reads only: every other
    // request is refused here, before anything leaves the process, whatever asked for it.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    // No progress for this long ends an attempt (Timeout); retries may follow within the budget.
    void setTransferTimeout(int milliseconds);
    [[nodiscard]] int transferTimeout() const { return m_transferTimeoutMs; }
    // The active time one call may spend across its attempts before it gives up.
    void setRetryBudget(int milliseconds) { m_retryBudgetMs = milliseconds; }
    [[nodiscard]] int retryBudget() const { return m_retryBudgetMs; }
    // Requests per 10 s that the pacer keeps under: by default Clerk's limit for the key's kind
    // (sk_live_ production, else development); 0 sends unpaced (the sandbox, which has no limit).
    void setRateLimit(int requestsPer10s);
    // Back to the limit of the key's kind.
    void clearRateLimit();
    [[nodiscard]] int rateLimit() const { return m_pacer->limit(); }
    [[nodiscard]] RequestPacer *pacer() const { return m_pacer; }
    [[nodiscard]] static QByteArray userAgent();

    PendingCall listUsers(const UserListQuery &query, QObject *context, Callback<UserPage> done);
    // The same request as listUsers, answered with the users exactly as the API sent them
    // (unknown fields kept); a body that is not a JSON array is an UnreadableAnswer.
    PendingCall listUserObjects(const UserListQuery &query, QObject *context, Callback<QJsonArray> done);
    // The same request again, read only for the phone numbers (UserNumbersPage): what a walk of a
    // whole instance asks for, page after page.
    PendingCall listUserNumbers(const UserListQuery &query, QObject *context, Callback<UserNumbersPage> done);
    PendingCall countUsers(const UserListQuery &query, QObject *context, Callback<qint64> done);
    PendingCall getUser(const QString &userId, QObject *context, Callback<UserSummary> done);
    PendingCall getPhoneNumber(const QString &phoneNumberId, QObject *context, Callback<PhoneNumber> done);
    // The same request as getPhoneNumber, answered with the object exactly as the API sent it;
    // a body that is not a JSON object is an UnreadableAnswer.
    PendingCall getPhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done);
    // Each call below has an ...Object twin: the same request, answered with the JSON object exactly
    // as the API sent it (unknown fields kept); a body that is not a JSON object is an UnreadableAnswer.
    PendingCall createPhoneNumber(const NewPhoneNumber &phone, QObject *context, Callback<PhoneNumber> done);
    PendingCall createPhoneNumberObject(const NewPhoneNumber &phone, QObject *context, Callback<QJsonObject> done);
    PendingCall updatePhoneNumber(const QString &phoneNumberId, const PhoneNumberChanges &changes, QObject *context,
                                  Callback<PhoneNumber> done);
    PendingCall updatePhoneNumberObject(const QString &phoneNumberId, const PhoneNumberChanges &changes, QObject *context,
                                        Callback<QJsonObject> done);
    PendingCall deletePhoneNumber(const QString &phoneNumberId, QObject *context, Callback<DeletedObject> done);
    PendingCall deletePhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done);
    PendingCall prepareVerification(const QString &phoneNumberId, QObject *context, Callback<Verification> done);
    PendingCall prepareVerificationObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done);
    PendingCall attemptVerification(const QString &phoneNumberId, const QString &verificationId, const QString &code,
                                    QObject *context, Callback<Verification> done);
    PendingCall attemptVerificationObject(const QString &phoneNumberId, const QString &verificationId, const QString &code,
                                          QObject *context, Callback<QJsonObject> done);
    // PUT /users/{id}/phone_number: all of the user's numbers are replaced by this one.
    // identificationStatus is sent when given; without it, Clerk's default makes the number verified.
    PendingCall replaceUserPhoneNumber(const QString &userId, const QString &phoneNumber,
                                       std::optional<IdentificationStatus> identificationStatus, QObject *context,
                                       Callback<PhoneNumber> done);
    PendingCall replaceUserPhoneNumberObject(const QString &userId, const QString &phoneNumber,
                                             std::optional<IdentificationStatus> identificationStatus, QObject *context,
                                             Callback<QJsonObject> done);
    // DELETE /users/{id}/mfa; answers the user id.
    PendingCall disableMfa(const QString &userId, QObject *context, Callback<QString> done);
    PendingCall disableMfaObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    // POST /users/{id}/unlock, /ban and /unban; each answers the user as they now are.
    PendingCall unlockUser(const QString &userId, QObject *context, Callback<UserSummary> done);
    PendingCall unlockUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    PendingCall banUser(const QString &userId, QObject *context, Callback<UserSummary> done);
    PendingCall banUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    PendingCall unbanUser(const QString &userId, QObject *context, Callback<UserSummary> done);
    PendingCall unbanUserObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    // DELETE /users/{id}/totp (the authenticator app) and /backup_code; each answers the user id.
    PendingCall deleteUserTotp(const QString &userId, QObject *context, Callback<QString> done);
    PendingCall deleteUserTotpObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    PendingCall deleteUserBackupCodes(const QString &userId, QObject *context, Callback<QString> done);
    PendingCall deleteUserBackupCodesObject(const QString &userId, QObject *context, Callback<QJsonObject> done);
    // GET /sessions?user_id=…&status=…&limit=…&offset=…: one page of the user's sessions, newest
    // first, as the plain array Clerk answers without paginated=true (which is never sent). An
    // empty status lists every status; limit is kept within the spec's 1 to 500.
    PendingCall listSessions(const QString &userId, const QString &status, int limit, int offset, QObject *context,
                             Callback<QList<Session>> done);
    // POST /sessions/{id}/revoke; answers the session, now revoked.
    PendingCall revokeSession(const QString &sessionId, QObject *context, Callback<Session> done);
    PendingCall revokeSessionObject(const QString &sessionId, QObject *context, Callback<QJsonObject> done);
    // GET /instance/communication: the instance's SMS settings, with its blocked countries.
    PendingCall getInstanceCommunication(QObject *context, Callback<InstanceCommunication> done);
    PendingCall getInstanceCommunicationObject(QObject *context, Callback<QJsonObject> done);

    // The most sessions one page of GET /sessions may hold (the spec's maximum of limit).
    static constexpr int kMaxSessionPage = 500;

Q_SIGNALS:
    // A call failed in a way that may pass and is sent again after delayMs (a rate-limit wait
    // shows through the pacer's holdChanged as well).
    void retrying(const PhoneDesk::ApiError &reason, int attempt, int delayMs);
    // A call ended with an answer; after retries, the trouble is over.
    void answered();

private:
    using Request = ClerkRequest;

    // A call through its attempts: `take` reads a 2xx body (an empty string when taken, else why
    // not), `deliver` gets nullptr after it took one, else the failure; unless `context` is gone.
    PendingCall start(const Request &request, QObject *context, std::function<QString(const QByteArray &)> take,
                      std::function<void(const ApiError *)> deliver);
    template<typename T>
    PendingCall call(const Request &request, QObject *context, std::function<Parsed<T>(const QByteArray &)> parse,
                     Callback<T> done);
    // The one definition of each request that has both a typed and a raw answer
    // (clerkclientrequests.cpp).
    [[nodiscard]] static Request listUsersRequest(const UserListQuery &query);
    [[nodiscard]] static Request getPhoneNumberRequest(const QString &phoneNumberId);
    [[nodiscard]] static Request createPhoneNumberRequest(const NewPhoneNumber &phone);
    [[nodiscard]] static Request updatePhoneNumberRequest(const QString &phoneNumberId, const PhoneNumberChanges &changes);
    [[nodiscard]] static Request deletePhoneNumberRequest(const QString &phoneNumberId);
    [[nodiscard]] static Request prepareVerificationRequest(const QString &phoneNumberId);
    [[nodiscard]] static Request attemptVerificationRequest(const QString &phoneNumberId, const QString &verificationId,
                                                            const QString &code);
    [[nodiscard]] static Request replaceUserPhoneNumberRequest(const QString &userId, const QString &phoneNumber,
                                                               std::optional<IdentificationStatus> identificationStatus);
    [[nodiscard]] static Request disableMfaRequest(const QString &userId);
    // POST /users/{id}/<action> and DELETE /users/{id}/<factor>: unlock, ban, unban; totp, backup_code.
    [[nodiscard]] static Request userActionRequest(const QString &userId, const char *action);
    [[nodiscard]] static Request deleteUserFactorRequest(const QString &userId, const char *factor);
    [[nodiscard]] static Request listSessionsRequest(const QString &userId, const QString &status, int limit, int offset);
    [[nodiscard]] static Request revokeSessionRequest(const QString &sessionId);
    [[nodiscard]] static Request getInstanceCommunicationRequest();
    [[nodiscard]] static QString encodeSegment(const QString &value);
    QNetworkReply *send(const Request &request, int transferTimeoutMs);
    // Why a change is not sent over a read-only connection, naming the profile.
    [[nodiscard]] QString readOnlyRefusal(ApiError::Words words) const;
    [[nodiscard]] QUrl urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const;

    QNetworkAccessManager *m_network;
    RequestPacer *m_pacer;
    std::optional<int> m_rateLimitOverride;
    int m_retryBudgetMs = RetryPolicy::kDefaultBudgetMs;
    QUrl m_baseUrl;
    QString m_secretKey;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "clerkclient.h"

#include "oneshotbody.h"
#include "transportpolicy.h"

#include "phonedesk_version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

#include <type_traits>

// Debug output is off unless QT_LOGGING_RULES asks for it; it never holds the key.
Q_LOGGING_CATEGORY(lcApi, "phonedesk.api", QtInfoMsg)

namespace PhoneDesk {

namespace {
QString encodeSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Reads a JSON answer that must be of one shape (object or array), kept as sent.
template<typename J>
Parsed<J> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<J>::failure(QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if constexpr (std::is_same_v<J, QJsonArray>) {
        if (!doc.isArray())
            return Parsed<J>::failure(QStringLiteral("not a JSON array"));
        return Parsed<J>::success(doc.array());
    } else {
        if (!doc.isObject())
            return Parsed<J>::failure(QStringLiteral("not a JSON object"));
        return Parsed<J>::success(doc.object());
    }
}

// Reads a JSON object answer into T through T::fromJson.
template<typename T>
Parsed<T> parseObject(const QByteArray &body)
{
    Parsed<QJsonObject> object = parseJson<QJsonObject>(body);
    if (!object.ok())
        return Parsed<T>::failure(object.error());
    return T::fromJson(object.value());
}

Parsed<qint64> parseTotalCount(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue count = o.value(QLatin1StringView("total_count"));
    if (!count.isDouble() || count.toDouble() < 0)
        return Parsed<qint64>::failure(QStringLiteral("no total_count in the answer"));
    return Parsed<qint64>::success(static_cast<qint64>(count.toDouble()));
}

Parsed<QString> parseUserIdAnswer(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue id = o.value(QLatin1StringView("user_id"));
    if (!id.isString())
        return Parsed<QString>::failure(QStringLiteral("no user_id in the answer"));
    return Parsed<QString>::success(id.toString());
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void insertIfSet(QJsonObject &json, const char *key, const std::optional<bool> &value)
{
    if (value)
        json.insert(QLatin1StringView(key), *value);
}
} // namespace

struct ClerkClient::Request
{
    QByteArray verb;
    QString path; // below the base URL, e.g. "/users"
    QList<QPair<QString, QString>> query;
    QByteArray body; // JSON; empty for an operation that declares no request body
    // "GET /users (after user_2x…)": a page is named by where it starts, so a failure says which.
    [[nodiscard]] QString label() const
    {
        const QString base = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), path);
        for (const auto &[key, value] : query) {
            if (key == QLatin1StringView("offset"))
                return QStringLiteral("%1 (offset %2)").arg(base, value);
            if (key == QLatin1StringView("starting_after"))
                return QStringLiteral("%1 (after %2)").arg(base, value);
        }
        return base;
    }
};

void PendingCall::abort()
{
    if (m_call)
        m_call->abort();
}

bool PendingCall::isRunning() const
{
    return m_call && m_call->isRunning();
}

ClerkClient::ClerkClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_pacer(new RequestPacer(this))
    , m_baseUrl(defaultBaseUrl())
{
    // Redirects are not part of the Backend API; following one could leak the key elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ClerkClient::~ClerkClient() = default;

QUrl ClerkClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clerk.com/v1"));
}

void ClerkClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ClerkClient::setSecretKey(const QString &key)
{
    m_secretKey = key.trimmed();
    if (!m_rateLimitOverride)
        m_pacer->setLimit(RequestPacer::limitForKey(m_secretKey));
}

void ClerkClient::setRateLimit(int requestsPer10s)
{
    m_rateLimitOverride = std::max(0, requestsPer10s);
    m_pacer->setLimit(*m_rateLimitOverride);
}

void ClerkClient::clearRateLimit()
{
    m_rateLimitOverride.reset();
    m_pacer->setLimit(RequestPacer::limitForKey(m_secretKey));
}

void ClerkClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

QByteArray ClerkClient::userAgent()
{
    return QByteArrayLiteral("PhoneDesk/") + PHONEDESK_VERSION;
}

QUrl ClerkClient::urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    // Encoded by hand: QUrlQuery would leave '+' bare, and a server reads a bare '+' as a space.
    QStringList pairs;
    pairs.reserve(query.size());
    for (const auto &[key, value] : query)
        pairs.append(encodeSegment(key) + QLatin1Char('=') + encodeSegment(value));
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QString ClerkClient::readOnlyRefusal() const
{
    if (m_connectionName.isEmpty())
        return QStringLiteral("This connection is read-only: changes are switched off");
    return QStringLiteral("This connection is read-only: changes are switched off for profile \u201c%1\u201d")
        .arg(m_connectionName);
}

QNetworkReply *ClerkClient::send(const Request &request, int transferTimeoutMs)
{
    const QUrl url = urlFor(request.path, request.query);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    r.setRawHeader("Clerk-API-Version", kApiVersion);
    r.setRawHeader("User-Agent", userAgent());
    r.setRawHeader("Accept", "application/json");
    r.setTransferTimeout(transferTimeoutMs);
    // The URL holds no key, by construction (the key travels in a header only).
    qCDebug(lcApi).noquote() << "request" << QString::fromLatin1(request.verb) << url.toDisplayString(QUrl::RemoveUserInfo);
    if (RetryPolicy::isRead(request.verb))
        return m_network->sendCustomRequest(r, request.verb);
    // A write goes out exactly once per attempt: it always travels with a body device that cannot
    // be rewound (OneShotBody), so Qt cannot send it again by itself after a dropped connection,
    // whether the connection was new or kept alive. The body is exactly what the operation
    // declares: its JSON, or nothing at all (no Content-Type, "Content-Length: 0") for DELETE
    // /phone_numbers/{id}, POST .../prepare_verification and DELETE /users/{id}/mfa.
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(request.body);
    QNetworkReply *reply = m_network->sendCustomRequest(r, request.verb, device);
    device->setParent(reply);
    return reply;
}

template<typename T>
PendingCall ClerkClient::call(const Request &request, QObject *context, std::function<Parsed<T>(const QByteArray &)> parse,
                              Callback<T> done)
{
    const QString label = request.label();
    if (m_secretKey.isEmpty()) {
        // Answered later, like any other call, so callers never see a re-entrant callback.
        QMetaObject::invokeMethod(context, [label, done] {
            done(ApiError::fromTransport(label, ApiError::Transport::Refused, QStringLiteral("no secret key is configured")));
        }, Qt::QueuedConnection);
        return PendingCall();
    }
    // The one place every request passes: a read-only connection cannot change anything, even
    // through a dialog or command that forgot to check.
    if (m_readOnly && request.verb != "GET") {
        QMetaObject::invokeMethod(context, [label, done, problem = readOnlyRefusal()] {
            done(ApiError::fromTransport(label, ApiError::Transport::Refused, problem));
        }, Qt::QueuedConnection);
        return PendingCall();
    }
    // Checked on every call, so that no caller can send the key over plain http to another host.
    if (const QString problem = TransportPolicy::problemWith(m_baseUrl); !problem.isEmpty()) {
        QMetaObject::invokeMethod(context, [label, done, problem] {
            done(ApiError::fromTransport(label, ApiError::Transport::Refused, problem));
        }, Qt::QueuedConnection);
        return PendingCall();
    }
    // The parsed answer waits here between Take (which reads it) and Finish (which hands it on).
    auto answer = std::make_shared<std::optional<T>>();
    auto take = [parse = std::move(parse), answer](const QByteArray &body) {
        Parsed<T> parsed = parse(body);
        if (!parsed.ok())
            return parsed.error();
        answer->emplace(parsed.takeValue());
        return QString();
    };
    QPointer<QObject> guard(context);
    QPointer<ClerkClient> self(this);
    auto finish = [guard, self, answer, label, name = m_connectionName, done = std::move(done)](const ApiError *error) {
        if (!guard)
            return; // the asker is gone: nobody to answer
        if (!error) {
            if (self)
                Q_EMIT self->answered();
            done(std::move(**answer));
            return;
        }
        ApiError failure = *error;
        failure.connectionName = name;
        qCDebug(lcApi) << "failed" << label << failure.httpStatus << failure.code();
        done(failure);
    };
    auto *run = new RetryingCall(label, RetryPolicy::isRead(request.verb), m_pacer,
                                 [this, request](int timeoutMs) { return send(request, timeoutMs); }, std::move(take),
                                 std::move(finish), this);
    run->setBudget(m_retryBudgetMs);
    run->setTransferTimeout(m_transferTimeoutMs);
    connect(run, &RetryingCall::retrying, this, &ClerkClient::retrying);
    // An asker that goes away takes its call with it, whatever step the call is in.
    connect(context, &QObject::destroyed, run, [run] { delete run; });
    run->start();
    return PendingCall(run);
}

ClerkClient::Request ClerkClient::listUsersRequest(const UserListQuery &query)
{
    return {"GET", QStringLiteral("/users"), query.toQueryItems(), {}};
}

ClerkClient::Request ClerkClient::getPhoneNumberRequest(const QString &phoneNumberId)
{
    return {"GET", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, {}};
}

PendingCall ClerkClient::listUsers(const UserListQuery &query, QObject *context, Callback<UserPage> done)
{
    return call<UserPage>(listUsersRequest(query), context, &UserPage::fromJson, std::move(done));
}

PendingCall ClerkClient::listUserObjects(const UserListQuery &query, QObject *context, Callback<QJsonArray> done)
{
    return call<QJsonArray>(listUsersRequest(query), context, &parseJson<QJsonArray>, std::move(done));
}

PendingCall ClerkClient::listUserNumbers(const UserListQuery &query, QObject *context, Callback<UserNumbersPage> done)
{
    return call<UserNumbersPage>(listUsersRequest(query), context, &UserNumbersPage::fromJson, std::move(done));
}

PendingCall ClerkClient::countUsers(const UserListQuery &query, QObject *context, Callback<qint64> done)
{
    return call<qint64>({"GET", QStringLiteral("/users/count"), query.toQueryItems(UserListQuery::Use::Count), {}},
                        context, &parseTotalCount, std::move(done));
}

PendingCall ClerkClient::getUser(const QString &userId, QObject *context, Callback<UserSummary> done)
{
    return call<UserSummary>({"GET", QStringLiteral("/users/") + encodeSegment(userId), {}, {}}, context,
                             &parseObject<UserSummary>, std::move(done));
}

PendingCall ClerkClient::getPhoneNumber(const QString &phoneNumberId, QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(getPhoneNumberRequest(phoneNumberId), context, &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::getPhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(getPhoneNumberRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

ClerkClient::Request ClerkClient::createPhoneNumberRequest(const NewPhoneNumber &phone)
{
    QJsonObject body{{QStringLiteral("user_id"), phone.userId}, {QStringLiteral("phone_number"), phone.phoneNumber}};
    insertIfSet(body, "verified", phone.verified);
    insertIfSet(body, "primary", phone.primary);
    insertIfSet(body, "reserved_for_second_factor", phone.reservedForSecondFactor);
    return {"POST", QStringLiteral("/phone_numbers"), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::updatePhoneNumberRequest(const QString &phoneNumberId, const PhoneNumberChanges &changes)
{
    QJsonObject body;
    insertIfSet(body, "verified", changes.verified);
    insertIfSet(body, "primary", changes.primary);
    insertIfSet(body, "reserved_for_second_factor", changes.reservedForSecondFactor);
    return {"PATCH", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::deletePhoneNumberRequest(const QString &phoneNumberId)
{
    return {"DELETE", QStringLiteral("/phone_numbers/") + encodeSegment(phoneNumberId), {}, {}};
}

ClerkClient::Request ClerkClient::prepareVerificationRequest(const QString &phoneNumberId)
{
    return {"POST", QStringLiteral("/phone_numbers/%1/prepare_verification").arg(encodeSegment(phoneNumberId)), {}, {}};
}

ClerkClient::Request ClerkClient::attemptVerificationRequest(const QString &phoneNumberId, const QString &verificationId,
                                                             const QString &code)
{
    const QJsonObject body{{QStringLiteral("verification_id"), verificationId}, {QStringLiteral("code"), code}};
    return {"POST", QStringLiteral("/phone_numbers/%1/attempt_verification").arg(encodeSegment(phoneNumberId)), {},
            jsonBody(body)};
}

ClerkClient::Request ClerkClient::replaceUserPhoneNumberRequest(const QString &userId, const QString &phoneNumber,
                                                                std::optional<IdentificationStatus> identificationStatus)
{
    QJsonObject body{{QStringLiteral("phone_number"), phoneNumber}};
    if (identificationStatus)
        body.insert(QStringLiteral("identification_status"), Identification::toApi(*identificationStatus));
    return {"PUT", QStringLiteral("/users/%1/phone_number").arg(encodeSegment(userId)), {}, jsonBody(body)};
}

ClerkClient::Request ClerkClient::disableMfaRequest(const QString &userId)
{
    return {"DELETE", QStringLiteral("/users/%1/mfa").arg(encodeSegment(userId)), {}, {}};
}

PendingCall ClerkClient::createPhoneNumber(const NewPhoneNumber &phone, QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(createPhoneNumberRequest(phone), context, &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::createPhoneNumberObject(const NewPhoneNumber &phone, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(createPhoneNumberRequest(phone), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::updatePhoneNumber(const QString &phoneNumberId, const PhoneNumberChanges &changes,
                                           QObject *context, Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(updatePhoneNumberRequest(phoneNumberId, changes), context, &parseObject<PhoneNumber>,
                             std::move(done));
}

PendingCall ClerkClient::updatePhoneNumberObject(const QString &phoneNumberId, const PhoneNumberChanges &changes,
                                                 QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(updatePhoneNumberRequest(phoneNumberId, changes), context, &parseJson<QJsonObject>,
                             std::move(done));
}

PendingCall ClerkClient::deletePhoneNumber(const QString &phoneNumberId, QObject *context, Callback<DeletedObject> done)
{
    return call<DeletedObject>(deletePhoneNumberRequest(phoneNumberId), context, &parseObject<DeletedObject>,
                               std::move(done));
}

PendingCall ClerkClient::deletePhoneNumberObject(const QString &phoneNumberId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(deletePhoneNumberRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::prepareVerification(const QString &phoneNumberId, QObject *context, Callback<Verification> done)
{
    return call<Verification>(prepareVerificationRequest(phoneNumberId), context, &parseObject<Verification>,
                              std::move(done));
}

PendingCall ClerkClient::prepareVerificationObject(const QString &phoneNumberId, QObject *context,
                                                   Callback<QJsonObject> done)
{
    return call<QJsonObject>(prepareVerificationRequest(phoneNumberId), context, &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::attemptVerification(const QString &phoneNumberId, const QString &verificationId,
                                             const QString &code, QObject *context, Callback<Verification> done)
{
    return call<Verification>(attemptVerificationRequest(phoneNumberId, verificationId, code), context,
                              &parseObject<Verification>, std::move(done));
}

PendingCall ClerkClient::attemptVerificationObject(const QString &phoneNumberId, const QString &verificationId,
                                                   const QString &code, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(attemptVerificationRequest(phoneNumberId, verificationId, code), context,
                             &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::replaceUserPhoneNumber(const QString &userId, const QString &phoneNumber,
                                                std::optional<IdentificationStatus> identificationStatus, QObject *context,
                                                Callback<PhoneNumber> done)
{
    return call<PhoneNumber>(replaceUserPhoneNumberRequest(userId, phoneNumber, identificationStatus), context,
                             &parseObject<PhoneNumber>, std::move(done));
}

PendingCall ClerkClient::replaceUserPhoneNumberObject(const QString &userId, const QString &phoneNumber,
                                                      std::optional<IdentificationStatus> identificationStatus,
                                                      QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(replaceUserPhoneNumberRequest(userId, phoneNumber, identificationStatus), context,
                             &parseJson<QJsonObject>, std::move(done));
}

PendingCall ClerkClient::disableMfa(const QString &userId, QObject *context, Callback<QString> done)
{
    return call<QString>(disableMfaRequest(userId), context, &parseUserIdAnswer, std::move(done));
}

PendingCall ClerkClient::disableMfaObject(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    return call<QJsonObject>(disableMfaRequest(userId), context, &parseJson<QJsonObject>, std::move(done));
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
// ClerkClient against the sandbox over real loopback HTTP: every call, Clerk's side effects,
// and every error path, plus transport failures from a deliberately broken peer.
#include "api/clerkclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
#include "scriptedhttppeer.h"

#include <QEventLoop>
#include <QSet>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace PhoneDesk;

namespace {
// Runs one call and waits for its single answer (or gives up after ten seconds). The loop is
// the call's context: an answer later than that is dropped, never written to a dead stack.
template<typename T, typename Start>
std::optional<ApiResult<T>> awaitCall(Start start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    start(&loop, [&](ApiResult<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}
// Why a call did not succeed, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray whyNot(const std::optional<ApiResult<T>> &result)
{
    if (!result)
        return QByteArrayLiteral("no answer within ten seconds");
    return result->ok() ? QByteArray() : result->error().message().toUtf8();
}

// Starts the call named `name` (a row of the request tables below) with fixed ids; `answered`
// runs once with its error, or nothing when it succeeded.
PendingCall startCall(ClerkClient &client, const QString &name, QObject *context,
                      const std::function<void(std::optional<ApiError>)> &answered)
{
    const auto take = [answered](const auto &result) {
        answered(result.ok() ? std::nullopt : std::optional<ApiError>(result.error()));
    };
    const QString userId = QStringLiteral("user_1"), phoneId = QStringLiteral("idn_1");
    if (name == QLatin1StringView("list users"))
        return client.listUserObjects({}, context, take);
    if (name == QLatin1StringView("count users"))
        return client.countUsers({}, context, take);
    if (name == QLatin1StringView("get user"))
        return client.getUser(userId, context, take);
    if (name == QLatin1StringView("get number"))
        return client.getPhoneNumberObject(phoneId, context, take);
    if (name == QLatin1StringView("create number"))
        return client.createPhoneNumberObject({userId, QStringLiteral("+4915112345701"), false, std::nullopt, std::nullopt},
                                              context, take);
    if (name == QLatin1StringView("update number")) {
        PhoneNumberChanges changes;
        changes.primary = true;
        return client.updatePhoneNumberObject(phoneId, changes, context, take);
    }
    if (name == QLatin1StringView("delete number"))
        return client.deletePhoneNumberObject(phoneId, context, take);
    if (name == QLatin1StringView("prepare verification"))
        return client.prepareVerificationObject(phoneId, context, take);
    if (name == QLatin1StringView("attempt verification"))
        return client.attemptVerificationObject(phoneId, QStringLiteral("ver_1"), QStringLiteral("424242"), context, take);
    if (name == QLatin1StringView("replace numbers"))
        return client.replaceUserPhoneNumberObject(userId, QStringLiteral("+4915112345702"), {}, context, take);
    if (name == QLatin1StringView("disable mfa"))
        return client.disableMfaObject(userId, context, take);
    if (name == QLatin1StringView("unlock"))
        return client.unlockUserObject(userId, context, take);
    if (name == QLatin1StringView("ban"))
        return client.banUserObject(userId, context, take);
    if (name == QLatin1StringView("unban"))
        return client.unbanUserObject(userId, context, take);
    if (name == QLatin1StringView("delete totp"))
        return client.deleteUserTotpObject(userId, context, take);
    if (name == QLatin1StringView("delete backup codes"))
        return client.deleteUserBackupCodesObject(userId, context, take);
    if (name == QLatin1StringView("revoke session"))
        return client.revokeSessionObject(QStringLiteral("sess_1"), context, take);
    if (name == QLatin1StringView("list sessions"))
        return client.listSessions(userId, QStringLiteral("active"), 900, -3, context, take);
    if (name == QLatin1StringView("get communication"))
        return client.getInstanceCommunicationObject(context, take);
    qFatal("no call named %s", qPrintable(name));
}

// Every write of the client: its name for startCall, its request line, and whether Clerk's
// OpenAPI document declares a request body for it.
void addWriteRows()
{
    QTest::newRow("POST /phone_numbers") << QStringLiteral("create number") << QByteArray("POST /v1/phone_numbers ") << true;
    QTest::newRow("PATCH /phone_numbers/{id}")
        << QStringLiteral("update number") << QByteArray("PATCH /v1/phone_numbers/idn_1 ") << true;
    QTest::newRow("DELETE /phone_numbers/{id}")
        << QStringLiteral("delete number") << QByteArray("DELETE /v1/phone_numbers/idn_1 ") << false;
    QTest::newRow("POST /phone_numbers/{id}/prepare_verification")
        << QStringLiteral("prepare verification") << QByteArray("POST /v1/phone_numbers/idn_1/prepare_verification ") << false;
    QTest::newRow("POST /phone_numbers/{id}/attempt_verification")
        << QStringLiteral("attempt verification") << QByteArray("POST /v1/phone_numbers/idn_1/attempt_verification ") << true;
    QTest::newRow("PUT /users/{id}/phone_number")
        << QStringLiteral("replace numbers") << QByteArray("PUT /v1/users/user_1/phone_number ") << true;
    QTest::newRow("DELETE /users/{id}/mfa") << QStringLiteral("disable mfa") << QByteArray("DELETE /v1/users/user_1/mfa ") << false;
    QTest::newRow("POST /users/{id}/unlock") << QStringLiteral("unlock") << QByteArray("POST /v1/users/user_1/unlock ") << false;
    QTest::newRow("POST /users/{id}/ban") << QStringLiteral("ban") << QByteArray("POST /v1/users/user_1/ban ") << false;
    QTest::newRow("POST /users/{id}/unban") << QStringLiteral("unban") << QByteArray("POST /v1/users/user_1/unban ") << false;
    QTest::newRow("DELETE /users/{id}/totp") << QStringLiteral("delete totp") << QByteArray("DELETE /v1/users/user_1/totp ") << false;
    QTest::newRow("DELETE /users/{id}/backup_code")
        << QStringLiteral("delete backup codes") << QByteArray("DELETE /v1/users/user_1/backup_code ") << false;
    QTest::newRow("POST /sessions/{id}/revoke")
        << QStringLiteral("revoke session") << QByteArray("POST /v1/sessions/sess_1/revoke ") << false;
}
} // namespace

class TestClerkClient : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    ClerkClient m_client;

    std::optional<ApiResult<UserPage>> list(const UserListQuery &query, ClerkClient *client = nullptr)
    {
        ClerkClient *c = client ? client : &m_client;
        return awaitCall<UserPage>([&](QObject *context, auto done) { c->listUsers(query, context, done); });
    }
    std::optional<ApiResult<UserSummary>> user(const QString &id)
    {
        return awaitCall<UserSummary>([&](QObject *context, auto done) { m_client.getUser(id, context, done); });
    }
    std::optional<ApiResult<PhoneNumber>> phone(const QString &id)
    {
        return awaitCall<PhoneNumber>([&](QObject *context, auto done) { m_client.getPhoneNumber(id, context, done); });
    }
    std::optional<ApiResult<PhoneNumber>> create(const NewPhoneNumber &phoneNumber)
    {
        return awaitCall<PhoneNumber>([&](QObject *context, auto done) { m_client.createPhoneNumber(phoneNumber, context, done); });
    }
    std::optional<ApiResult<PhoneNumber>> update(const QString &id, const PhoneNumberChanges &changes)
    {
        return awaitCall<PhoneNumber>([&](QObject *context, auto done) { m_client.updatePhoneNumber(id, changes, context, done); });
    }
    std::optional<ApiResult<Verification>> attempt(const QString &phoneId, const QString &verificationId, const QString &code)
    {
        return awaitCall<Verification>([&](QObject *context, auto done) { m_client.attemptVerification(phoneId, verificationId, code, context, done); });
    }
    std::optional<ApiResult<Verification>> prepare(const QString &phoneId)
    {
        return awaitCall<Verification>([&](QObject *context, auto done) { m_client.prepareVerification(phoneId, context, done); });
    }

    // All users of the sandbox, walked by cursor.
    QList<UserSummary> allUsers()
    {
        QList<UserSummary> users;
        UserListQuery query;
        query.limit = 500;
        for (;;) {
            auto page = list(query);
            if (!page || !page->ok())
                return {};
            users.append(page->value().users);
            if (page->value().receivedCount < 500)
                return users;
            query.startingAfter = page->value().lastId;
        }
    }

    // A user matching `wanted`, fetched fresh.
    template<typename Predicate>
    std::optional<UserSummary> findUser(Predicate wanted)
    {
        for (const UserSummary &u : allUsers()) {
            if (wanted(u))
                return u;
        }
        return std::nullopt;
    }

    static const PhoneNumber *phoneById(const UserSummary &u, const QString &id)
    {
        for (const PhoneNumber &p : u.phoneNumbers) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        Sandbox::Options options;
        options.users = 640;
        options.seed = 3;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        // The sandbox has no rate limit: pacing would only slow the test down.
        m_client.setRateLimit(0);
    }

    void sendsClerkHeaders()
    {
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::AnswerRaw,
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
        ClerkClient client;
        client.setBaseUrl(QUrl(peer.baseUrl()));
        client.setSecretKey(QStringLiteral("sk_test_header_check"));
        UserListQuery query;
        query.phoneNumbers = {QStringLiteral("+14155550123")};
        const auto page = list(query, &client);
        QVERIFY(page && page->ok());
        const QByteArray request = peer.request();
        QVERIFY2(request.startsWith("GET /v1/users?phone_number=%2B14155550123 HTTP/1.1"), request.constData());
        QVERIFY(request.contains("Authorization: Bearer sk_test_header_check\r\n"));
        QVERIFY(request.contains("Clerk-API-Version: 2026-05-12\r\n"));
        QVERIFY(request.contains("User-Agent: PhoneDesk/"));
    }

    // Each request carries a body exactly when the spec declares one: JSON with its type and
    // length, or none at all (no Content-Type, no bytes after the head; at most "Content-Length: 0").
    void sendsEachRequestWithTheBodyItsOperationDeclares_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<bool>("declaresBody");
        QTest::newRow("GET /users") << QStringLiteral("list users") << QByteArray("GET /v1/users ") << false;
        QTest::newRow("GET /users/count") << QStringLiteral("count users") << QByteArray("GET /v1/users/count ") << false;
        QTest::newRow("GET /users/{id}") << QStringLiteral("get user") << QByteArray("GET /v1/users/user_1 ") << false;
        QTest::newRow("GET /phone_numbers/{id}") << QStringLiteral("get number") << QByteArray("GET /v1/phone_numbers/idn_1 ") << false;
        // Never paginated=true (its answer is another shape); limit and offset kept within the spec's bounds.
        QTest::newRow("GET /sessions") << QStringLiteral("list sessions")
                                       << QByteArray("GET /v1/sessions?user_id=user_1&status=active&limit=500&offset=0 ") << false;
        QTest::newRow("GET /instance/communication")
            << QStringLiteral("get communication") << QByteArray("GET /v1/instance/communication ") << false;
        addWriteRows();
    }

    void sendsEachRequestWithTheBodyItsOperationDeclares()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, requestLine);
        QFETCH(bool, declaresBody);
        // One answer that every call reads: a user, a list of users, a count and any raw object.
        const QByteArray body = call == QLatin1StringView("list users") || call == QLatin1StringView("list sessions")
            ? QByteArrayLiteral("[]")
            : QByteArrayLiteral(R"({"object":"total_count","total_count":1,"id":"user_1"})");
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::AnswerRaw,
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        ClerkClient client;
        client.setBaseUrl(QUrl(peer.baseUrl()));
        client.setSecretKey(QStringLiteral("sk_test_x"));
        client.setRateLimit(0);
        std::optional<std::optional<ApiError>> answer;
        QObject context;
        startCall(client, call, &context, [&answer](std::optional<ApiError> error) { answer.emplace(std::move(error)); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        // QVERIFY2 builds its message whether or not the check fails: only an error has one.
        QVERIFY2(!answer->has_value(), qPrintable(answer->has_value() ? (*answer)->message() : QString()));
        QCOMPARE(peer.requestCount(), 1);

        const QByteArray sent = peer.requests().constFirst();
        QVERIFY2(sent.startsWith(requestLine), sent.constData());
        const QByteArray contentType = ScriptedHttpPeer::headerOf(sent, "Content-Type");
        const QByteArray contentLength = ScriptedHttpPeer::headerOf(sent, "Content-Length");
        const QByteArray sentBody = ScriptedHttpPeer::bodyOf(sent);
        QVERIFY2(ScriptedHttpPeer::headerOf(sent, "Transfer-Encoding").isNull(), sent.constData());
        if (declaresBody) {
            QCOMPARE(contentType, QByteArray("application/json"));
            QCOMPARE(contentLength, QByteArray::number(sentBody.size()));
            QVERIFY2(QJsonDocument::fromJson(sentBody).isObject(), sentBody.constData());
        } else {
            QVERIFY2(contentType.isNull(), sent.constData());
            QVERIFY2(contentLength.isNull() || contentLength == "0", sent.constData());
            QVERIFY2(sentBody.isEmpty(), sent.constData());
        }
    }

    // A write whose connection closes before any answer is sent once: neither Qt (which would
    // send it again on a new connection by itself) nor the client sends it again, with a body or
    // without one. Its outcome is unknown, for the caller to re-check. A read is asked again.
    void aWriteIsSentOnceWhenItsConnectionDropsUnanswered_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<bool>("declaresBody");
        addWriteRows();
    }

    void aWriteIsSentOnceWhenItsConnectionDropsUnanswered()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, requestLine);
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::CloseWithoutAnswer);
        ClerkClient client;
        client.setBaseUrl(QUrl(peer.baseUrl()));
        client.setSecretKey(QStringLiteral("sk_test_x"));
        client.setRateLimit(0);
        std::optional<std::optional<ApiError>> answer;
        QObject context;
        startCall(client, call, &context, [&answer](std::optional<ApiError> error) { answer.emplace(std::move(error)); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(answer->has_value());
        const ApiError &error = **answer;
        QCOMPARE(error.transport, ApiError::Transport::Network);
        QVERIFY(RetryPolicy::outcomeUnknown(error));
        QCOMPARE(error.attempts, 1);
        QVERIFY(!error.gaveUp);
        QTest::qWait(300); // time for a copy that was on its way
        QCOMPARE(peer.requestCount(), 1);
        QVERIFY(peer.requests().constFirst().startsWith(requestLine));
    }

    void aReadWhoseConnectionDropsUnansweredIsAskedAgain()
    {
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::CloseWithoutAnswer);
        ClerkClient client;
        client.setBaseUrl(QUrl(peer.baseUrl()));
        client.setSecretKey(QStringLiteral("sk_test_x"));
        client.setRateLimit(0);
        client.setRetryBudget(1500);
        std::optional<std::optional<ApiError>> answer;
        QObject context;
        startCall(client, QStringLiteral("get number"), &context,
                  [&answer](std::optional<ApiError> error) { answer.emplace(std::move(error)); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(answer->has_value());
        QCOMPARE((*answer)->transport, ApiError::Transport::Network);
        QVERIFY((*answer)->gaveUp);
        QVERIFY2(peer.requestCount() > 1, qPrintable(QString::number(peer.requestCount())));
    }

    void takesAny2xxAsSuccess()
    {
        ScriptedHttpPeer peer(ScriptedHttpPeer::Behaviour::AnswerRaw,
                              "HTTP/1.1 203 Non-Authoritative Information\r\nContent-Type: application/json\r\n"
                              "Content-Length: 43\r\n\r\n{\"object\":\"total_count\",\"total_count\":12}");
        ClerkClient client;
        client.setBaseUrl(QUrl(peer.baseUrl()));
        client.setSecretKey(QStringLiteral("sk_test_x"));
        const auto count = awaitCall<qint64>([&](QObject *context, auto done) { client.countUsers({}, context, done); });
        QVERIFY2(count && count->ok(), whyNot(count).constData());
        QCOMPARE(count->value(), 12);
    }

    void walksAllUsersByCursorWithoutGapsOrRepeats()
    {
        const QList<UserSummary> users = allUsers();
        QCOMPARE(users.size(), 640);
        QSet<QString> ids;
        for (qsizetype i = 0; i < users.size(); ++i) {
            ids.insert(users.at(i).id);
            if (i > 0) // Clerk's default order: newest first
                QVERIFY(*users.at(i - 1).createdAt >= *users.at(i).createdAt);
        }
        QCOMPARE(ids.size(), 640);

        // Offset paging sees the same users in the same order.
        UserListQuery byOffset;
        byOffset.limit = 100;
        byOffset.offset = 300;
        const auto page = list(byOffset);
        QVERIFY(page && page->ok());
        QCOMPARE(page->value().users.size(), 100);
        QCOMPARE(page->value().users.first().id, users.at(300).id);
    }

    void ordersOldestFirstOnRequest()
    {
        UserListQuery query;
        query.limit = 20;
        query.orderBy = QStringLiteral("+created_at");
        const auto first = list(query);
        QVERIFY(first && first->ok());
        query.startingAfter = first->value().lastId;
        const auto second = list(query);
        QVERIFY(second && second->ok());
        QVERIFY(*first->value().users.last().createdAt <= *second->value().users.first().createdAt);
    }

    void countsUsersWithAndWithoutFilter()
    {
        const auto all = awaitCall<qint64>([&](QObject *context, auto done) { m_client.countUsers({}, context, done); });
        QVERIFY(all && all->ok());
        QCOMPARE(all->value(), 640);

        UserListQuery banned;
        banned.query = QStringLiteral("gmail");
        const auto counted = awaitCall<qint64>([&](QObject *context, auto done) { m_client.countUsers(banned, context, done); });
        banned.limit = 500;
        const auto listed = list(banned);
        QVERIFY(counted && counted->ok() && listed && listed->ok());
        QVERIFY(counted->value() > 0);
        QCOMPARE(counted->value(), listed->value().users.size());
    }

    void searchesByNumberNameAndPartialNumber()
    {
        const auto owner = findUser([](const UserSummary &u) { return !u.phoneNumbers.isEmpty() && u.phoneNumbers.first().phoneNumber.size() > 9; });
        QVERIFY(owner);
        const QString number = owner->phoneNumbers.first().phoneNumber;

        UserListQuery exact;
        exact.phoneNumbers = {number};
        auto found = list(exact);
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().users.size(), 1);
        QCOMPARE(found->value().users.first().id, owner->id);

        UserListQuery partial;
        partial.phoneNumberQuery = number.right(7);
        partial.limit = 500;
        found = list(partial);
        QVERIFY(found && found->ok());
        QVERIFY(std::any_of(found->value().users.cbegin(), found->value().users.cend(),
                            [&](const UserSummary &u) { return u.id == owner->id; }));

        UserListQuery byName;
        byName.query = *owner->firstName + QLatin1Char(' ') + *owner->lastName;
        byName.limit = 500;
        found = list(byName);
        QVERIFY(found && found->ok());
        QVERIFY(std::any_of(found->value().users.cbegin(), found->value().users.cend(),
                            [&](const UserSummary &u) { return u.id == owner->id; }));
        for (const UserSummary &u : found->value().users)
            QCOMPARE(u.lastName, owner->lastName);
    }

    void getsUserAndPhoneNumber()
    {
        const auto owner = findUser([](const UserSummary &u) { return !u.phoneNumbers.isEmpty(); });
        QVERIFY(owner);
        const auto fetched = user(owner->id);
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value(), *owner);
        const auto number = phone(owner->phoneNumbers.first().id);
        QVERIFY(number && number->ok());
        QCOMPARE(number->value(), owner->phoneNumbers.first());
    }

    void answersNotFoundInClerksShape_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("user") << QStringLiteral("user");
        QTest::newRow("phone number") << QStringLiteral("phone");
        QTest::newRow("delete phone number") << QStringLiteral("delete");
        QTest::newRow("disable mfa") << QStringLiteral("mfa");
    }

    void answersNotFoundInClerksShape()
    {
        QFETCH(QString, kind);
        const QString missing = QStringLiteral("idn_doesnotexist000000000000000");
        ApiError error;
        if (kind == QLatin1StringView("user")) {
            const auto r = user(QStringLiteral("user_doesnotexist"));
            QVERIFY(r && !r->ok());
            error = r->error();
        } else if (kind == QLatin1StringView("phone")) {
            const auto r = phone(missing);
            QVERIFY(r && !r->ok());
            error = r->error();
        } else if (kind == QLatin1StringView("delete")) {
            const auto r = awaitCall<DeletedObject>([&](QObject *context, auto done) { m_client.deletePhoneNumber(missing, context, done); });
            QVERIFY(r && !r->ok());
            error = r->error();
        } else {
            const auto r = awaitCall<QString>([&](QObject *context, auto done) { m_client.disableMfa(QStringLiteral("user_nobody"), context, done); });
            QVERIFY(r && !r->ok());
            error = r->error();
        }
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.code(), QStringLiteral("resource_not_found"));
        QVERIFY(!error.traceId.isEmpty());
        QVERIFY(!error.isTransport());
        QVERIFY(error.message().contains(QStringLiteral("not found")));
    }

    void firstNumberBecomesPrimaryAndLaterOnesDoNot()
    {
        const auto owner = findUser([](const UserSummary &u) { return u.phoneNumbers.isEmpty(); });
        QVERIFY(owner);
        QVERIFY(!owner->primaryPhoneNumberId);

        const auto first = create({owner->id, QStringLiteral("+4915112345601"), true, std::nullopt, std::nullopt});
        QVERIFY2(first && first->ok(), whyNot(first).constData());
        QVERIFY(first->value().isVerified());
        QCOMPARE(first->value().verification->kind, Verification::Kind::Admin);
        QCOMPARE(first->value().reserved, std::optional<bool>(true));

        const auto second = create({owner->id, QStringLiteral("+4915112345602"), std::nullopt, std::nullopt, std::nullopt});
        QVERIFY(second && second->ok());
        QVERIFY(!second->value().verification);

        auto after = user(owner->id);
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().primaryPhoneNumberId, std::optional<QString>(first->value().id));
        QCOMPARE(after->value().phoneNumbers.size(), 2);

        // Making the second primary moves it; deleting the primary promotes the other.
        const auto moved = update(second->value().id, {std::nullopt, true, std::nullopt});
        QVERIFY(moved && moved->ok());
        after = user(owner->id);
        QCOMPARE(after->value().primaryPhoneNumberId, std::optional<QString>(second->value().id));

        const auto deleted = awaitCall<DeletedObject>([&](QObject *context, auto done) { m_client.deletePhoneNumber(second->value().id, context, done); });
        QVERIFY(deleted && deleted->ok());
        QCOMPARE(deleted->value().object, QStringLiteral("phone_number"));
        QCOMPARE(deleted->value().id, second->value().id);
        QVERIFY(deleted->value().deleted);
        after = user(owner->id);
        QCOMPARE(after->value().primaryPhoneNumberId, std::optional<QString>(first->value().id));
        QCOMPARE(after->value().phoneNumbers.size(), 1);
    }

    void refusesNumbersThatAreNotE164()
    {
        const auto owner = findUser([](const UserSummary &) { return true; });
        QVERIFY(owner);
        for (const QString &bad : {QStringLiteral("030 1234567"), QStringLiteral("+1 415 555 0123"), QStringLiteral("+999123"),
                                   QStringLiteral("+311-555-2368")}) {
            const auto r = create({owner->id, bad, std::nullopt, std::nullopt, std::nullopt});
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error().httpStatus, 422);
            QCOMPARE(r->error().code(), QStringLiteral("form_param_format_invalid"));
            QCOMPARE(r->error().paramName(), QStringLiteral("phone_number"));
        }
    }

    void refusesANumberAnotherIdentificationHolds()
    {
        const auto holder = findUser([](const UserSummary &u) {
            return std::any_of(u.phoneNumbers.cbegin(), u.phoneNumbers.cend(), [](const PhoneNumber &p) { return p.isVerified(); });
        });
        const auto other = findUser([&](const UserSummary &u) { return u.id != holder->id; });
        QVERIFY(holder && other);
        const auto held = std::find_if(holder->phoneNumbers.cbegin(), holder->phoneNumbers.cend(),
                                       [](const PhoneNumber &p) { return p.isVerified(); });
        const auto r = create({other->id, held->phoneNumber, std::nullopt, std::nullopt, std::nullopt});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 422);
        QCOMPARE(r->error().code(), QStringLiteral("form_identifier_exists"));
        QCOMPARE(r->error().paramName(), QStringLiteral("phone_number"));
    }

    void refusesToReserveAnUnverifiedNumberAndChangesNothing()
    {
        const auto owner = findUser([](const UserSummary &u) {
            return std::any_of(u.phoneNumbers.cbegin(), u.phoneNumbers.cend(), [](const PhoneNumber &p) { return !p.isVerified(); });
        });
        QVERIFY(owner);
        const PhoneNumber target = *std::find_if(owner->phoneNumbers.cbegin(), owner->phoneNumbers.cend(),
                                                 [](const PhoneNumber &p) { return !p.isVerified(); });
        const auto r = update(target.id, {std::nullopt, true, true});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 400);
        QCOMPARE(r->error().code(), QStringLiteral("identification_update_second_factor_unverified"));
        // Refused as a whole: not even the primary flag that came with it was applied.
        const auto after = user(owner->id);
        QVERIFY(after && after->ok());
        QCOMPARE(after->value(), *owner);
    }

    void reservingForSecondFactorSetsDefaultAndTurnsTwoFactorOn()
    {
        const auto owner = findUser([](const UserSummary &u) { return u.phoneNumbers.isEmpty() && !u.totpEnabled.value_or(true); });
        QVERIFY(owner);
        QCOMPARE(owner->twoFactorEnabled, std::optional<bool>(false));
        const auto a = create({owner->id, QStringLiteral("+447400123456"), true, std::nullopt, true});
        QVERIFY2(a && a->ok(), whyNot(a).constData());
        QCOMPARE(a->value().reservedForSecondFactor, std::optional<bool>(true));
        QCOMPARE(a->value().defaultSecondFactor, std::optional<bool>(true));
        const auto b = create({owner->id, QStringLiteral("+447400123457"), true, std::nullopt, std::nullopt});
        QVERIFY(b && b->ok());
        const auto reservedB = update(b->value().id, {std::nullopt, std::nullopt, true});
        QVERIFY(reservedB && reservedB->ok());
        QCOMPARE(reservedB->value().reservedForSecondFactor, std::optional<bool>(true));
        QCOMPARE(reservedB->value().defaultSecondFactor, std::optional<bool>(false)); // a default exists already

        auto after = user(owner->id);
        QCOMPARE(after->value().twoFactorEnabled, std::optional<bool>(true));

        // Deleting the default second factor hands the role to the other reserved number.
        const auto gone = awaitCall<DeletedObject>([&](QObject *context, auto done) { m_client.deletePhoneNumber(a->value().id, context, done); });
        QVERIFY(gone && gone->ok());
        after = user(owner->id);
        QCOMPARE(phoneById(after->value(), b->value().id)->defaultSecondFactor, std::optional<bool>(true));
        QCOMPARE(after->value().twoFactorEnabled, std::optional<bool>(true));

        // Releasing the last one turns 2FA off.
        const auto released = update(b->value().id, {std::nullopt, std::nullopt, false});
        QVERIFY(released && released->ok());
        after = user(owner->id);
        QCOMPARE(after->value().twoFactorEnabled, std::optional<bool>(false));
    }

    void verifiesWithTheCodeSentAndCountsWrongAttempts()
    {
        const auto owner = findUser([](const UserSummary &u) { return !u.phoneNumbers.isEmpty(); });
        QVERIFY(owner);
        const auto added = create({owner->id, QStringLiteral("+33612345670"), std::nullopt, std::nullopt, std::nullopt});
        QVERIFY(added && added->ok());
        const QString phoneId = added->value().id;

        const auto pending = prepare(phoneId);
        QVERIFY(pending && pending->ok());
        const Verification &v = pending->value();
        QVERIFY(v.id && !v.id->isEmpty());
        QCOMPARE(v.status, QStringLiteral("unverified"));
        QCOMPARE(v.strategy, QStringLiteral("phone_code"));
        QCOMPARE(v.attempts, std::optional<int>(0));
        QCOMPARE(v.channel, std::optional<QString>(QStringLiteral("sms")));
        QVERIFY(*v.expireAt > m_sandbox.store().now());

        // The number shows its pending code.
        auto shown = phone(phoneId);
        QCOMPARE(shown->value().verification->status, QStringLiteral("unverified"));
        QCOMPARE(shown->value().verification->expireAt, v.expireAt);

        const QString sent = m_sandbox.store().sentCode(*v.id);
        QCOMPARE(sent.size(), 6);
        const QString wrong = sent == QStringLiteral("111111") ? QStringLiteral("222222") : QStringLiteral("111111");
        auto result = attempt(phoneId, *v.id, wrong);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("unverified"));
        QCOMPARE(result->value().attempts, std::optional<int>(1));

        result = attempt(phoneId, *v.id, sent);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("verified"));
        QCOMPARE(result->value().attempts, std::optional<int>(2));
        shown = phone(phoneId);
        QVERIFY(shown->value().isVerified());
        QCOMPARE(shown->value().verification->strategy, QStringLiteral("phone_code"));

        result = attempt(phoneId, *v.id, sent);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 400);
        QCOMPARE(result->error().code(), QStringLiteral("verification_already_verified"));
    }

    void failsAfterTooManyWrongCodesAndExpiresWithTime()
    {
        const auto owner = findUser([](const UserSummary &u) { return !u.phoneNumbers.isEmpty(); });
        const auto added = create({owner->id, QStringLiteral("+33612345671"), std::nullopt, std::nullopt, std::nullopt});
        QVERIFY(added && added->ok());
        const QString phoneId = added->value().id;

        auto pending = prepare(phoneId);
        QVERIFY(pending && pending->ok());
        const QString sent = m_sandbox.store().sentCode(*pending->value().id);
        const QString wrong = sent == QStringLiteral("111111") ? QStringLiteral("222222") : QStringLiteral("111111");
        std::optional<ApiResult<Verification>> result;
        for (int i = 0; i < SandboxStore::kMaxCodeAttempts; ++i)
            result = attempt(phoneId, *pending->value().id, wrong);
        QCOMPARE(result->value().status, QStringLiteral("failed"));
        QCOMPARE(result->value().attempts, std::optional<int>(SandboxStore::kMaxCodeAttempts));
        // Even the right code cannot rescue a failed verification.
        result = attempt(phoneId, *pending->value().id, sent);
        QCOMPARE(result->value().status, QStringLiteral("failed"));
        QVERIFY(!phone(phoneId)->value().isVerified());

        pending = prepare(phoneId);
        m_sandbox.store().advanceClock(SandboxStore::kCodeLifetimeMs + 1000);
        result = attempt(phoneId, *pending->value().id, QLatin1StringView(SandboxStore::kUniversalCode));
        QCOMPARE(result->value().status, QStringLiteral("expired"));

        // A fresh code, and the test code that always verifies.
        pending = prepare(phoneId);
        result = attempt(phoneId, *pending->value().id, QLatin1StringView(SandboxStore::kUniversalCode));
        QCOMPARE(result->value().status, QStringLiteral("verified"));
        QVERIFY(phone(phoneId)->value().isVerified());

        // A verification of another number is not found here.
        const auto unknown = attempt(phoneId, QStringLiteral("ver_unknown"), QStringLiteral("123456"));
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().httpStatus, 404);
        QCOMPARE(unknown->error().paramName(), QStringLiteral("verification_id"));
    }

    void replacingANumberKeepsOneAndDisablesMfaWhenItWasASecondFactor()
    {
        const auto owner = findUser([](const UserSummary &u) {
            return u.phoneNumbers.size() >= 2 && u.twoFactorEnabled.value_or(false) && !u.totpEnabled.value_or(true)
                && std::any_of(u.phoneNumbers.cbegin(), u.phoneNumbers.cend(),
                               [](const PhoneNumber &p) { return p.reservedForSecondFactor.value_or(false); });
        });
        QVERIFY2(owner, "the demo data has users with two numbers and 2FA by phone");
        const auto r = awaitCall<PhoneNumber>([&](QObject *context, auto done) {
            m_client.replaceUserPhoneNumber(owner->id, QStringLiteral("+5511987654321"), std::nullopt, context, done);
        });
        QVERIFY2(r && r->ok(), whyNot(r).constData());
        QVERIFY(r->value().isVerified());
        QCOMPARE(r->value().reservedForSecondFactor, std::optional<bool>(false));
        const auto after = user(owner->id);
        QCOMPARE(after->value().phoneNumbers.size(), 1);
        QCOMPARE(after->value().primaryPhoneNumberId, std::optional<QString>(r->value().id));
        QCOMPARE(after->value().twoFactorEnabled, std::optional<bool>(false));
        // The old numbers are gone.
        const auto old = phone(owner->phoneNumbers.first().id);
        QCOMPARE(old->error().httpStatus, 404);

        // The client sends only the spec's statuses: a status outside them goes as raw HTTP.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/users/%1/phone_number").arg(owner->id)));
        request.setRawHeader("Authorization", "Bearer " + m_sandbox.secretKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            network.put(request, QByteArrayLiteral(R"({"phone_number":"+5511987654322","identification_status":"maybe"})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        const QJsonObject refusal = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(refusal.value(QLatin1StringView("errors")).toArray().first().toObject().value(QLatin1StringView("meta"))
                     .toObject().value(QLatin1StringView("param_name")).toString(),
                 QStringLiteral("identification_status"));
        reply->deleteLater();
    }

    void disablingMfaClearsEverySecondFactor()
    {
        const auto owner = findUser([](const UserSummary &u) {
            return u.twoFactorEnabled.value_or(false)
                && std::any_of(u.phoneNumbers.cbegin(), u.phoneNumbers.cend(),
                               [](const PhoneNumber &p) { return p.reservedForSecondFactor.value_or(false); });
        });
        QVERIFY(owner);
        const auto r = awaitCall<QString>([&](QObject *context, auto done) { m_client.disableMfa(owner->id, context, done); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), owner->id);
        const auto after = user(owner->id);
        QCOMPARE(after->value().twoFactorEnabled, std::optional<bool>(false));
        QCOMPARE(after->value().totpEnabled, std::optional<bool>(false));
        for (const PhoneNumber &p : after->value().phoneNumbers) {
            QCOMPARE(p.reservedForSecondFactor, std::optional<bool>(false));
            QCOMPARE(p.defaultSecondFactor, std::optional<bool>(false));
        }
    }

    void rejectsInvalidListParameters_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("param");
        QTest::newRow("limit 0") << 0 << -1 << QString() << QStringLiteral("limit");
        QTest::newRow("limit 501") << 501 << -1 << QString() << QStringLiteral("limit");
        QTest::newRow("negative offset") << 10 << -5 << QString() << QStringLiteral("offset");
        QTest::newRow("cursor with offset") << 10 << 20 << QString() << QStringLiteral("starting_after");
        QTest::newRow("cursor with name order") << 10 << -1 << QStringLiteral("first_name") << QStringLiteral("starting_after");
        QTest::newRow("unknown order") << 10 << -1 << QStringLiteral("-shoe_size") << QStringLiteral("order_by");
    }

    void rejectsInvalidListParameters()
    {
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(QString, orderBy);
        QFETCH(QString, param);
        UserListQuery query;
        query.limit = limit;
        if (offset != -1)
            query.offset = offset;
        query.orderBy = orderBy;
        if (param == QLatin1StringView("starting_after")) {
            const auto first = list({});
            query.startingAfter = first->value().lastId;
        }
        const auto r = list(query);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 422);
        QCOMPARE(r->error().code(), QStringLiteral("form_param_value_invalid"));
        QCOMPARE(r->error().paramName(), param);
    }

    void namesAWrongKeyAndSendsNothingWithoutOne()
    {
        ClerkClient wrongKey;
        wrongKey.setBaseUrl(m_sandbox.baseUrl());
        wrongKey.setSecretKey(QStringLiteral("sk_test_not_the_right_one"));
        auto r = list({}, &wrongKey);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 401);
        QCOMPARE(r->error().code(), QStringLiteral("clerk_key_invalid"));
        QVERIFY(!r->error().message().contains(QStringLiteral("sk_test_not_the_right_one")));

        ClerkClient noKey;
        noKey.setBaseUrl(m_sandbox.baseUrl());
        r = list({}, &noKey);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().transport, ApiError::Transport::Refused);
    }

    void reportsTransportFailures()
    {
        // Refused: a port nobody listens on (taken from a server that is closed again).
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        ClerkClient client;
        client.setSecretKey(QStringLiteral("sk_test_x"));
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort)));
        // Each of these failures may pass, so reads are tried again: for two seconds here.
        client.setRetryBudget(2000);
        auto r = list({}, &client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().transport, ApiError::Transport::ConnectionRefused);
        QVERIFY(r->error().message().startsWith(QStringLiteral("GET /users")));
        QVERIFY(r->error().gaveUp && r->error().attempts > 1);

        // Timeout: a peer that accepts and never answers.
        ScriptedHttpPeer silent(ScriptedHttpPeer::Behaviour::NeverAnswer);
        client.setBaseUrl(QUrl(silent.baseUrl()));
        client.setTransferTimeout(300);
        r = list({}, &client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().transport, ApiError::Transport::Timeout);
        QVERIFY(r->error().attempts > 1);
        QCOMPARE(silent.requestCount(), r->error().attempts);

        // Unreadable: a 200 whose body is not the documented array.
        ScriptedHttpPeer garbage(ScriptedHttpPeer::Behaviour::AnswerRaw,
                                 "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"users\":");
        client.setBaseUrl(QUrl(garbage.baseUrl()));
        r = list({}, &client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().transport, ApiError::Transport::UnreadableAnswer);
        QVERIFY2(r->error().message().startsWith(QStringLiteral("GET /users answered with a body that "))
                     && r->error().message().contains(QStringLiteral("not valid JSON")),
                 qPrintable(r->error().message()));
        QCOMPARE(garbage.requestCount(), r->error().attempts);

        // A 5xx that is not Clerk's shape still becomes a readable error.
        ScriptedHttpPeer gateway(ScriptedHttpPeer::Behaviour::AnswerRaw,
                                 "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nRetry-After: 7\r\nContent-Length: 11\r\n\r\nBad Gateway");
        client.setBaseUrl(QUrl(gateway.baseUrl()));
        r = list({}, &client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 502);
        QCOMPARE(r->error().retryAfterSeconds, std::optional<int>(7));
        QVERIFY(r->error().message().contains(QStringLiteral("Bad Gateway")));
        QVERIFY(r->error().gaveUp && gateway.requestCount() > 1);
    }

    void abortingACallAnswersCancelled()
    {
        ScriptedHttpPeer silent(ScriptedHttpPeer::Behaviour::NeverAnswer);
        ClerkClient client;
        client.setSecretKey(QStringLiteral("sk_test_x"));
        client.setBaseUrl(QUrl(silent.baseUrl()));
        const auto r = awaitCall<UserPage>([&](QObject *context, auto done) {
            PendingCall call = client.listUsers({}, context, done);
            QTimer::singleShot(50, this, [call]() mutable { call.abort(); });
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().transport, ApiError::Transport::Cancelled);
    }

    void noAnswerArrivesAfterItsContextIsGone()
    {
        bool answered = false;
        {
            QObject context;
            m_client.listUsers({}, &context, [&](ApiResult<UserPage>) { answered = true; });
        }
        QTest::qWait(300);
        QVERIFY(!answered);
    }

    // Each ...Object twin sends its typed call's request and answers the body exactly as sent.
    void rawTwinsAnswerTheObjectAsSent()
    {
        const auto owner = findUser([](const UserSummary &u) { return u.phoneNumbers.size() >= 2; });
        QVERIFY(owner);
        const auto raw = [](auto start) { return awaitCall<QJsonObject>(start); };
        const QString storedId = owner->phoneNumbers.first().id;

        const auto created = raw([&](QObject *context, auto done) {
            m_client.createPhoneNumberObject({owner->id, QStringLiteral("+4915112345701"), false, std::nullopt, std::nullopt},
                                             context, done);
        });
        QVERIFY2(created && created->ok(), whyNot(created).constData());
        const QString id = created->value().value(QLatin1StringView("id")).toString();
        QCOMPARE(created->value(), QJsonDocument::fromJson(m_sandbox.store().getPhoneNumber(id).body).object());

        PhoneNumberChanges changes;
        changes.verified = true;
        const auto updated = raw([&](QObject *context, auto done) { m_client.updatePhoneNumberObject(id, changes, context, done); });
        QVERIFY2(updated && updated->ok(), whyNot(updated).constData());
        QCOMPARE(updated->value(), QJsonDocument::fromJson(m_sandbox.store().getPhoneNumber(id).body).object());

        const auto prepared = raw([&](QObject *context, auto done) { m_client.prepareVerificationObject(id, context, done); });
        QVERIFY2(prepared && prepared->ok(), whyNot(prepared).constData());
        const QString verificationId = prepared->value().value(QLatin1StringView("id")).toString();
        QVERIFY(!m_sandbox.store().sentCode(verificationId).isEmpty());
        const auto attempted = raw([&](QObject *context, auto done) {
            m_client.attemptVerificationObject(id, verificationId, m_sandbox.store().sentCode(verificationId), context, done);
        });
        QVERIFY2(attempted && attempted->ok(), whyNot(attempted).constData());
        QCOMPARE(attempted->value().value(QLatin1StringView("status")).toString(), QStringLiteral("verified"));

        const auto deleted = raw([&](QObject *context, auto done) { m_client.deletePhoneNumberObject(id, context, done); });
        QVERIFY2(deleted && deleted->ok(), whyNot(deleted).constData());
        QVERIFY(deleted->value().value(QLatin1StringView("deleted")).toBool());
        QCOMPARE(m_sandbox.store().getPhoneNumber(id).status, 404);

        const auto disabled = raw([&](QObject *context, auto done) { m_client.disableMfaObject(owner->id, context, done); });
        QVERIFY2(disabled && disabled->ok(), whyNot(disabled).constData());
        QCOMPARE(disabled->value().value(QLatin1StringView("user_id")).toString(), owner->id);

        const auto replaced = raw([&](QObject *context, auto done) {
            m_client.replaceUserPhoneNumberObject(owner->id, QStringLiteral("+4915112345702"), {}, context, done);
        });
        QVERIFY2(replaced && replaced->ok(), whyNot(replaced).constData());
        const QString newId = replaced->value().value(QLatin1StringView("id")).toString();
        QCOMPARE(replaced->value(), QJsonDocument::fromJson(m_sandbox.store().getPhoneNumber(newId).body).object());
        QCOMPARE(m_sandbox.store().getPhoneNumber(storedId).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestClerkClient)
#include "tst_clerkclient.moc"

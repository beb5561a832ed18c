// SPDX-License-Identifier: MIT
// The sandbox's sessions and SMS blocklist over loopback HTTP: GET /sessions with user_id,
// client_id, status, limit, offset and paginated (the SDK's {data, total_count}), newest first,
// every field of Clerk's Session object and no other, its refusals; GET /sessions/{id}; revoking
// one session; sessions that expire on the sandbox's clock; the same sessions for the same seed
// however late they are first read; and GET/PATCH /instance/communication with its 422s.
#include "sandboxanswer.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <limits>
#include <memory>

using namespace PhoneDesk;

namespace {
constexpr qint64 kNow = 1767225600000; // 2026-01-01
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

using Answer = Testing::SandboxAnswer;

QString text(const QJsonValue &value, const char *key)
{
    return value[QLatin1StringView(key)].toString();
}

QStringList idsOf(const QJsonArray &sessions)
{
    QStringList ids;
    for (const QJsonValue &session : sessions)
        ids.append(text(session, "id"));
    return ids;
}
} // namespace

class TestSandboxSessions : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static std::unique_ptr<Sandbox> started(int users, quint64 seed, qint64 now)
    {
        auto sandbox = std::make_unique<Sandbox>();
        Sandbox::Options options;
        options.users = users;
        options.seed = seed;
        options.nowMs = now;
        options.plantSignInCases = true;
        options.smsBlockedCountries = {QStringLiteral("IN"), QStringLiteral("BR")};
        QString error;
        if (!sandbox->start(options, &error))
            qFatal("sandbox: %s", qPrintable(error));
        return sandbox;
    }

    Answer send(Sandbox &sandbox, const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return Testing::sendToSandbox(m_network, sandbox, verb, path, body);
    }

    static QString busyUser(Sandbox &sandbox)
    {
        for (const SandboxSignInCase &planted : sandbox.store().signInCases()) {
            if (planted.state == QLatin1StringView("active_sessions"))
                return planted.userId;
        }
        return {};
    }

private Q_SLOTS:
    void listsAUsersSessionsNewestFirstInClerksShape()
    {
        const auto sandbox = started(40, 3, kNow);
        const QString user = busyUser(*sandbox);
        const Answer all = send(*sandbox, "GET", QStringLiteral("/sessions?user_id=") + user);
        QCOMPARE(all.status, 200);
        const QJsonArray sessions = all.array();
        QCOMPARE(sessions.size(), 4);
        const QSet<QString> fields{QStringLiteral("object"), QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("client_id"),
                                   QStringLiteral("actor"), QStringLiteral("status"), QStringLiteral("last_active_organization_id"),
                                   QStringLiteral("last_active_at"), QStringLiteral("latest_activity"), QStringLiteral("expire_at"),
                                   QStringLiteral("abandon_at"), QStringLiteral("updated_at"), QStringLiteral("created_at"),
                                   QStringLiteral("tasks")};
        qint64 newer = std::numeric_limits<qint64>::max();
        QSet<QString> places;
        for (const QJsonValue &session : sessions) {
            const QStringList keys = session.toObject().keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), fields);
            QCOMPARE(text(session, "object"), QStringLiteral("session"));
            QVERIFY(text(session, "id").startsWith(QLatin1StringView("sess_")));
            QVERIFY(text(session, "client_id").startsWith(QLatin1StringView("client_")));
            QCOMPARE(text(session, "user_id"), user);
            const qint64 created = session[QLatin1StringView("created_at")].toInteger();
            QVERIFY(created <= newer);
            newer = created;
            QCOMPARE(session[QLatin1StringView("expire_at")].toInteger(), created + 7 * kDay);
            const QJsonValue activity = session[QLatin1StringView("latest_activity")];
            QCOMPARE(text(activity, "object"), QStringLiteral("session_activity"));
            QVERIFY(activity[QLatin1StringView("is_mobile")].isBool());
            places.insert(text(activity, "device_type") + text(activity, "city"));
        }
        QCOMPARE(places.size(), 4); // a support agent tells them apart
        QCOMPARE(idsOf(send(*sandbox, "GET", QStringLiteral("/sessions?limit=2&user_id=") + user).array()), idsOf(sessions).mid(0, 2));
        QCOMPARE(idsOf(send(*sandbox, "GET", QStringLiteral("/sessions?offset=1&user_id=") + user).array()), idsOf(sessions).mid(1));
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?status=active&user_id=") + user).array().size(), 3);
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?status=ended&user_id=") + user).array().size(), 1);

        // As Clerk's SDK asks: paginated=true answers {data, total_count}.
        const QJsonObject page = send(*sandbox, "GET", QStringLiteral("/sessions?paginated=true&limit=2&offset=1&user_id=") + user).object();
        QCOMPARE(page.keys(), (QStringList{QStringLiteral("data"), QStringLiteral("total_count")}));
        QCOMPARE(idsOf(page[QLatin1StringView("data")].toArray()), idsOf(sessions).mid(1, 2));
        QCOMPARE(page[QLatin1StringView("total_count")].toInteger(), 4);
        QVERIFY(send(*sandbox, "GET", QStringLiteral("/sessions?paginated=false&user_id=") + user).array().size() == 4);

        const QString client = text(sessions.at(1), "client_id");
        QCOMPARE(idsOf(send(*sandbox, "GET", QStringLiteral("/sessions?client_id=") + client).array()), QStringList{text(sessions.at(1), "id")});
        QCOMPARE(idsOf(send(*sandbox, "GET", QStringLiteral("/sessions?client_id=%1&user_id=%2").arg(client, user)).array()).size(), 1);
        const QString other = sandbox->store().signInCases().first().userId;
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?client_id=%1&user_id=%2").arg(client, other)).array().size(), 0);
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?user_id=user_2zzzzzzzzzzzzzzzzzzzzzzzzzz")).array().size(), 0);
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?client_id=client_nothing")).array().size(), 0);

        const Answer one = send(*sandbox, "GET", QStringLiteral("/sessions/") + text(sessions.at(0), "id"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), sessions.at(0).toObject());
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions/sess_2zzzzzzzzzzzzzzzzzzzzzzzzzz")).status, 404);
    }

    void refusesWhatClerkRefuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        const QString bad = QStringLiteral("form_param_value_invalid");
        QTest::newRow("neither user nor client") << QStringLiteral("status=active") << QStringLiteral("form_param_missing") << QStringLiteral("user_id");
        QTest::newRow("empty user_id") << QStringLiteral("user_id=") << QStringLiteral("form_param_missing") << QStringLiteral("user_id");
        QTest::newRow("status outside the enum") << QStringLiteral("user_id=u&status=pending") << bad << QStringLiteral("status");
        QTest::newRow("limit 0") << QStringLiteral("user_id=u&limit=0") << bad << QStringLiteral("limit");
        QTest::newRow("limit 501") << QStringLiteral("user_id=u&limit=501") << bad << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("user_id=u&limit=ten") << bad << QStringLiteral("limit");
        QTest::newRow("negative offset") << QStringLiteral("user_id=u&offset=-1") << bad << QStringLiteral("offset");
        QTest::newRow("paginated yes") << QStringLiteral("user_id=u&paginated=yes") << bad << QStringLiteral("paginated");
        QTest::newRow("unknown parameter") << QStringLiteral("user_id=u&order_by=created_at") << QStringLiteral("form_param_unknown")
                                           << QStringLiteral("order_by");
    }

    void refusesWhatClerkRefuses()
    {
        QFETCH(QString, query);
        const auto sandbox = started(20, 1, kNow);
        const Answer refused = send(*sandbox, "GET", QStringLiteral("/sessions?") + query);
        QCOMPARE(refused.status, 422);
        QTEST(refused.errorCode(), "code");
        QTEST(refused.paramName(), "param");
        QVERIFY(!refused.object()[QLatin1StringView("clerk_trace_id")].toString().isEmpty());
    }

    void revokesOneSession()
    {
        const auto sandbox = started(40, 3, kNow);
        const QJsonArray sessions = send(*sandbox, "GET", QStringLiteral("/sessions?user_id=") + busyUser(*sandbox)).array();
        const QString active = text(sessions.at(1), "id");
        sandbox->store().advanceClock(1000);
        const Answer revoked = send(*sandbox, "POST", QStringLiteral("/sessions/%1/revoke").arg(active));
        QCOMPARE(revoked.status, 200);
        QCOMPARE(text(revoked.object(), "status"), QStringLiteral("revoked"));
        QCOMPARE(revoked.object()[QLatin1StringView("updated_at")].toInteger(), kNow + 1000);
        QCOMPARE(text(send(*sandbox, "GET", QStringLiteral("/sessions/") + active).object(), "status"), QStringLiteral("revoked"));
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?status=active&user_id=") + busyUser(*sandbox)).array().size(), 2);
        // Again: still revoked, nothing else changes.
        QCOMPARE(send(*sandbox, "POST", QStringLiteral("/sessions/%1/revoke").arg(active)).body, revoked.body);

        const Answer ended = send(*sandbox, "POST", QStringLiteral("/sessions/%1/revoke").arg(text(sessions.at(3), "id")));
        QCOMPARE(ended.status, 400);
        QCOMPARE(ended.errorCode(), QStringLiteral("session_not_active"));
        QCOMPARE(send(*sandbox, "POST", QStringLiteral("/sessions/sess_2zzzzzzzzzzzzzzzzzzzzzzzzzz/revoke")).status, 404);
        QCOMPARE(send(*sandbox, "POST", QStringLiteral("/sessions/nonsense/revoke")).status, 404);
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions/%1/revoke").arg(active)).status, 405);
    }

    void sessionsExpireOnTheClock()
    {
        const auto sandbox = started(40, 3, kNow);
        const QString user = busyUser(*sandbox);
        // The oldest active one was started five days ago: it lives seven, so two are left.
        sandbox->store().advanceClock(4 * kDay);
        QCOMPARE(send(*sandbox, "GET", QStringLiteral("/sessions?status=active&user_id=") + user).array().size(), 2);
        const QJsonArray expired = send(*sandbox, "GET", QStringLiteral("/sessions?status=expired&user_id=") + user).array();
        QCOMPARE(expired.size(), 1);
        QVERIFY(expired.at(0)[QLatin1StringView("expire_at")].toInteger() <= kNow + 4 * kDay);
    }

    // Made when first read, from the seed and the instant the data was made: a later first read,
    // or another instance of the same seed, sees the same sessions.
    void theSameSeedGivesTheSameSessions()
    {
        const auto first = started(300, 9, kNow);
        const auto second = started(300, 9, kNow);
        second->store().advanceClock(kDay);
        const QJsonArray users = send(*first, "GET", QStringLiteral("/users?limit=300")).array();
        int withSessions = 0;
        int active = 0;
        for (const QJsonValue &user : users) {
            const QString path = QStringLiteral("/sessions?limit=500&user_id=") + text(user, "id");
            const QJsonArray a = send(*first, "GET", path).array();
            const QJsonArray b = send(*second, "GET", path).array();
            QCOMPARE(idsOf(a), idsOf(b));
            withSessions += a.isEmpty() ? 0 : 1;
            for (const QJsonValue &session : a) {
                if (text(session, "status") == QLatin1StringView("active")) {
                    ++active;
                    QVERIFY(!user[QLatin1StringView("banned")].toBool());
                    QVERIFY(session[QLatin1StringView("created_at")].toInteger() > kNow - 7 * kDay);
                }
                QVERIFY(session[QLatin1StringView("created_at")].toInteger() >= user[QLatin1StringView("created_at")].toInteger());
            }
        }
        QVERIFY2(withSessions > 10 && withSessions < 200, qPrintable(QString::number(withSessions)));
        QVERIFY2(active > 3, qPrintable(QString::number(active)));
    }

    void readsAndReplacesTheSmsBlocklist()
    {
        const auto sandbox = started(20, 1, kNow);
        const QString path = QStringLiteral("/instance/communication");
        const QByteArray initial = R"({"object":"instance_communication","blocked_country_codes":["BR","IN"]})";
        QCOMPARE(send(*sandbox, "GET", path).body, initial);
        QCOMPARE(send(*sandbox, "PATCH", path, "{}").body, initial);
        QCOMPARE(send(*sandbox, "PATCH", path, R"({"blocked_country_codes":null})").body, initial);
        const Answer replaced = send(*sandbox, "PATCH", path, R"({"blocked_country_codes":["US","XX","DE"]})");
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.body, QByteArrayLiteral(R"({"object":"instance_communication","blocked_country_codes":["DE","US"]})"));
        QCOMPARE(send(*sandbox, "GET", path).body, replaced.body);

        const struct
        {
            QByteArray body;
            int status;
            const char *code;
        } refused[] = {
            {R"({"blocked_country_codes":["us"]})", 422, "form_param_format_invalid"},
            {R"({"blocked_country_codes":["USA"]})", 422, "form_param_format_invalid"},
            {R"({"blocked_country_codes":[1]})", 422, "form_param_format_invalid"},
            {R"({"blocked_country_codes":"US"})", 422, "form_param_format_invalid"},
            {R"({"blocked_country_codes":["US","US"]})", 422, "form_param_value_invalid"},
            {R"({"blocked_countries":["US"]})", 422, "form_param_unknown"},
            {"[1]", 400, "malformed_request"},
        };
        for (const auto &c : refused) {
            const Answer answer = send(*sandbox, "PATCH", path, c.body);
            QVERIFY2(answer.status == c.status, c.body.constData());
            QCOMPARE(answer.errorCode(), QString::fromLatin1(c.code));
        }
        QByteArray many = R"({"blocked_country_codes":[)";
        for (int i = 0; i < 251; ++i)
            many += (i ? ",\"" : "\"") + QByteArray(1, char('A' + i / 26 % 26)) + char('A' + i % 26) + '"';
        many += "]}";
        QCOMPARE(send(*sandbox, "PATCH", path, many).errorCode(), QStringLiteral("form_param_value_invalid"));
        QCOMPARE(send(*sandbox, "GET", path).body, replaced.body); // refusals change nothing
        QCOMPARE(send(*sandbox, "PATCH", path, R"({"blocked_country_codes":[]})").body,
                 QByteArrayLiteral(R"({"object":"instance_communication","blocked_country_codes":[]})"));
        QCOMPARE(send(*sandbox, "DELETE", path).status, 405);
    }

    void startRefusesACodeThatIsNoCountry()
    {
        Sandbox sandbox;
        Sandbox::Options options;
        options.users = 5;
        options.smsBlockedCountries = {QStringLiteral("BR"), QStringLiteral("XX")};
        QString error;
        QVERIFY(!sandbox.start(options, &error));
        QVERIFY2(error.contains(QLatin1StringView("XX")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSessions)
#include "tst_sandboxsessions.moc"

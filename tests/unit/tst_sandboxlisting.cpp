// SPDX-License-Identifier: MIT
// The sandbox's GET /users and GET /users/count, over loopback HTTP as any client sends them: every
// filter of the spec narrows the list and the count agrees, the bounds are strict, the + and -
// prefixes include and exclude, the first order_by wins, the cursor's 422s, the refusal of
// organization_id in Clerk's error shape, and the time a deep offset costs without holding up
// other requests. What is expected is worked out from the full listing, not from the store.
#include "sandbox/sandbox.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>

#include <functional>
#include <optional>

using namespace PhoneDesk;

namespace {
using Query = QList<QPair<QString, QString>>;
using Predicate = std::function<bool(const QJsonObject &)>;

constexpr int kUsers = 300;
constexpr int kSharing = 40; // users created in one and the same millisecond

struct Answer
{
    int status = 0;
    QByteArray body;

    [[nodiscard]] QJsonArray users() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] QStringList ids() const
    {
        QStringList ids;
        for (const QJsonValue &user : users())
            ids.append(user[QLatin1StringView("id")].toString());
        return ids;
    }
    [[nodiscard]] qint64 totalCount() const
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        return object[QLatin1StringView("object")].toString() == QLatin1StringView("total_count")
            ? object[QLatin1StringView("total_count")].toInteger(-1)
            : -1;
    }
    [[nodiscard]] QJsonObject errorEntry() const
    {
        return QJsonDocument::fromJson(body).object()[QLatin1StringView("errors")][0].toObject();
    }
    [[nodiscard]] QString errorCode() const { return errorEntry()[QLatin1StringView("code")].toString(); }
    [[nodiscard]] QString paramName() const
    {
        return errorEntry()[QLatin1StringView("meta")][QLatin1StringView("param_name")].toString();
    }
};

std::optional<qint64> timeOf(const QJsonObject &user, const char *key)
{
    const QJsonValue value = user[QLatin1StringView(key)];
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QStringList repeated(const QString &prefix, int count)
{
    QStringList values;
    for (int i = 0; i < count; ++i)
        values.append(prefix + QString::number(i));
    return values;
}
} // namespace

class TestSandboxListing : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    QList<QJsonObject> m_all; // every user, newest first as GET /users lists them
    QStringList m_allIds;
    qint64 m_shared = 0;      // the millisecond kSharing users were created in

    // Sends a GET with the query encoded for a form decoder: '+' goes as %2B, so that a + prefix
    // arrives as a + and not as a space.
    QNetworkReply *send(const QString &path, const Query &query)
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(url.path() + path);
        QStringList pairs;
        for (const auto &[key, value] : query)
            pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_sandbox.secretKey().toUtf8());
        return m_network.get(request);
    }

    static Answer finish(QNetworkReply *reply)
    {
        Answer answer;
        if (QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = reply->readAll();
        }
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString &path, const Query &query) { return finish(send(path, query)); }
    Answer list(Query query)
    {
        query.append({QStringLiteral("limit"), QStringLiteral("500")});
        return get(QStringLiteral("/users"), query);
    }
    Answer count(const Query &query) { return get(QStringLiteral("/users/count"), query); }

    QStringList idsWhere(const Predicate &keep) const
    {
        QStringList ids;
        for (const QJsonObject &user : m_all) {
            if (keep(user))
                ids.append(user[QLatin1StringView("id")].toString());
        }
        return ids;
    }

    // The listing with `query` is exactly the users `keep` keeps, in the default order, and the
    // count with the same query says how many.
    void verifyFilter(const Query &query, const Predicate &keep)
    {
        const QStringList expected = idsWhere(keep);
        const Answer listed = list(query);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.ids(), expected);
        const Answer counted = count(query);
        QCOMPARE(counted.status, 200);
        QCOMPARE(counted.totalCount(), expected.size());
    }

    // As verifyFilter, and the filter keeps some users but not all.
    void verifyNarrows(const Query &query, const Predicate &keep)
    {
        const qsizetype kept = idsWhere(keep).size();
        QVERIFY2(kept > 0 && kept < kUsers, qPrintable(QStringLiteral("the case keeps %1 of %2 users").arg(kept).arg(kUsers)));
        verifyFilter(query, keep);
    }

    // Both endpoints refuse `query` with this status, code and parameter, in Clerk's error shape.
    void verifyRefused(const Query &query, int listStatus, int countStatus, const QString &code, const QString &param)
    {
        for (const auto &[path, status] : {std::pair{QStringLiteral("/users"), listStatus}, {QStringLiteral("/users/count"), countStatus}}) {
            const Answer answer = get(path, query);
            QVERIFY2(answer.status == status, qPrintable(QStringLiteral("%1 answered %2: %3").arg(path).arg(answer.status).arg(QString::fromUtf8(answer.body))));
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            QCOMPARE(body[QLatin1StringView("errors")].toArray().size(), 1);
            QVERIFY(!body[QLatin1StringView("clerk_trace_id")].toString().isEmpty());
            const QJsonObject entry = answer.errorEntry();
            QCOMPARE(entry[QLatin1StringView("code")].toString(), code);
            QVERIFY(!entry[QLatin1StringView("message")].toString().isEmpty());
            QVERIFY(!entry[QLatin1StringView("long_message")].toString().isEmpty());
            QCOMPARE(answer.paramName(), param);
        }
    }

    // The ids of a walk by starting_after over every user, in pages of `limit`.
    QStringList walk(const QString &orderBy, int limit)
    {
        QStringList ids;
        QString cursor;
        for (int page = 0; page < kUsers; ++page) {
            Query query{{QStringLiteral("order_by"), orderBy}, {QStringLiteral("limit"), QString::number(limit)}};
            if (!cursor.isEmpty())
                query.append({QStringLiteral("starting_after"), cursor});
            const Answer answer = get(QStringLiteral("/users"), query);
            if (answer.status != 200)
                return ids << QStringLiteral("answer %1").arg(answer.status);
            const QStringList pageIds = answer.ids();
            ids += pageIds;
            if (pageIds.size() < limit)
                break;
            cursor = pageIds.last();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.users = kUsers;
        options.seed = 3;
        options.nowMs = 1795000000000;
        options.sameCreatedAt = kSharing;
        QString problem;
        QVERIFY2(m_sandbox.start(options, &problem), qPrintable(problem));
        const std::optional<qint64> shared = m_sandbox.store().sharedCreatedAt();
        QVERIFY(shared);
        m_shared = *shared;

        const Answer all = list({});
        QCOMPARE(all.status, 200);
        for (const QJsonValue &user : all.users())
            m_all.append(user.toObject());
        m_allIds = all.ids();
        QCOMPARE(m_all.size(), kUsers);
        QCOMPARE(idsWhere([this](const QJsonObject &u) { return timeOf(u, "created_at") == m_shared; }).size(), kSharing);
    }

    void cleanup() { m_sandbox.setFaults({}); }

    void createdAtBoundsAreStrict()
    {
        const auto created = [](const QJsonObject &u) { return *timeOf(u, "created_at"); };
        const QString shared = QString::number(m_shared);
        // Users sharing a millisecond are all in a bound or all out of it.
        verifyNarrows({{QStringLiteral("created_at_after"), QString::number(m_shared - 1)},
                       {QStringLiteral("created_at_before"), QString::number(m_shared + 1)}},
                      [&](const QJsonObject &u) { return created(u) == m_shared; });
        verifyNarrows({{QStringLiteral("created_at_after"), shared}}, [&](const QJsonObject &u) { return created(u) > m_shared; });
        verifyNarrows({{QStringLiteral("created_at_before"), shared}}, [&](const QJsonObject &u) { return created(u) < m_shared; });
        verifyFilter({{QStringLiteral("created_at_after"), shared}, {QStringLiteral("created_at_before"), shared}},
                     [](const QJsonObject &) { return false; });
    }

    void createdAtSlicesAreHalfOpen()
    {
        // [from, to) is asked as after=from-1, before=to: the slices hold every user exactly once,
        // with the shared millisecond a slice of its own.
        QList<qint64> stamps;
        for (const QJsonObject &u : m_all)
            stamps.append(*timeOf(u, "created_at"));
        std::sort(stamps.begin(), stamps.end());
        const QList<qint64> edges{stamps.first(), stamps.at(kUsers / 4), m_shared, m_shared + 1, stamps.at(kUsers * 7 / 8),
                                  stamps.last() + 1};
        QStringList seen;
        for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
            const qint64 from = edges.at(i), to = edges.at(i + 1);
            QVERIFY(from < to);
            const Query slice{{QStringLiteral("created_at_after"), QString::number(from - 1)},
                              {QStringLiteral("created_at_before"), QString::number(to)}};
            verifyNarrows(slice, [&](const QJsonObject &u) { return *timeOf(u, "created_at") >= from && *timeOf(u, "created_at") < to; });
            seen += list(slice).ids();
        }
        QCOMPARE(seen.size(), kUsers);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), QSet<QString>(m_allIds.cbegin(), m_allIds.cend()));
    }

    void lastSignInBoundsAreStrictAndSkipUsersWhoNeverSignedIn()
    {
        QList<qint64> stamps;
        for (const QJsonObject &u : m_all) {
            if (const auto at = timeOf(u, "last_sign_in_at"))
                stamps.append(*at);
        }
        QVERIFY2(stamps.size() < kUsers, "the demo data needs users who never signed in");
        std::sort(stamps.begin(), stamps.end());
        const qint64 x = stamps.at(stamps.size() / 2); // a user's own time: in neither bound
        verifyNarrows({{QStringLiteral("last_sign_in_at_before"), QString::number(x)}},
                      [&](const QJsonObject &u) { return timeOf(u, "last_sign_in_at").value_or(x) < x; });
        verifyNarrows({{QStringLiteral("last_sign_in_at_after"), QString::number(x)}},
                      [&](const QJsonObject &u) { return timeOf(u, "last_sign_in_at").value_or(x) > x; });
        // A bound before every sign-in keeps every user who signed in, and nobody else.
        verifyNarrows({{QStringLiteral("last_sign_in_at_after"), QStringLiteral("0")}},
                      [](const QJsonObject &u) { return timeOf(u, "last_sign_in_at").has_value(); });
    }

    void lastActiveBoundsAreStrictAndSinceIsInclusive()
    {
        // A last_active_at that a user has exactly: `after` leaves them out, `since` keeps them.
        QList<qint64> stamps;
        for (const QJsonObject &u : m_all) {
            if (const auto at = timeOf(u, "last_active_at"))
                stamps.append(*at);
        }
        QVERIFY2(stamps.size() < kUsers, "the demo data needs users without activity");
        std::sort(stamps.begin(), stamps.end());
        const qint64 x = stamps.at(stamps.size() / 2);
        const auto active = [](const QJsonObject &u) { return timeOf(u, "last_active_at"); };
        verifyNarrows({{QStringLiteral("last_active_at_before"), QString::number(x)}},
                      [&](const QJsonObject &u) { return active(u) && *active(u) < x; });
        verifyNarrows({{QStringLiteral("last_active_at_after"), QString::number(x)}},
                      [&](const QJsonObject &u) { return active(u) && *active(u) > x; });
        verifyNarrows({{QStringLiteral("last_active_at_since"), QString::number(x)}},
                      [&](const QJsonObject &u) { return active(u) && *active(u) >= x; });
        verifyNarrows({{QStringLiteral("last_active_at_since"), QStringLiteral("0")}},
                      [&](const QJsonObject &u) { return active(u).has_value(); });
        // Both bounds of the same timestamp: the users between them.
        const qint64 y = stamps.at(stamps.size() * 3 / 4);
        verifyNarrows({{QStringLiteral("last_active_at_after"), QString::number(x)}, {QStringLiteral("last_active_at_before"), QString::number(y)}},
                      [&](const QJsonObject &u) { return active(u) && *active(u) > x && *active(u) < y; });
    }

    void externalIdTakesPlusAndMinusPrefixes()
    {
        QStringList externalIds;
        for (const QJsonObject &u : m_all) {
            if (u[QLatin1StringView("external_id")].isString())
                externalIds.append(u[QLatin1StringView("external_id")].toString());
        }
        QVERIFY2(externalIds.size() >= 2 && externalIds.size() < kUsers, "the demo data needs some users with an external_id");
        const QString a = externalIds.at(0), b = externalIds.at(1);
        const auto externalId = [](const QJsonObject &u) { return u[QLatin1StringView("external_id")].toString(); };
        const auto key = QStringLiteral("external_id");
        verifyNarrows({{key, a}}, [&](const QJsonObject &u) { return externalId(u) == a; });
        verifyNarrows({{key, QLatin1Char('+') + a}, {key, b}}, [&](const QJsonObject &u) { return externalId(u) == a || externalId(u) == b; });
        // Exclusion alone: everyone else, users without an external_id too.
        verifyNarrows({{key, QLatin1Char('-') + a}}, [&](const QJsonObject &u) { return externalId(u) != a; });
        QCOMPARE(count({{key, QLatin1Char('-') + a}}).totalCount(), kUsers - 1);
        verifyNarrows({{key, a}, {key, b}, {key, QLatin1Char('-') + b}}, [&](const QJsonObject &u) { return externalId(u) == a; });
        verifyFilter({{key, QStringLiteral("crm-not-there")}}, [](const QJsonObject &) { return false; });
    }

    void userIdTakesPlusAndMinusPrefixes()
    {
        const QString a = m_allIds.at(3), b = m_allIds.at(42), c = m_allIds.at(200);
        const auto id = [](const QJsonObject &u) { return u[QLatin1StringView("id")].toString(); };
        const auto key = QStringLiteral("user_id");
        // -user_x is every user but user_x.
        verifyNarrows({{key, QLatin1Char('-') + a}}, [&](const QJsonObject &u) { return id(u) != a; });
        QCOMPARE(count({{key, QLatin1Char('-') + a}}).totalCount(), kUsers - 1);
        verifyNarrows({{key, QLatin1Char('-') + a}, {key, QLatin1Char('-') + b}}, [&](const QJsonObject &u) { return id(u) != a && id(u) != b; });
        verifyNarrows({{key, QLatin1Char('+') + a}}, [&](const QJsonObject &u) { return id(u) == a; });
        // Included (+ or plain) less excluded.
        verifyNarrows({{key, QLatin1Char('+') + a}, {key, b}, {key, c}, {key, QLatin1Char('-') + b}},
                      [&](const QJsonObject &u) { return id(u) == a || id(u) == c; });
        verifyNarrows({{key, a}, {key, QLatin1Char('-') + c}}, [&](const QJsonObject &u) { return id(u) == a; });
        verifyFilter({{key, QStringLiteral("user_not_there")}}, [](const QJsonObject &) { return false; });
    }

    void providerMatchesExternalAccounts()
    {
        // The accounts of the demo data: provider and provider user id.
        QList<QPair<QString, QString>> accounts;
        for (const QJsonObject &u : m_all) {
            for (const QJsonValue &account : u[QLatin1StringView("external_accounts")].toArray())
                accounts.append({account[QLatin1StringView("provider")].toString(), account[QLatin1StringView("provider_user_id")].toString()});
        }
        QVERIFY2(accounts.size() >= 2, "the demo data needs external accounts");
        // Plain variables, not a structured binding: the lambdas below capture them.
        const QString provider = accounts.at(0).first;
        const QString first = accounts.at(0).second;
        QString second; // another account of the same provider
        for (const auto &[p, id] : accounts) {
            if (p == provider && id != first) {
                second = id;
                break;
            }
        }
        QVERIFY(!second.isEmpty());
        const auto hasAccount = [](const QJsonObject &u, const QString &p, const QSet<QString> &ids) {
            const QJsonArray list = u[QLatin1StringView("external_accounts")].toArray();
            return std::any_of(list.begin(), list.end(), [&](const QJsonValue &a) {
                return a[QLatin1StringView("provider")].toString() == p && ids.contains(a[QLatin1StringView("provider_user_id")].toString());
            });
        };
        const auto providerKey = QStringLiteral("provider"), idKey = QStringLiteral("provider_user_id");
        verifyNarrows({{providerKey, provider}, {idKey, first}}, [&](const QJsonObject &u) { return hasAccount(u, provider, {first}); });
        verifyNarrows({{providerKey, provider}, {idKey, first}, {idKey, second}},
                      [&](const QJsonObject &u) { return hasAccount(u, provider, {first, second}); });
        QCOMPARE(list({{providerKey, provider}, {idKey, first}, {idKey, second}}).ids().size(), 2);
        // The id under another provider is another account.
        const QString other = provider == QLatin1StringView("oauth_github") ? QStringLiteral("oauth_gitlab") : QStringLiteral("oauth_github");
        verifyFilter({{providerKey, other}, {idKey, first}}, [](const QJsonObject &) { return false; });
    }

    void providerAndProviderUserIdComeTogether()
    {
        verifyRefused({{QStringLiteral("provider"), QStringLiteral("oauth_google")}}, 422, 422, QStringLiteral("form_param_missing"),
                      QStringLiteral("provider_user_id"));
        verifyRefused({{QStringLiteral("provider_user_id"), QStringLiteral("12345")}}, 422, 422, QStringLiteral("form_param_missing"),
                      QStringLiteral("provider"));
    }

    void web3WalletMatchesNobody()
    {
        verifyFilter({{QStringLiteral("web3_wallet"), QStringLiteral("0x71C7656EC7ab88b098defB751B7401B5f6d8976F")}},
                     [](const QJsonObject &) { return false; });
    }

    void organizationIdIsRefusedInClerksErrorShape()
    {
        // Never an unfiltered list passing for a filtered one. /users/count documents 422 only.
        verifyRefused({{QStringLiteral("organization_id"), QStringLiteral("org_2abc")}}, 400, 422,
                      QStringLiteral("organization_not_enabled_in_instance"), QStringLiteral("organization_id"));
        verifyRefused({{QStringLiteral("organization_id"), QStringLiteral("-org_2abc")}, {QStringLiteral("query"), QStringLiteral("a")}},
                      400, 422, QStringLiteral("organization_not_enabled_in_instance"), QStringLiteral("organization_id"));
        const Answer refused = list({{QStringLiteral("organization_id"), QStringLiteral("org_2abc")}});
        QVERIFY(refused.errorEntry()[QLatin1StringView("long_message")].toString().contains(QLatin1StringView("organization")));
    }

    void arrayFiltersTakeAtMostOneHundredValues_data()
    {
        QTest::addColumn<QString>("param");
        for (const char *param : {"email_address", "phone_number", "external_id", "username", "web3_wallet", "user_id", "provider_user_id"})
            QTest::newRow(param) << QString::fromLatin1(param);
    }

    void arrayFiltersTakeAtMostOneHundredValues()
    {
        QFETCH(QString, param);
        Query query;
        if (param == QLatin1StringView("provider_user_id"))
            query.append({QStringLiteral("provider"), QStringLiteral("oauth_google")});
        const QStringList values = repeated(QStringLiteral("not_there_"), 101);
        Query hundred = query;
        for (const QString &value : values.first(100))
            hundred.append({param, value});
        QCOMPARE(list(hundred).status, 200);
        QCOMPARE(count(hundred).status, 200);
        Query tooMany = hundred;
        tooMany.append({param, values.last()});
        verifyRefused(tooMany, 422, 422, QStringLiteral("form_param_value_invalid"), param);
    }

    void badIntegersAreRefused_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        for (const char *param : {"created_at_before", "created_at_after", "last_sign_in_at_before", "last_sign_in_at_after",
                                  "last_active_at_before", "last_active_at_after", "last_active_at_since"}) {
            for (const char *value : {"yesterday", "1.5", "", "1.7e12", "99999999999999999999", " 17"})
                QTest::addRow("%s=%s", param, value) << QString::fromLatin1(param) << QString::fromLatin1(value);
        }
    }

    void badIntegersAreRefused()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        verifyRefused({{param, value}}, 422, 422, QStringLiteral("form_param_format_invalid"), param);
    }

    void firstOrderByWins()
    {
        const QString byName = QStringLiteral("first_name"), newest = QStringLiteral("-created_at");
        const QStringList namesFirst = list({{QStringLiteral("order_by"), byName}}).ids();
        QVERIFY(namesFirst != m_allIds);
        QCOMPARE(list({{QStringLiteral("order_by"), byName}, {QStringLiteral("order_by"), newest}}).ids(), namesFirst);
        QCOMPARE(list({{QStringLiteral("order_by"), newest}, {QStringLiteral("order_by"), byName}}).ids(), m_allIds);
    }

    void startingAfterNeedsTheCreatedAtOrder()
    {
        const QString cursor = m_allIds.at(10);
        const auto starting = QStringLiteral("starting_after"), order = QStringLiteral("order_by");
        const Answer refused = get(QStringLiteral("/users"), {{starting, cursor}, {order, QStringLiteral("first_name")}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("form_param_value_invalid"));
        QCOMPARE(refused.paramName(), starting);
        // The first order_by is the one that counts, here too.
        QCOMPARE(get(QStringLiteral("/users"), {{starting, cursor}, {order, QStringLiteral("first_name")}, {order, QStringLiteral("created_at")}}).status, 422);
        for (const char *createdAt : {"created_at", "+created_at", "-created_at"})
            QCOMPARE(get(QStringLiteral("/users"), {{starting, cursor}, {order, QString::fromLatin1(createdAt)}, {order, QStringLiteral("first_name")}}).status, 200);
    }

    void startingAfterRefusesANonZeroOffset()
    {
        const QString cursor = m_allIds.at(10);
        const auto starting = QStringLiteral("starting_after"), offset = QStringLiteral("offset");
        const Answer refused = get(QStringLiteral("/users"), {{starting, cursor}, {offset, QStringLiteral("10")}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("form_param_value_invalid"));
        QCOMPARE(refused.paramName(), starting);
        const Answer zero = get(QStringLiteral("/users"), {{starting, cursor}, {offset, QStringLiteral("0")}, {QStringLiteral("limit"), QStringLiteral("5")}});
        QCOMPARE(zero.status, 200);
        QCOMPARE(zero.ids(), m_allIds.mid(11, 5));
    }

    void cursorWalksCrossTheSharedMillisecond()
    {
        // Pages of 7 cut the 40 users of one millisecond in several places: each is seen once.
        QCOMPARE(walk(QStringLiteral("-created_at"), 7), m_allIds);
        QStringList oldestFirst = m_allIds;
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        QCOMPARE(walk(QStringLiteral("+created_at"), 7), oldestFirst);
        QCOMPARE(list({{QStringLiteral("order_by"), QStringLiteral("+created_at")}}).ids(), oldestFirst);
    }

    void countIgnoresPagingAndOrder()
    {
        const Query paging{{QStringLiteral("limit"), QStringLiteral("3")}, {QStringLiteral("offset"), QStringLiteral("290")},
                           {QStringLiteral("order_by"), QStringLiteral("first_name")}};
        QCOMPARE(count(paging).totalCount(), kUsers);
        Query filtered = paging;
        filtered.append({QStringLiteral("banned"), QStringLiteral("false")});
        QCOMPARE(count(filtered).totalCount(), idsWhere([](const QJsonObject &u) { return !u[QLatin1StringView("banned")].toBool(); }).size());
    }

    void aDeepOffsetTakesItsCostWithoutHoldingUpOtherRequests()
    {
        constexpr int kCostUs = 4000;
        constexpr int kOffset = 200; // 0.8 s
        SandboxFaults faults;
        faults.offsetCostUs = kCostUs;
        m_sandbox.setFaults(faults);

        const qint64 requestsBefore = m_sandbox.stats().requests;
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *deep = send(QStringLiteral("/users"), {{QStringLiteral("offset"), QString::number(kOffset)}, {QStringLiteral("limit"), QStringLiteral("2")}});
        // Once the sandbox has taken the deep request, another one is answered while it waits.
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox.stats().requests > requestsBefore; }, 10000));
        const Answer meanwhile = count({});
        QCOMPARE(meanwhile.totalCount(), kUsers);
        QVERIFY2(!deep->isFinished(), "the deep page was answered before a request sent after it");
        const Answer answer = finish(deep);
        const qint64 elapsedUs = clock.nsecsElapsed() / 1000;
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ids(), m_allIds.mid(kOffset, 2));
        QVERIFY2(elapsedUs >= qint64(kOffset) * kCostUs,
                 qPrintable(QStringLiteral("offset %1 took %2 us, less than %3 us").arg(kOffset).arg(elapsedUs).arg(qint64(kOffset) * kCostUs)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxListing)
#include "tst_sandboxlisting.moc"

// SPDX-License-Identifier: MIT
// What the sandbox does about a user who cannot sign in, over loopback HTTP as any client sends
// it: lockouts that count down on the sandbox's clock and run out (also in the cached listing),
// lock and unlock, ban (which revokes the active sessions) and unban, removing TOTP and backup
// codes with their effect on 2FA and mfa_disabled_at, the refusals to delete a user's last
// identification or a number linked to an external account, prepare_verification refused for a
// country on the SMS blocklist, the planted users in every sign-in state, the demo that plants
// them, and the instance audit still finding exactly its oracle.
#include "api/clerkclient.h"
#include "audit/instanceaudit.h"
#include "sandboxanswer.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
#include "sandboxdemoserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

using namespace PhoneDesk;

namespace {
constexpr qint64 kNow = 1767225600000; // 2026-01-01
constexpr int kUsers = 60;
const QString kMissingUser = QStringLiteral("user_2zzzzzzzzzzzzzzzzzzzzzzzzzz");

using Answer = Testing::SandboxAnswer;

QJsonValue field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key));
}

QList<SandboxAuditCase> sorted(QList<SandboxAuditCase> cases)
{
    std::sort(cases.begin(), cases.end(), [](const SandboxAuditCase &a, const SandboxAuditCase &b) {
        return std::tie(a.kind, a.userId, a.phoneNumberId) < std::tie(b.kind, b.userId, b.phoneNumberId);
    });
    return cases;
}
} // namespace

class TestSandboxSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QHash<QString, SandboxSignInCase> m_cases; // by state

    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return Testing::sendToSandbox(m_network, *m_sandbox, verb, path, body);
    }
    QJsonObject user(const QString &id) { return send("GET", QStringLiteral("/users/") + id).object(); }
    // The user as the listing shows it: from the same cached JSON as a page of many.
    QJsonObject listed(const QString &id)
    {
        return send("GET", QStringLiteral("/users?user_id=") + id).array().first().toObject();
    }
    QString caseUser(const char *state) const { return m_cases.value(QString::fromLatin1(state)).userId; }
    SandboxStore &store() { return m_sandbox->store(); }

    // The first demo user (outside the planted ones) the predicate keeps.
    QJsonObject firstUserWhere(const std::function<bool(const QJsonObject &)> &keep)
    {
        QStringList planted;
        for (const SandboxSignInCase &c : std::as_const(m_cases))
            planted.append(c.userId);
        for (const QJsonValue &value : send("GET", QStringLiteral("/users?limit=500")).array()) {
            const QJsonObject candidate = value.toObject();
            if (!planted.contains(field(candidate, "id").toString()) && keep(candidate))
                return candidate;
        }
        return {};
    }

    void startSandbox(qint64 now)
    {
        m_sandbox = std::make_unique<Sandbox>();
        Sandbox::Options options;
        options.users = kUsers;
        options.seed = 5;
        options.nowMs = now;
        options.plantAuditCases = true;
        options.plantSignInCases = true;
        options.smsBlockedCountries = {QStringLiteral("BR"), QStringLiteral("IN")};
        QString error;
        QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
        m_cases.clear();
        for (const SandboxSignInCase &planted : store().signInCases())
            m_cases.insert(planted.state, planted);
    }

private Q_SLOTS:
    // Every test function starts on an instance of its own, at the same instant.
    void init() { startSandbox(kNow); }

    void cleanup() { m_sandbox.reset(); }

    void plantsOneUserInEachState()
    {
        const QStringList states{QStringLiteral("locked_expiring"), QStringLiteral("locked_forever"), QStringLiteral("banned"),
                                 QStringLiteral("no_usable_identifier"), QStringLiteral("second_factor_unusable"),
                                 QStringLiteral("sms_country_blocked"), QStringLiteral("code_pending"),
                                 QStringLiteral("code_expired"), QStringLiteral("number_invalid"), QStringLiteral("active_sessions")};
        QCOMPARE(m_cases.size(), states.size());
        QStringList users;
        for (const QString &state : states) {
            QVERIFY2(m_cases.contains(state), qPrintable(state));
            users.append(m_cases.value(state).userId);
        }
        users.removeDuplicates();
        QCOMPARE(users.size(), states.size());

        const QJsonObject stranded = user(caseUser("no_usable_identifier"));
        QVERIFY(field(stranded, "email_addresses").toArray().isEmpty());
        QVERIFY(field(stranded, "username").isNull());
        QVERIFY(field(stranded, "external_accounts").toArray().isEmpty());
        for (const QJsonValue &phone : field(stranded, "phone_numbers").toArray())
            QCOMPARE(phone[QLatin1StringView("reserved")].toBool(), false);

        const QJsonObject unusable = user(caseUser("second_factor_unusable"));
        QCOMPARE(field(unusable, "two_factor_enabled").toBool(), true);
        QCOMPARE(field(unusable, "totp_enabled").toBool(), false);
        const QJsonObject factor = send("GET", QStringLiteral("/phone_numbers/") + m_cases.value(QStringLiteral("second_factor_unusable")).phoneNumberId).object();
        QCOMPARE(field(factor, "reserved_for_second_factor").toBool(), true);
        QCOMPARE(factor[QLatin1StringView("verification")][QLatin1StringView("status")].toString(), QStringLiteral("failed"));

        const auto phoneOf = [&](const char *state) {
            return send("GET", QStringLiteral("/phone_numbers/") + m_cases.value(QString::fromLatin1(state)).phoneNumberId).object();
        };
        QVERIFY(field(phoneOf("sms_country_blocked"), "phone_number").toString().startsWith(QLatin1StringView("+55")));
        const QJsonObject pending = field(phoneOf("code_pending"), "verification").toObject();
        QCOMPARE(field(pending, "status").toString(), QStringLiteral("unverified"));
        QVERIFY(field(pending, "expire_at").toInteger() > kNow);
        QCOMPARE(field(phoneOf("code_expired"), "verification")[QLatin1StringView("status")].toString(), QStringLiteral("expired"));
        QCOMPARE(field(phoneOf("number_invalid"), "phone_number").toString(), QStringLiteral("+15550100456"));
        QCOMPARE(field(user(caseUser("banned")), "banned").toBool(), true);
        QCOMPARE(send("GET", QStringLiteral("/sessions?status=active&user_id=") + caseUser("banned")).array().size(), 0);
        QCOMPARE(send("GET", QStringLiteral("/sessions?status=active&user_id=") + caseUser("active_sessions")).array().size(), 3);
    }

    void lockoutCountsDownOnTheClockAndRunsOut()
    {
        const QString id = caseUser("locked_expiring");
        for (const QJsonObject &shown : {user(id), listed(id)}) {
            QCOMPARE(field(shown, "locked").toBool(), true);
            QCOMPARE(field(shown, "lockout_expires_in_seconds").toInteger(), 25 * 60);
            QCOMPARE(field(shown, "verification_attempts_remaining").toInteger(), 0);
        }
        store().advanceClock(60 * 1000 + 1); // rounded up: 23 min 59.999 s show as 1440 s
        QCOMPARE(field(listed(id), "lockout_expires_in_seconds").toInteger(), 24 * 60);
        QCOMPARE(field(user(id), "lockout_expires_in_seconds").toInteger(), 24 * 60);
        store().advanceClock(24 * 60 * 1000);
        for (const QJsonObject &shown : {listed(id), user(id)}) {
            QCOMPARE(field(shown, "locked").toBool(), false);
            QVERIFY(field(shown, "lockout_expires_in_seconds").isNull());
            QCOMPARE(field(shown, "verification_attempts_remaining").toInteger(), 100);
        }

        const QJsonObject forever = user(caseUser("locked_forever"));
        QCOMPARE(field(forever, "locked").toBool(), true);
        QVERIFY(field(forever, "lockout_expires_in_seconds").isNull());
        QCOMPARE(field(forever, "verification_attempts_remaining").toInteger(), 0);
        const QJsonObject free = user(caseUser("banned"));
        QCOMPARE(field(free, "locked").toBool(), false);
        QVERIFY(field(free, "lockout_expires_in_seconds").isNull());
        QCOMPARE(field(free, "verification_attempts_remaining").toInteger(), 100);
    }

    void lockAndUnlock()
    {
        const QString id = caseUser("code_pending");
        const Answer locked = send("POST", QStringLiteral("/users/%1/lock").arg(id));
        QCOMPARE(locked.status, 200);
        QCOMPARE(field(locked.object(), "locked").toBool(), true);
        QCOMPARE(field(locked.object(), "lockout_expires_in_seconds").toInteger(), 3600);
        QCOMPARE(field(locked.object(), "verification_attempts_remaining").toInteger(), 100);
        QCOMPARE(field(locked.object(), "updated_at").toInteger(), kNow);

        for (const QString &lockedId : {id, caseUser("locked_forever"), caseUser("locked_expiring")}) {
            const Answer unlocked = send("POST", QStringLiteral("/users/%1/unlock").arg(lockedId));
            QCOMPARE(unlocked.status, 200);
            QCOMPARE(field(unlocked.object(), "id").toString(), lockedId);
            QCOMPARE(field(unlocked.object(), "locked").toBool(), false);
            QVERIFY(field(unlocked.object(), "lockout_expires_in_seconds").isNull());
            QCOMPARE(field(unlocked.object(), "verification_attempts_remaining").toInteger(), 100);
            QCOMPARE(field(listed(lockedId), "locked").toBool(), false);
        }
        for (const char *action : {"lock", "unlock"}) {
            const Answer missing = send("POST", QStringLiteral("/users/%1/%2").arg(kMissingUser, QLatin1StringView(action)));
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.errorCode(), QStringLiteral("resource_not_found"));
        }
        QCOMPARE(send("GET", QStringLiteral("/users/%1/unlock").arg(id)).status, 405);
    }

    void banRevokesTheActiveSessionsAndUnbanKeepsThemRevoked()
    {
        const QString id = caseUser("active_sessions");
        const Answer banned = send("POST", QStringLiteral("/users/%1/ban").arg(id));
        QCOMPARE(banned.status, 200);
        QCOMPARE(field(banned.object(), "banned").toBool(), true);
        QCOMPARE(send("GET", QStringLiteral("/users?banned=true&user_id=") + id).array().size(), 1);
        QCOMPARE(send("GET", QStringLiteral("/sessions?status=active&user_id=") + id).array().size(), 0);
        const QJsonArray revoked = send("GET", QStringLiteral("/sessions?status=revoked&user_id=") + id).array();
        QCOMPARE(revoked.size(), 3);
        for (const QJsonValue &session : revoked)
            QCOMPARE(session[QLatin1StringView("updated_at")].toInteger(), kNow);
        QCOMPARE(send("GET", QStringLiteral("/sessions?status=ended&user_id=") + id).array().size(), 1);

        const Answer unbanned = send("POST", QStringLiteral("/users/%1/unban").arg(id));
        QCOMPARE(unbanned.status, 200);
        QCOMPARE(field(unbanned.object(), "banned").toBool(), false);
        QCOMPARE(send("GET", QStringLiteral("/sessions?status=revoked&user_id=") + id).array().size(), 3);
        QCOMPARE(send("POST", QStringLiteral("/users/%1/ban").arg(kMissingUser)).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/users/%1/unban").arg(kMissingUser)).status, 404);
    }

    void removingTotpTurnsTwoStepSignInOffWhenItWasTheLastFactor()
    {
        const auto totpOnly = [](const QJsonObject &u) {
            const QJsonArray phones = field(u, "phone_numbers").toArray();
            return field(u, "totp_enabled").toBool() && std::none_of(phones.begin(), phones.end(), [](const QJsonValue &p) {
                       return p[QLatin1StringView("reserved_for_second_factor")].toBool();
                   });
        };
        const QJsonObject only = firstUserWhere(totpOnly);
        QVERIFY2(!only.isEmpty(), "no demo user whose only second factor is TOTP");
        const QString id = field(only, "id").toString();
        store().advanceClock(5000);
        const Answer removed = send("DELETE", QStringLiteral("/users/%1/totp").arg(id));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.object(), (QJsonObject{{QStringLiteral("user_id"), id}}));
        const QJsonObject after = user(id);
        QCOMPARE(field(after, "totp_enabled").toBool(), false);
        QCOMPARE(field(after, "two_factor_enabled").toBool(), false);
        QCOMPARE(field(after, "mfa_disabled_at").toInteger(), kNow + 5000);
        QCOMPARE(field(after, "mfa_enabled_at"), field(only, "mfa_enabled_at"));
        QCOMPARE(field(after, "backup_code_enabled"), field(only, "backup_code_enabled"));
        const Answer again = send("DELETE", QStringLiteral("/users/%1/totp").arg(id));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), QStringLiteral("resource_not_found"));
        QCOMPARE(send("DELETE", QStringLiteral("/users/%1/totp").arg(kMissingUser)).status, 404);

        // With a second-factor number left, 2FA stays on and mfa_disabled_at does not move.
        const QJsonObject both = firstUserWhere(totpOnly);
        QVERIFY2(!both.isEmpty() && field(both, "id") != field(only, "id"), "no second demo user whose only second factor is TOTP");
        const QString bothId = field(both, "id").toString();
        const QByteArray number = QJsonDocument(QJsonObject{{QStringLiteral("user_id"), bothId},
                                                            {QStringLiteral("phone_number"), QStringLiteral("+442079460999")},
                                                            {QStringLiteral("verified"), true},
                                                            {QStringLiteral("reserved_for_second_factor"), true}})
                                      .toJson(QJsonDocument::Compact);
        QCOMPARE(send("POST", QStringLiteral("/phone_numbers"), number).status, 200);
        const QJsonObject before = user(bothId);
        store().advanceClock(5000);
        QCOMPARE(send("DELETE", QStringLiteral("/users/%1/totp").arg(bothId)).status, 200);
        QCOMPARE(field(user(bothId), "totp_enabled").toBool(), false);
        QCOMPARE(field(user(bothId), "two_factor_enabled").toBool(), true);
        QCOMPARE(field(user(bothId), "mfa_disabled_at"), field(before, "mfa_disabled_at"));
    }

    void removingBackupCodesLeavesTwoStepSignInAsItWas()
    {
        const QJsonObject holder = firstUserWhere([](const QJsonObject &u) {
            const QJsonArray phones = field(u, "phone_numbers").toArray();
            return field(u, "backup_code_enabled").toBool() && std::any_of(phones.begin(), phones.end(), [](const QJsonValue &p) {
                       return p[QLatin1StringView("backup_codes")].isArray();
                   });
        });
        QVERIFY2(!holder.isEmpty(), "no demo user with backup codes on a number");
        const QString id = field(holder, "id").toString();
        const Answer removed = send("DELETE", QStringLiteral("/users/%1/backup_code").arg(id));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.object(), (QJsonObject{{QStringLiteral("user_id"), id}}));
        const QJsonObject after = user(id);
        QCOMPARE(field(after, "backup_code_enabled").toBool(), false);
        QCOMPARE(field(after, "two_factor_enabled"), field(holder, "two_factor_enabled"));
        QCOMPARE(field(after, "mfa_disabled_at"), field(holder, "mfa_disabled_at"));
        for (const QJsonValue &phone : field(after, "phone_numbers").toArray())
            QVERIFY(!phone[QLatin1StringView("backup_codes")].isArray());
        QCOMPARE(send("DELETE", QStringLiteral("/users/%1/backup_code").arg(id)).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/users/%1/backup_code").arg(kMissingUser)).status, 404);
    }

    void refusesToDeleteTheLastIdentificationOrALinkedNumber()
    {
        const QString stranded = caseUser("no_usable_identifier");
        const QJsonArray phones = field(user(stranded), "phone_numbers").toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(send("DELETE", QStringLiteral("/phone_numbers/") + phones.at(0)[QLatin1StringView("id")].toString()).status, 200);
        const QString last = phones.at(1)[QLatin1StringView("id")].toString();
        const Answer refused = send("DELETE", QStringLiteral("/phone_numbers/") + last);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("identification_deletion_failed"));
        QCOMPARE(send("GET", QStringLiteral("/phone_numbers/") + last).status, 200);

        const QJsonObject linkedOwner = firstUserWhere([](const QJsonObject &u) {
            const QJsonArray numbers = field(u, "phone_numbers").toArray();
            return std::any_of(numbers.begin(), numbers.end(), [](const QJsonValue &p) {
                return !p[QLatin1StringView("linked_to")].toArray().isEmpty();
            });
        });
        QVERIFY2(!linkedOwner.isEmpty(), "no demo number linked to an external account");
        for (const QJsonValue &phone : field(linkedOwner, "phone_numbers").toArray()) {
            if (phone[QLatin1StringView("linked_to")].toArray().isEmpty())
                continue;
            const QString id = phone[QLatin1StringView("id")].toString();
            const Answer linked = send("DELETE", QStringLiteral("/phone_numbers/") + id);
            QCOMPARE(linked.status, 403);
            QCOMPARE(linked.errorCode(), QStringLiteral("identification_linked_to_external_account"));
            QCOMPARE(send("GET", QStringLiteral("/phone_numbers/") + id).object(), phone.toObject());
        }
    }

    void prepareVerificationRefusesABlockedCountry()
    {
        const QString phoneId = m_cases.value(QStringLiteral("sms_country_blocked")).phoneNumberId;
        const QByteArray before = send("GET", QStringLiteral("/phone_numbers/") + phoneId).body;
        const Answer refused = send("POST", QStringLiteral("/phone_numbers/%1/prepare_verification").arg(phoneId));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("sms_country_blocked"));
        QVERIFY(refused.object()[QLatin1StringView("errors")][0][QLatin1StringView("long_message")].toString().contains(QLatin1StringView("Brazil")));
        QCOMPARE(send("GET", QStringLiteral("/phone_numbers/") + phoneId).body, before);

        QCOMPARE(send("PATCH", QStringLiteral("/instance/communication"), R"({"blocked_country_codes":["IN"]})").status, 200);
        const Answer sent = send("POST", QStringLiteral("/phone_numbers/%1/prepare_verification").arg(phoneId));
        QCOMPARE(sent.status, 200);
        QCOMPARE(field(sent.object(), "status").toString(), QStringLiteral("unverified"));
    }

    void auditStillFindsExactlyItsOracle()
    {
        // The audit reads codes as stale by the real clock, so the data is made at this instant.
        startSandbox(QDateTime::currentMSecsSinceEpoch());
        ClerkClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        client.setSecretKey(m_sandbox->secretKey());
        client.setRateLimit(0);
        InstanceAudit audit(&client);
        QSignalSpy finished(&audit, &InstanceAudit::finished);
        audit.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QList<SandboxAuditCase> found;
        for (const AuditFinding &finding : audit.findings())
            found.append({finding.kindKey(), finding.userId, finding.phoneNumberId});
        const QList<SandboxAuditCase> expected = sorted(store().auditCases());
        QCOMPARE(sorted(found), expected);
        QVERIFY(expected.contains(SandboxAuditCase{QStringLiteral("invalid_number"), caseUser("number_invalid"),
                                                   m_cases.value(QStringLiteral("number_invalid")).phoneNumberId}));
    }

    void theWindowsDemoPlantsTheCasesAndBlocksBrazilAndIndia()
    {
        QString error;
        const std::unique_ptr<DemoServer> demo = SandboxDemoServer::start({kUsers, 2, false, true}, &error);
        QVERIFY2(demo, qPrintable(error));
        Sandbox &sandbox = static_cast<SandboxDemoServer &>(*demo).sandbox();
        QCOMPARE(sandbox.store().smsBlockedCountries(), (QStringList{QStringLiteral("BR"), QStringLiteral("IN")}));
        QCOMPARE(sandbox.store().signInCases().size(), 10);
        const std::unique_ptr<DemoServer> plain = SandboxDemoServer::start({kUsers, 2, false, false}, &error);
        QVERIFY(static_cast<SandboxDemoServer &>(*plain).sandbox().store().signInCases().isEmpty());
        QVERIFY(static_cast<SandboxDemoServer &>(*plain).sandbox().store().smsBlockedCountries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSignIn)
#include "tst_sandboxsignin.moc"

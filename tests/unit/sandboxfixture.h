// SPDX-License-Identifier: MIT
// The common ground of the unit tests that drive a model class against the sandbox over loopback
// HTTP: a sandbox with a clock that stands still, a ClerkClient pointed at it, a
// PhoneNumberListModel on that client watched by QAbstractItemModelTester, the demo users' ids,
// and the reads and writes on the sandbox's store that the tests set up and check their owners
// with. A test class derives from SandboxFixture (after QObject), calls startSandbox() from
// initTestCase() and takes demo users one at a time, so that no test sees another's changes.
#pragma once

#include "api/clerkclient.h"
#include "domain/usersummary.h"
#include "ui/list/phonenumberlistmodel.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace PhoneDesk::Testing {

inline QByteArray bodyOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Waits until `work` (the list model or a picker, with loading(); an account change, with busy())
// is done; false after ten seconds.
template <typename Work>
bool settled(Work &work)
{
    return QTest::qWaitFor([&] {
        if constexpr (requires { work.busy(); })
            return !work.busy();
        else
            return !work.loading();
    }, 10000);
}

// Whether one of the dataChanged signals `changed` caught starts at `row` and names `role`.
inline bool announced(const QSignalSpy &changed, int row, int role)
{
    for (const QList<QVariant> &signal : changed) {
        if (signal.at(0).value<QModelIndex>().row() == row && signal.at(2).value<QList<int>>().contains(role))
            return true;
    }
    return false;
}

// How a number is added to a user.
struct NumberSpec
{
    bool verified = true;
    bool reserved = false; // for two-step sign-in
};
constexpr NumberSpec kVerified{true, false};
constexpr NumberSpec kUnverified{false, false};
constexpr NumberSpec kSecondFactor{true, true};

// A user prepared for one test: `first` (primary, being the first) and `second` as asked.
struct Owner
{
    QString userId;
    QString first;
    QString second;
};

class SandboxFixture
{
protected:
    Sandbox m_sandbox;
    ClerkClient m_client;
    std::unique_ptr<PhoneNumberListModel> m_model;
    QStringList m_userIds; // every demo user, in the sandbox's order
    int m_nextUser = 0;    // the first one no test has taken

    // Starts the sandbox with `users` demo users made from `seed`, loads them all into the model
    // and collects their ids; fails the calling test function when any of that goes wrong. The
    // sandbox's clock moves only when a test advances it. New numbers are `numberPrefix` and a
    // counter of three digits.
    void startSandbox(int users, quint64 seed, const QString &numberPrefix)
    {
        Sandbox::Options options;
        options.users = users;
        options.seed = seed;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        startSandbox(options, numberPrefix);
    }

    // The same with the sandbox's options as given (its clock is the real one unless they fix it).
    void startSandbox(const Sandbox::Options &options, const QString &numberPrefix)
    {
        m_numberPrefix = numberPrefix;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setSecretKey(m_sandbox.secretKey());
        // The sandbox has no rate limit: pacing would only slow the suite down.
        m_client.setRateLimit(0);

        m_model = std::make_unique<PhoneNumberListModel>();
        m_model->setClient(&m_client);
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        m_model->refresh();
        QVERIFY(settled(*m_model));
        QCOMPARE(m_model->loadedUserCount(), options.users);
        const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}});
        for (const QJsonValue &user : QJsonDocument::fromJson(reply.body).array())
            m_userIds.append(user.toObject().value(QLatin1StringView("id")).toString());
        QCOMPARE(m_userIds.size(), options.users);
    }

    // A client that reaches the sandbox with a key it does not take.
    void useWrongKey(ClerkClient &client)
    {
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setSecretKey(QStringLiteral("sk_test_wrong"));
    }

    UserSummary storedUser(const QString &userId)
    {
        const SandboxReply reply = m_sandbox.store().getUser(userId);
        const Parsed<UserSummary> user = UserSummary::fromJson(QJsonDocument::fromJson(reply.body).object());
        if (reply.status != 200 || !user.ok())
            qFatal("sandbox user %s unreadable", qPrintable(userId));
        return user.value();
    }

    PhoneNumber storedPhone(const QString &phoneId)
    {
        const SandboxReply reply = m_sandbox.store().getPhoneNumber(phoneId);
        const Parsed<PhoneNumber> phone = PhoneNumber::fromJson(QJsonDocument::fromJson(reply.body).object());
        if (reply.status != 200 || !phone.ok())
            qFatal("sandbox number %s unreadable", qPrintable(phoneId));
        return phone.value();
    }

    QVariant roleOf(const QString &phoneId, int role) const
    {
        return m_model->index(m_model->rowOfId(phoneId)).data(role);
    }

    // The next number of the test's range, taken or not.
    QString nextNumber() { return m_numberPrefix + QStringLiteral("%1").arg(m_nextNumber++, 3, 10, QLatin1Char('0')); }

    // Adds `number` to the user in the store; its id, "" when the store refused it.
    QString createNumber(const QString &userId, const QString &number, NumberSpec spec)
    {
        const SandboxReply reply = m_sandbox.store().createPhoneNumber(
            bodyOf({{QStringLiteral("user_id"), userId}, {QStringLiteral("phone_number"), number},
                    {QStringLiteral("verified"), spec.verified},
                    {QStringLiteral("reserved_for_second_factor"), spec.reserved}}));
        if (reply.status != 200)
            return {};
        return QJsonDocument::fromJson(reply.body).object().value(QLatin1StringView("id")).toString();
    }

    // Adds a number of the test's range to the user, skipping any that is taken; its id, "" when
    // none could be added.
    QString addNumber(const QString &userId, NumberSpec spec)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const QString id = createNumber(userId, nextNumber(), spec);
            if (!id.isEmpty())
                return id;
        }
        return {};
    }

    // The next demo user, as the demo data made them; "" when none is left.
    QString takeUser() { return m_userIds.value(m_nextUser++); }

    // The next demo user, stripped of every number and second factor; "" when none is left.
    // Users with a number linked to an external account are passed over: the sandbox, as Clerk,
    // does not delete such a number on its own.
    QString takeBareUser()
    {
        const auto linked = [this](const QString &id) {
            const QList<PhoneNumber> phones = storedUser(id).phoneNumbers;
            return std::any_of(phones.cbegin(), phones.cend(), [](const PhoneNumber &phone) { return !phone.linkedTo.isEmpty(); });
        };
        QString userId = takeUser();
        while (!userId.isEmpty() && linked(userId))
            userId = takeUser();
        if (userId.isEmpty())
            return {};
        for (const PhoneNumber &phone : storedUser(userId).phoneNumbers)
            (void)m_sandbox.store().deletePhoneNumber(phone.id);
        (void)m_sandbox.store().disableMfa(userId);
        return userId;
    }

    // Reloads the model from the sandbox; false when it did not settle or failed.
    bool reloaded()
    {
        m_model->refresh();
        return settled(*m_model) && m_model->error().isEmpty();
    }

    // The next demo user, stripped to two fresh numbers as asked, and the model reloaded with them.
    bool prepare(Owner *owner, NumberSpec first, NumberSpec second)
    {
        owner->userId = takeBareUser();
        if (owner->userId.isEmpty())
            return false;
        owner->first = addNumber(owner->userId, first);
        owner->second = addNumber(owner->userId, second);
        if (owner->first.isEmpty() || owner->second.isEmpty())
            return false;
        return reloaded() && m_model->rowOfId(owner->second) >= 0;
    }

private:
    QString m_numberPrefix;
    int m_nextNumber = 0;
};

} // namespace PhoneDesk::Testing

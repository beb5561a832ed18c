// SPDX-License-Identifier: MIT
// A read-only connection (a profile switched to read-only) against the sandbox over loopback HTTP:
// reads still go through; every call that would change an account is refused by the client before
// anything is sent, with a message that names the profile, and the sandbox's data stays exactly as
// it was. A dialog backend (the deleter) gets the same refusal, and Workspace hands the profile's
// flag to its client when it connects.
#include "ui/changes/phonenumberdeleter.h"
#include "ui/window/workspace.h"
#include "sandboxfixture.h"

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
constexpr int kUsers = 6;
const QString kProfile = QStringLiteral("Support production");

// Waits for one answer of `call` (which takes the callback) and returns it.
template <typename T>
ApiResult<T> answerOf(const std::function<void(ClerkClient::Callback<T>)> &call)
{
    std::optional<ApiResult<T>> answer;
    call([&answer](const ApiResult<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return ApiError::fromTransport(QStringLiteral("test"), ApiError::Transport::Timeout, QStringLiteral("no answer"));
    return *answer;
}
} // namespace

class ReadOnlyConnectionTest : public QObject, public SandboxFixture
{
    Q_OBJECT

private:
    // Every user with every number, as the store holds them.
    QByteArray storeSnapshot()
    {
        return m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}}).body;
    }

    template <typename T>
    static void verifyRefused(const ApiResult<T> &result, const QString &request)
    {
        QVERIFY2(!result.ok(), qPrintable(request + QStringLiteral(" was sent over a read-only connection")));
        const ApiError &error = result.error();
        QCOMPARE(error.transport, ApiError::Transport::Refused);
        QCOMPARE(error.httpStatus, 0);
        QCOMPARE(error.request, request);
        QVERIFY2(error.message().contains(QStringLiteral("read-only")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(kProfile), qPrintable(error.message()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox(kUsers, 77, QStringLiteral("+4915112377"));
        m_client.setConnectionName(kProfile);
    }

    void cleanup() { m_client.setReadOnly(false); }

    void readsStillWork()
    {
        m_client.setReadOnly(true);
        const QString userId = m_userIds.first();
        const ApiResult<UserSummary> user = answerOf<UserSummary>([&](auto done) { m_client.getUser(userId, this, done); });
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message()));
        QCOMPARE(user.value().id, userId);
        QVERIFY(reloaded());
        QCOMPARE(m_model->loadedUserCount(), kUsers);
    }

    void everyChangeIsRefusedUnsent()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kSecondFactor));
        const QByteArray before = storeSnapshot();
        m_client.setReadOnly(true);
        QVERIFY(m_client.readOnly());

        NewPhoneNumber added;
        added.userId = owner.userId;
        added.phoneNumber = nextNumber();
        verifyRefused(answerOf<PhoneNumber>([&](auto done) { m_client.createPhoneNumber(added, this, done); }),
                      QStringLiteral("POST /phone_numbers"));
        PhoneNumberChanges changes;
        changes.primary = true;
        verifyRefused(answerOf<PhoneNumber>([&](auto done) { m_client.updatePhoneNumber(owner.second, changes, this, done); }),
                      (QStringLiteral("PATCH /phone_numbers/") + owner.second));
        verifyRefused(answerOf<DeletedObject>([&](auto done) { m_client.deletePhoneNumber(owner.first, this, done); }),
                      (QStringLiteral("DELETE /phone_numbers/") + owner.first));
        verifyRefused(answerOf<Verification>([&](auto done) { m_client.prepareVerification(owner.first, this, done); }),
                      (QStringLiteral("POST /phone_numbers/%1/prepare_verification").arg(owner.first)));
        verifyRefused(answerOf<Verification>([&](auto done) {
                          m_client.attemptVerification(owner.first, QStringLiteral("ver_x"), QStringLiteral("424242"), this, done);
                      }),
                      (QStringLiteral("POST /phone_numbers/%1/attempt_verification").arg(owner.first)));
        verifyRefused(answerOf<PhoneNumber>([&](auto done) {
                          m_client.replaceUserPhoneNumber(owner.userId, nextNumber(), IdentificationStatus::Verified, this, done);
                      }),
                      (QStringLiteral("PUT /users/%1/phone_number").arg(owner.userId)));
        verifyRefused(answerOf<QString>([&](auto done) { m_client.disableMfa(owner.userId, this, done); }),
                      (QStringLiteral("DELETE /users/%1/mfa").arg(owner.userId)));
        // The sign-in fixes, the same way.
        verifyRefused(answerOf<UserSummary>([&](auto done) { m_client.unlockUser(owner.userId, this, done); }),
                      (QStringLiteral("POST /users/%1/unlock").arg(owner.userId)));
        verifyRefused(answerOf<UserSummary>([&](auto done) { m_client.banUser(owner.userId, this, done); }),
                      (QStringLiteral("POST /users/%1/ban").arg(owner.userId)));
        verifyRefused(answerOf<UserSummary>([&](auto done) { m_client.unbanUser(owner.userId, this, done); }),
                      (QStringLiteral("POST /users/%1/unban").arg(owner.userId)));
        verifyRefused(answerOf<QString>([&](auto done) { m_client.deleteUserTotp(owner.userId, this, done); }),
                      (QStringLiteral("DELETE /users/%1/totp").arg(owner.userId)));
        verifyRefused(answerOf<QString>([&](auto done) { m_client.deleteUserBackupCodes(owner.userId, this, done); }),
                      (QStringLiteral("DELETE /users/%1/backup_code").arg(owner.userId)));
        verifyRefused(answerOf<Session>([&](auto done) { m_client.revokeSession(QStringLiteral("sess_1"), this, done); }),
                      QStringLiteral("POST /sessions/sess_1/revoke"));

        QCOMPARE(storeSnapshot(), before);
    }

    void aDialogBackendShowsTheRefusal()
    {
        Owner owner;
        QVERIFY(prepare(&owner, kVerified, kVerified));
        const QByteArray before = storeSnapshot();
        m_client.setReadOnly(true);

        PhoneNumberDeleter deleter;
        deleter.setModel(m_model.get());
        deleter.setPhoneNumberId(owner.second);
        QVERIFY(deleter.canSubmit());
        QSignalSpy failed(&deleter, &AccountChange::failed);
        deleter.submit();
        QVERIFY(failed.wait(10000));
        QVERIFY(!deleter.busy());
        QVERIFY2(deleter.error().contains(QStringLiteral("read-only")), qPrintable(deleter.error()));
        QVERIFY(deleter.error().contains(kProfile));
        // The row stays: nothing was deleted.
        QVERIFY(m_model->rowOfId(owner.second) >= 0);
        QCOMPARE(storeSnapshot(), before);

        // Switched back, the same change goes through.
        m_client.setReadOnly(false);
        QSignalSpy done(&deleter, &AccountChange::done);
        deleter.submit();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_model->rowOfId(owner.second), -1);
    }

    void workspaceTakesTheProfilesFlag()
    {
        Workspace workspace(m_sandbox.baseUrl(), m_sandbox.secretKey());
        QVERIFY(!workspace.client().readOnly());
        Connection connection;
        connection.profileName = kProfile;
        connection.apiUrl = m_sandbox.baseUrl();
        connection.secretKey = m_sandbox.secretKey();
        connection.readOnly = true;
        workspace.connectTo(connection);
        QVERIFY(workspace.readOnly());
        QVERIFY(workspace.client().readOnly());
        const ApiResult<QString> refused = answerOf<QString>([&](auto done) {
            workspace.client().disableMfa(m_userIds.first(), this, done);
        });
        verifyRefused(refused, QStringLiteral("DELETE /users/%1/mfa").arg(m_userIds.first()));

        connection.readOnly = false;
        workspace.connectTo(connection);
        QVERIFY(!workspace.readOnly());
        QVERIFY(!workspace.client().readOnly());
    }
};

QTEST_MAIN(ReadOnlyConnectionTest)
#include "tst_readonlyconnection.moc"

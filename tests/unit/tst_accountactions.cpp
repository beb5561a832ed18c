// SPDX-License-Identifier: MIT
// The three confirmed account actions against the sandbox over loopback HTTP, with the list model
// they change watched by QAbstractItemModelTester: PhoneNumberDeleter (a plain number, the primary,
// the only second factor, a number already gone, a wrong key, an owner that cannot be re-read),
// MfaResetter (every row of the owner loses its second-factor flags) and PhoneNumberReplacer (the
// old numbers leave, the new one arrives, MFA is off; an invalid number is never sent). The
// sentences of AccountConsequences are checked on constructed owners, for the cases the sandbox
// cannot set up (TOTP) and the wording of each.
#include "ui/changes/accountconsequences.h"
#include "ui/changes/mfaresetter.h"
#include "ui/changes/phonenumberdeleter.h"
#include "ui/changes/phonenumberreplacer.h"
#include "ui/list/phonenumberrow.h"
#include "sandboxfixture.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
constexpr int kUsers = 20;

// A loopback peer that answers each request, in order, with the next of its scripted answers, and
// with the last one when they run out: for a failure the sandbox cannot produce on cue (the
// owner's re-read failing right after a change went through).
class SequencePeer : public QTcpServer
{
public:
    explicit SequencePeer(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    m_requests.append(buffer.left(buffer.indexOf("\r\n")));
                    buffer.clear();
                    socket->write(m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first());
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    // Request lines received, e.g. "DELETE /v1/phone_numbers/idn_… HTTP/1.1".
    [[nodiscard]] QList<QByteArray> requests() const { return m_requests; }
    [[nodiscard]] QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort())); }

    static QByteArray answer(int status, const QByteArray &json)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
    }

private:
    QList<QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

// Rows of a constructed owner, for the sentences alone.
struct Built
{
    UserSummary user;

    Built()
    {
        user.id = QStringLiteral("user_ana");
        user.firstName = QStringLiteral("Ana");
        user.lastName = QStringLiteral("Lima");
        user.twoFactorEnabled = false;
        user.totpEnabled = false;
        user.backupCodeEnabled = false;
    }

    Built &number(const QString &id, const QString &e164, bool verified, bool reserved = false, bool isDefault = false)
    {
        PhoneNumber phone;
        phone.id = id;
        phone.phoneNumber = e164;
        phone.reservedForSecondFactor = reserved;
        phone.defaultSecondFactor = isDefault;
        phone.reserved = verified;
        if (verified)
            phone.verification = Verification::admin();
        user.phoneNumbers.append(phone);
        if (!user.primaryPhoneNumberId)
            user.primaryPhoneNumberId = id;
        if (reserved)
            user.twoFactorEnabled = true;
        return *this;
    }

    [[nodiscard]] AccountConsequences consequences() const
    {
        return AccountConsequences::ofRows(PhoneNumberRow::fromUser(user));
    }
};

// German numbers of three owners of the constructed cases, and how the list formats them.
const QString kFirst = QStringLiteral("+4915123456789");
const QString kSecond = QStringLiteral("+4915223456789");
const QString kThird = QStringLiteral("+4917612345678");
QString shown(const QString &e164)
{
    return PhoneNumberInfo::of(e164).international;
}
} // namespace

class TestAccountActions : public QObject, private SandboxFixture
{
    Q_OBJECT

private:
    void openOnNumber(PhoneNumberDeleter &deleter, const QString &phoneId)
    {
        deleter.setModel(m_model.get());
        deleter.setPhoneNumberId(phoneId);
    }

    void openOnUser(PhoneNumberReplacer &replacer, const QString &userId)
    {
        replacer.setModel(m_model.get());
        replacer.setUserId(userId);
    }

    QString shownInList(const QString &phoneId) const
    {
        return AccountConsequences::numberText(m_model->rowAt(m_model->rowOfId(phoneId)));
    }

    QStringList ownRowIds(const QString &userId) const
    {
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowAt(row).userId == userId)
                ids.append(m_model->rowAt(row).phone.id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase();
    // PhoneNumberDeleter
    void deletesANumberThatIsNotPrimary();
    void deletingThePrimaryPromotesTheOtherNumber();
    void deletingTheOnlySecondFactorTurnsTwoFactorOff();
    void aNumberAlreadyGoneIsReportedAndTheModelKept();
    void aWrongKeyIsReportedAndNothingChanges();
    void aNumberNotInTheListIsRefusedBeforeSending();
    void aSecondSubmitWhileDeletingIsIgnored();
    void theDeletedNumberLeavesTheListWhenItsOwnerCannotBeRead();
    // MfaResetter
    void resettingMfaUpdatesEveryRowOfTheOwner();
    void resettingMfaOfAnUnknownUserIsReported();
    // PhoneNumberReplacer
    void replacingRemovesTheOldNumbersAndTurnsMfaOff();
    void theNewNumberIsValidatedAsTyped();
    void anInvalidNumberIsNeverSent();
    void aTakenNumberIsClerksRefusalWithTheInputKept();
    // AccountConsequences on constructed owners
    void deletingSaysWhatElseChanges();
    void deletingASecondFactorDependsOnWhatRemains();
    void resettingMfaSaysWhatIsRemoved();
    void replacingSaysWhatIsDeletedAndHowTheNewNumberStarts();
};

void TestAccountActions::initTestCase()
{
    startSandbox(kUsers, 9, QStringLiteral("+4915212345"));
}

void TestAccountActions::deletesANumberThatIsNotPrimary()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.second);
    QCOMPARE(deleter.ownerId(), owner.userId);
    QVERIFY(deleter.canSubmit());
    const QString name = m_model->rowAt(m_model->rowOfId(owner.second)).userName;
    // Nothing but the number itself changes: it is not primary, verified nor a second factor.
    QCOMPARE(deleter.consequences(),
             QStringList{QStringLiteral("%1 is deleted from %2's account and cannot be restored.")
                             .arg(shownInList(owner.second), name)});

    QSignalSpy done(&deleter, &AccountChange::done);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    deleter.submit();
    QVERIFY(deleter.busy());
    QVERIFY(!deleter.canSubmit());
    QVERIFY(done.wait(10000));
    QVERIFY(!deleter.busy());
    QVERIFY(deleter.error().isEmpty());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOfId(owner.second), -1);
    QCOMPARE(ownRowIds(owner.userId), QStringList{owner.first});
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::IsPrimaryRole).toBool());
    QCOMPARE(storedUser(owner.userId).phoneNumbers.size(), 1);
    // The sentences stay as confirmed while the dialog closes.
    QCOMPARE(deleter.consequences().size(), 1);
}

void TestAccountActions::deletingThePrimaryPromotesTheOtherNumber()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::IsPrimaryRole).toBool());
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.first);
    const QString name = m_model->rowAt(m_model->rowOfId(owner.first)).userName;
    const QStringList expected{
        QStringLiteral("%1 is deleted from %2's account and cannot be restored.").arg(shownInList(owner.first), name),
        QStringLiteral("%1 becomes the primary number.").arg(shownInList(owner.second)),
        QStringLiteral("%1 will have no verified phone number left.").arg(name)};
    QCOMPARE(deleter.consequences(), expected);

    QSignalSpy done(&deleter, &AccountChange::done);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    deleter.submit();
    QVERIFY(done.wait(10000));
    QCOMPARE(m_model->rowOfId(owner.first), -1);
    QCOMPARE(storedUser(owner.userId).primaryPhoneNumberId, std::optional<QString>(owner.second));
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::IsPrimaryRole).toBool());
    QVERIFY(announced(changed, m_model->rowOfId(owner.second), PhoneNumberListModel::IsPrimaryRole));
}

void TestAccountActions::deletingTheOnlySecondFactorTurnsTwoFactorOff()
{
    Owner owner;
    QVERIFY(prepare(&owner, kSecondFactor, kVerified));
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    QVERIFY(!roleOf(owner.second, PhoneNumberListModel::UserTotpEnabledRole).toBool());
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.first);
    const QString name = m_model->rowAt(m_model->rowOfId(owner.first)).userName;
    QVERIFY2(deleter.consequences().contains(
                 QStringLiteral("Two-step sign-in turns off: this was %1's only second factor.").arg(name)),
             qPrintable(deleter.consequences().join(u'\n')));
    // The other number is verified too: nothing is said about verified numbers left.
    QCOMPARE(deleter.consequences().filter(QStringLiteral("no verified")).size(), 0);

    QSignalSpy done(&deleter, &AccountChange::done);
    deleter.submit();
    QVERIFY(done.wait(10000));
    QCOMPARE(m_model->rowOfId(owner.first), -1);
    QCOMPARE(storedUser(owner.userId).twoFactorEnabled, std::optional<bool>(false));
    QVERIFY(!roleOf(owner.second, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::IsPrimaryRole).toBool());
}

void TestAccountActions::aNumberAlreadyGoneIsReportedAndTheModelKept()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.second);
    QCOMPARE(m_sandbox.store().deletePhoneNumber(owner.second).status, 200);
    const QStringList idsBefore = ownRowIds(owner.userId);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy done(&deleter, &AccountChange::done);
    QSignalSpy failed(&deleter, &AccountChange::failed);
    deleter.submit();
    QVERIFY(failed.wait(10000));
    QCOMPARE(done.size(), 0);
    QVERIFY(!deleter.busy());
    QCOMPARE(deleter.errorCode(), QStringLiteral("resource_not_found"));
    QVERIFY(!deleter.error().isEmpty());
    QVERIFY(!deleter.errorTraceId().isEmpty());
    QVERIFY(changed.isEmpty());
    QVERIFY(removed.isEmpty());
    QCOMPARE(ownRowIds(owner.userId), idsBefore);
    QVERIFY(deleter.canSubmit()); // the agent may try again, or close
}

void TestAccountActions::aWrongKeyIsReportedAndNothingChanges()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    ClerkClient wrongKey;
    useWrongKey(wrongKey);
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.second);
    m_model->setClient(&wrongKey);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    deleter.submit();
    QVERIFY(settled(deleter));
    m_model->setClient(&m_client);
    QCOMPARE(deleter.errorCode(), QStringLiteral("clerk_key_invalid"));
    QVERIFY(!deleter.error().isEmpty());
    QVERIFY(changed.isEmpty());
    QVERIFY(removed.isEmpty());
    QVERIFY(m_model->rowOfId(owner.second) >= 0);
    QCOMPARE(storedUser(owner.userId).phoneNumbers.size(), 2);

    // The same confirmation goes through once the key is right, and the error is cleared.
    QSignalSpy done(&deleter, &AccountChange::done);
    deleter.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(deleter.error().isEmpty());
    QCOMPARE(m_model->rowOfId(owner.second), -1);
}

void TestAccountActions::aNumberNotInTheListIsRefusedBeforeSending()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, QStringLiteral("idn_not_in_the_list"));
    QVERIFY(deleter.ownerId().isEmpty());
    QCOMPARE(deleter.consequences(),
             QStringList{QStringLiteral("This number is not in the list any more, so PhoneDesk cannot tell what else "
                                        "changes; search for it again.")});
    QVERIFY(!deleter.canSubmit());
    QSignalSpy loading(&deleter, &AccountChange::busyChanged);
    deleter.submit();
    QVERIFY(loading.isEmpty());

    // A number that leaves the list while the confirmation is open can no longer be deleted from it.
    deleter.setPhoneNumberId(owner.second);
    QVERIFY(deleter.canSubmit());
    QSignalSpy readiness(&deleter, &ConfirmedChange::canSubmitChanged);
    m_model->removePhoneNumber(owner.second);
    QVERIFY(!readiness.isEmpty());
    QVERIFY(!deleter.canSubmit());
    deleter.submit();
    QVERIFY(loading.isEmpty());
    QCOMPARE(storedUser(owner.userId).phoneNumbers.size(), 2);
    m_model->refresh();
    QVERIFY(settled(*m_model));
}

void TestAccountActions::aSecondSubmitWhileDeletingIsIgnored()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    PhoneNumberDeleter deleter;
    openOnNumber(deleter, owner.second);
    QSignalSpy done(&deleter, &AccountChange::done);
    QSignalSpy failed(&deleter, &AccountChange::failed);
    deleter.submit();
    QVERIFY(deleter.busy());
    deleter.submit(); // a second DELETE would come back as not found
    QVERIFY(done.wait(10000));
    QTest::qWait(200);
    QCOMPARE(done.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(deleter.error().isEmpty());
}

void TestAccountActions::theDeletedNumberLeavesTheListWhenItsOwnerCannotBeRead()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    // Clerk deletes the number, then the owner cannot be read.
    SequencePeer peer({SequencePeer::answer(200, bodyOf({{QStringLiteral("object"), QStringLiteral("phone_number")},
                                                         {QStringLiteral("id"), owner.second},
                                                         {QStringLiteral("deleted"), true}})),
                       SequencePeer::answer(404, R"({"errors":[{"code":"resource_not_found","message":"not found",)"
                                                 R"("long_message":"User not found"}],"clerk_trace_id":"trace_x"})")});
    ClerkClient peerClient;
    peerClient.setBaseUrl(peer.baseUrl());
    peerClient.setSecretKey(QStringLiteral("sk_test_peer"));
    PhoneNumberDeleter deleter;
    deleter.setModel(m_model.get());
    deleter.setClient(&peerClient);
    deleter.setPhoneNumberId(owner.second);
    QSignalSpy done(&deleter, &AccountChange::done);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    deleter.submit();
    QVERIFY(done.wait(10000));
    QCOMPARE(peer.requests().size(), 2);
    QVERIFY(peer.requests().at(0).startsWith("DELETE /v1/phone_numbers/" + owner.second.toLatin1()));
    QVERIFY(peer.requests().at(1).startsWith("GET /v1/users/" + owner.userId.toLatin1()));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOfId(owner.second), -1);
    QVERIFY(m_model->rowOfId(owner.first) >= 0);
    // The sandbox never saw it; put the list back in step with it.
    m_model->refresh();
    QVERIFY(settled(*m_model));
}

void TestAccountActions::resettingMfaUpdatesEveryRowOfTheOwner()
{
    Owner owner;
    QVERIFY(prepare(&owner, kSecondFactor, kSecondFactor));
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::DefaultSecondFactorRole).toBool());
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::ReservedForSecondFactorRole).toBool());
    QVERIFY(roleOf(owner.second, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    MfaResetter resetter;
    resetter.setModel(m_model.get());
    QVERIFY(!resetter.canSubmit());
    resetter.setUserId(owner.userId);
    QVERIFY(resetter.canSubmit());
    const QString name = m_model->rowAt(m_model->rowOfId(owner.first)).userName;
    const QStringList expected{
        QStringLiteral("%1 and %2 are no longer second factors.").arg(shownInList(owner.first), shownInList(owner.second)),
        QStringLiteral("Two-step sign-in turns off: %1 signs in with the first step alone until they set up a second "
                       "factor again.").arg(name),
        QStringLiteral("The phone numbers stay, verified and primary as they are.")};
    QCOMPARE(resetter.consequences(), expected);

    QSignalSpy done(&resetter, &AccountChange::done);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    resetter.submit();
    QVERIFY(resetter.busy());
    QVERIFY(done.wait(10000));
    QVERIFY(resetter.error().isEmpty());
    QVERIFY(removed.isEmpty());
    for (const QString &id : {owner.first, owner.second}) {
        QVERIFY(!roleOf(id, PhoneNumberListModel::ReservedForSecondFactorRole).toBool());
        QVERIFY(!roleOf(id, PhoneNumberListModel::DefaultSecondFactorRole).toBool());
        QCOMPARE(roleOf(id, PhoneNumberListModel::UserTwoFactorEnabledRole), QVariant(false));
        QCOMPARE(roleOf(id, PhoneNumberListModel::UserBackupCodeEnabledRole), QVariant(false));
        QCOMPARE(roleOf(id, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
    }
    QVERIFY(roleOf(owner.first, PhoneNumberListModel::IsPrimaryRole).toBool());
    QSet<int> announcedRows;
    for (const QList<QVariant> &signal : changed)
        announcedRows.insert(signal.at(0).value<QModelIndex>().row());
    QVERIFY(announcedRows.contains(m_model->rowOfId(owner.first)));
    QVERIFY(announcedRows.contains(m_model->rowOfId(owner.second)));
    QCOMPARE(storedUser(owner.userId).twoFactorEnabled, std::optional<bool>(false));
    // What was confirmed stays on screen while the dialog closes.
    QCOMPARE(resetter.consequences(), expected);
}

void TestAccountActions::resettingMfaOfAnUnknownUserIsReported()
{
    MfaResetter resetter;
    resetter.setModel(m_model.get());
    resetter.setUserId(QStringLiteral("user_not_there"));
    QCOMPARE(resetter.consequences().size(), 1);
    QVERIFY(resetter.consequences().first().startsWith(QStringLiteral("PhoneDesk does not have this user's numbers")));
    QSignalSpy failed(&resetter, &AccountChange::failed);
    resetter.submit();
    QVERIFY(failed.wait(10000));
    QCOMPARE(resetter.errorCode(), QStringLiteral("resource_not_found"));
    QVERIFY(!resetter.errorTraceId().isEmpty());
    QVERIFY(!resetter.busy());
}

void TestAccountActions::replacingRemovesTheOldNumbersAndTurnsMfaOff()
{
    Owner owner;
    QVERIFY(prepare(&owner, kSecondFactor, kUnverified));
    PhoneNumberReplacer replacer;
    openOnUser(replacer, owner.userId);
    QCOMPARE(replacer.identificationStatus(), IdentificationStatus::Verified);
    QVERIFY(!replacer.canSubmit()); // no number yet
    QVERIFY(!replacer.hasUnsentInput());
    const QString name = m_model->rowAt(m_model->rowOfId(owner.first)).userName;
    replacer.number()->setText(QStringLiteral("+49 176 1234 5678"));
    QVERIFY(replacer.number()->valid());
    QVERIFY(replacer.hasUnsentInput());
    QCOMPARE(replacer.number()->e164(), kThird);
    replacer.setIdentificationStatus(IdentificationStatus::Reserved);
    QVERIFY(replacer.canSubmit());
    const QStringList expected{
        QStringLiteral("All 2 of %1's numbers are deleted: %2 and %3.")
            .arg(name, shownInList(owner.first), shownInList(owner.second)),
        QStringLiteral("Two-step sign-in turns off: %1 was a second factor, so Clerk disables all of %2's second "
                       "factors. The new number is not a second factor.").arg(shownInList(owner.first), name),
        QStringLiteral("%1 becomes %2's only and primary number, reserved: not verified, but usable to sign in and held "
                       "so that no other user can claim it.").arg(shown(kThird), name)};
    QCOMPARE(replacer.consequences(), expected);

    QSignalSpy done(&replacer, &AccountChange::done);
    replacer.submit();
    QVERIFY(replacer.busy());
    QVERIFY(done.wait(10000));
    QVERIFY(replacer.error().isEmpty());
    const QString added = replacer.newPhoneNumberId();
    QVERIFY(!added.isEmpty());
    QCOMPARE(ownRowIds(owner.userId), QStringList{added});
    QCOMPARE(roleOf(added, PhoneNumberListModel::PhoneNumberRole).toString(), kThird);
    QVERIFY(roleOf(added, PhoneNumberListModel::IsPrimaryRole).toBool());
    QCOMPARE(roleOf(added, PhoneNumberListModel::ReservedRole), QVariant(true));
    QCOMPARE(roleOf(added, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("none"));
    QCOMPARE(roleOf(added, PhoneNumberListModel::UserTwoFactorEnabledRole), QVariant(false));
    const UserSummary stored = storedUser(owner.userId);
    QCOMPARE(stored.phoneNumbers.size(), 1);
    QCOMPARE(stored.twoFactorEnabled, std::optional<bool>(false));
}

void TestAccountActions::theNewNumberIsValidatedAsTyped()
{
    PhoneNumberReplacer replacer;
    openOnUser(replacer, m_userIds.first());
    QSignalSpy changed(&replacer, &PhoneNumberReplacer::numberChanged);
    replacer.number()->setText(QStringLiteral("0151 23456789"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!replacer.number()->valid());
    QCOMPARE(replacer.number()->problem(), QStringLiteral("Start with + and the country code, e.g. +49 151 23456789"));
    QVERIFY(replacer.number()->e164().isEmpty());
    QVERIFY(!replacer.canSubmit());
    replacer.number()->setText(QStringLiteral("+49 151"));
    QVERIFY(!replacer.number()->valid());
    QVERIFY(!replacer.number()->problem().isEmpty());
    replacer.number()->setText(QStringLiteral("+49 151 23456789"));
    QVERIFY(replacer.number()->valid());
    QVERIFY(replacer.number()->problem().isEmpty());
    QCOMPARE(replacer.number()->e164(), kFirst);
    QCOMPARE(replacer.number()->description(), shown(kFirst) + QStringLiteral(" · Germany · mobile"));
    QVERIFY(replacer.canSubmit());
    replacer.setIdentificationStatus(IdentificationStatus::Unverified);
    QVERIFY(replacer.canSubmit());
    QVERIFY(replacer.consequences().last().contains(QStringLiteral("locked out")));
    replacer.clear();
    QVERIFY(!replacer.hasUnsentInput());
    QVERIFY(!replacer.canSubmit());
}

void TestAccountActions::anInvalidNumberIsNeverSent()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    const UserSummary before = storedUser(owner.userId);
    PhoneNumberReplacer replacer;
    openOnUser(replacer, owner.userId);
    replacer.number()->setText(QStringLiteral("+49 151 2"));
    QVERIFY(!replacer.canSubmit());
    QSignalSpy loading(&replacer, &AccountChange::busyChanged);
    replacer.submit();
    QVERIFY(!replacer.busy());
    QTest::qWait(200);
    QVERIFY(loading.isEmpty());
    QCOMPARE(storedUser(owner.userId), before);
    QCOMPARE(ownRowIds(owner.userId), (QStringList{owner.first, owner.second}));
}

void TestAccountActions::aTakenNumberIsClerksRefusalWithTheInputKept()
{
    Owner owner;
    QVERIFY(prepare(&owner, kVerified, kUnverified));
    Owner other;
    QVERIFY(prepare(&other, kVerified, kUnverified));
    const QString taken = storedUser(other.userId).phoneNumbers.first().phoneNumber; // verified: held
    PhoneNumberReplacer replacer;
    openOnUser(replacer, owner.userId);
    replacer.number()->setText(taken);
    QSignalSpy failed(&replacer, &AccountChange::failed);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    replacer.submit();
    QVERIFY(failed.wait(10000));
    QCOMPARE(replacer.errorCode(), QStringLiteral("form_identifier_exists"));
    QCOMPARE(replacer.errorField(), QStringLiteral("phone_number"));
    QVERIFY(!replacer.errorTraceId().isEmpty());
    QCOMPARE(replacer.number()->text(), taken);
    QVERIFY(replacer.canSubmit());
    QVERIFY(removed.isEmpty());
    QCOMPARE(ownRowIds(owner.userId), (QStringList{owner.first, owner.second}));
}

void TestAccountActions::deletingSaysWhatElseChanges()
{
    Built ana;
    ana.number(QStringLiteral("idn_1"), kFirst, true).number(QStringLiteral("idn_2"), kSecond, false);
    const AccountConsequences owner = ana.consequences();
    QCOMPARE(owner.ownerName(), QStringLiteral("Ana Lima"));
    QCOMPARE(owner.ofDeleting(QStringLiteral("idn_2")),
             QStringList{QStringLiteral("%1 is deleted from Ana Lima's account and cannot be restored.").arg(shown(kSecond))});
    QCOMPARE(owner.ofDeleting(QStringLiteral("idn_1")),
             (QStringList{QStringLiteral("%1 is deleted from Ana Lima's account and cannot be restored.").arg(shown(kFirst)),
                          QStringLiteral("%1 becomes the primary number.").arg(shown(kSecond)),
                          QStringLiteral("Ana Lima will have no verified phone number left.")}));

    // With two left, which becomes primary is Clerk's choice.
    ana.number(QStringLiteral("idn_3"), kThird, true);
    QCOMPARE(ana.consequences().ofDeleting(QStringLiteral("idn_1")),
             (QStringList{QStringLiteral("%1 is deleted from Ana Lima's account and cannot be restored.").arg(shown(kFirst)),
                          QStringLiteral("Clerk makes one of the other numbers primary: %1 or %2.")
                              .arg(shown(kSecond), shown(kThird))}));

    Built single;
    single.number(QStringLiteral("idn_1"), kFirst, true);
    QCOMPARE(single.consequences().ofDeleting(QStringLiteral("idn_1")),
             (QStringList{QStringLiteral("%1 is deleted from Ana Lima's account and cannot be restored.").arg(shown(kFirst)),
                          QStringLiteral("Ana Lima will have no phone number left.")}));

    // A legacy number is named as stored.
    Built legacy;
    legacy.number(QStringLiteral("idn_1"), QStringLiteral("+311-555-2368"), false).number(QStringLiteral("idn_2"), kFirst, true);
    QCOMPARE(legacy.consequences().ofDeleting(QStringLiteral("idn_2")).first(),
             QStringLiteral("%1 is deleted from Ana Lima's account and cannot be restored.").arg(shown(kFirst)));
    QVERIFY(legacy.consequences().ofDeleting(QStringLiteral("idn_1")).first().startsWith(QStringLiteral("+311-555-2368 ")));
}

void TestAccountActions::deletingASecondFactorDependsOnWhatRemains()
{
    const QString turnsOff = QStringLiteral("Two-step sign-in turns off: this was Ana Lima's only second factor.");
    Built ana;
    ana.number(QStringLiteral("idn_1"), kFirst, true).number(QStringLiteral("idn_2"), kSecond, true, true, true);
    QVERIFY(ana.consequences().ofDeleting(QStringLiteral("idn_2")).contains(turnsOff));

    // Backup codes stay enabled, and say so.
    ana.user.backupCodeEnabled = true;
    QCOMPARE(ana.consequences().ofDeleting(QStringLiteral("idn_2")).filter(QStringLiteral("backup codes stay")).size(), 1);

    // An authenticator app keeps two-step sign-in on.
    ana.user.totpEnabled = true;
    QStringList sentences = ana.consequences().ofDeleting(QStringLiteral("idn_2"));
    QVERIFY(!sentences.contains(turnsOff));
    QVERIFY(sentences.contains(
        QStringLiteral("Two-step sign-in stays on with Ana Lima's authenticator app (TOTP); codes no longer go to a phone.")));

    // Unknown: said as unknown.
    ana.user.totpEnabled.reset();
    sentences = ana.consequences().ofDeleting(QStringLiteral("idn_2"));
    QCOMPARE(sentences.filter(QStringLiteral("unless Ana Lima uses an authenticator app (TOTP)")).size(), 1);

    // Another reserved number takes over as the default.
    Built two;
    two.number(QStringLiteral("idn_1"), kFirst, true, true, true).number(QStringLiteral("idn_2"), kSecond, true, true);
    QVERIFY(two.consequences().ofDeleting(QStringLiteral("idn_1"))
                .contains(QStringLiteral("%1 becomes the default second factor.").arg(shown(kSecond))));
    QVERIFY(two.consequences().ofDeleting(QStringLiteral("idn_2"))
                .contains(QStringLiteral("Two-step sign-in stays on: codes can still go to %1.").arg(shown(kFirst))));
}

void TestAccountActions::resettingMfaSaysWhatIsRemoved()
{
    Built ana;
    ana.number(QStringLiteral("idn_1"), kFirst, true, true, true).number(QStringLiteral("idn_2"), kSecond, true);
    ana.user.totpEnabled = true;
    ana.user.backupCodeEnabled = true;
    QCOMPARE(ana.consequences().ofResettingMfa(),
             (QStringList{QStringLiteral("%1 is no longer a second factor.").arg(shown(kFirst)),
                          QStringLiteral("Ana Lima's authenticator app (TOTP) is removed; Ana Lima has to set it up again "
                                         "to use it."),
                          QStringLiteral("Ana Lima's backup codes are turned off."),
                          QStringLiteral("Two-step sign-in turns off: Ana Lima signs in with the first step alone until "
                                         "they set up a second factor again."),
                          QStringLiteral("The phone numbers stay, verified and primary as they are.")}));

    Built none;
    none.number(QStringLiteral("idn_1"), kFirst, true);
    QCOMPARE(none.consequences().ofResettingMfa(),
             (QStringList{QStringLiteral("Ana Lima has no second factor on record, so nothing changes."),
                          QStringLiteral("The phone numbers stay, verified and primary as they are.")}));

    none.user.totpEnabled.reset();
    none.user.backupCodeEnabled.reset();
    const QStringList unknown = none.consequences().ofResettingMfa();
    QVERIFY(unknown.contains(QStringLiteral("An authenticator app (TOTP), if Ana Lima has one, is removed.")));
    QVERIFY(unknown.contains(QStringLiteral("Backup codes, if Ana Lima has any, are turned off.")));
    QVERIFY(AccountConsequences().ofResettingMfa().first().startsWith(QStringLiteral("PhoneDesk does not have")));
}

void TestAccountActions::replacingSaysWhatIsDeletedAndHowTheNewNumberStarts()
{
    using Status = IdentificationStatus;
    Built ana;
    ana.number(QStringLiteral("idn_1"), kFirst, true).number(QStringLiteral("idn_2"), kSecond, true, true, true);
    ana.user.totpEnabled = true;
    ana.user.backupCodeEnabled = true;
    QCOMPARE(ana.consequences().ofReplacing(shown(kThird), Status::Verified),
             (QStringList{QStringLiteral("All 2 of Ana Lima's numbers are deleted: %1 and %2.").arg(shown(kFirst), shown(kSecond)),
                          QStringLiteral("Two-step sign-in turns off: %1 was a second factor, so Clerk disables all of "
                                         "Ana Lima's second factors, including the authenticator app (TOTP) and backup "
                                         "codes. The new number is not a second factor.").arg(shown(kSecond)),
                          QStringLiteral("%1 becomes Ana Lima's only and primary number, verified by an admin: it can be "
                                         "used to sign in at once.").arg(shown(kThird))}));

    // No second factor among them: TOTP stays.
    Built totp;
    totp.number(QStringLiteral("idn_1"), kFirst, true);
    totp.user.totpEnabled = true;
    const QStringList kept = totp.consequences().ofReplacing({}, Status::Unverified);
    QCOMPARE(kept.first(), QStringLiteral("%1, Ana Lima's only number, is deleted.").arg(shown(kFirst)));
    QVERIFY(kept.contains(QStringLiteral("Two-step sign-in stays on with Ana Lima's authenticator app (TOTP): none of "
                                         "the deleted numbers was a second factor.")));
    QVERIFY(kept.last().startsWith(QStringLiteral("The new number becomes Ana Lima's only and primary number, unverified")));
    QVERIFY(kept.last().contains(QStringLiteral("locked out")));
}

QTEST_GUILESS_MAIN(TestAccountActions)
#include "tst_accountactions.moc"

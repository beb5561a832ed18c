// SPDX-License-Identifier: MIT
// Adding a number: the as-you-type formatter and the region list of src/phone, the user picker's
// search, and PhoneNumberCreator against the sandbox over loopback HTTP with the list model it
// fills watched by QAbstractItemModelTester. A number Clerk takes lands in the list with Clerk's
// side effects (even for an owner the list did not show); a refusal, made by Clerk or before
// sending, leaves the model and the sandbox as they were and the input intact.
#include "domain/userpage.h"
#include "ui/changes/phonenumbercreator.h"
#include "ui/list/regionlistmodel.h"
#include "ui/list/userpicker.h"
#include "phone/phoneregion.h"
#include "phone/typingformatter.h"
#include "sandboxfixture.h"

using namespace PhoneDesk;
using namespace PhoneDesk::Testing;

namespace {
constexpr int kUsers = 20;

// Types `digits` one character at a time into a field that shows what the formatter made of the
// text so far, as the dialog's number field does.
QString typed(const QString &digits, const QString &region)
{
    QString field;
    for (const QChar c : digits)
        field = TypingFormatter::format(field + c, region);
    return field;
}
} // namespace

class TestPhoneNumberCreator : public QObject, private SandboxFixture
{
    Q_OBJECT

private:
    QByteArray storedUserBody(const QString &userId) { return m_sandbox.store().getUser(userId).body; }

    // A German mobile number nobody in the sandbox has.
    QString freshNumber()
    {
        for (;;) {
            const QString number = nextNumber();
            const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("phone_number"), number}});
            if (QJsonDocument::fromJson(reply.body).array().isEmpty())
                return number;
        }
    }

    // The next demo user, left with one verified primary number and no second factor; the
    // model reloaded. Returns the user id, "" when that failed.
    QString prepareUser(QString *firstNumber = nullptr)
    {
        const QString userId = takeBareUser();
        if (userId.isEmpty())
            return {};
        const QString phoneId = createNumber(userId, freshNumber(), kVerified);
        if (phoneId.isEmpty())
            return {};
        if (firstNumber)
            *firstNumber = phoneId;
        m_model->search(QString());
        if (!reloaded())
            return {};
        return userId;
    }

    void openCreator(PhoneNumberCreator &creator, const QString &userId, const QString &text)
    {
        creator.setModel(m_model.get());
        creator.number()->setRegion(QStringLiteral("DE"));
        creator.setUserId(userId);
        creator.number()->setText(text);
    }

private Q_SLOTS:
    void initTestCase();
    void typingFormatsAsLibphonenumberDoes();
    void theRegionComesFromThePlusCode();
    void regionsAreListedByCountryName();
    void validityIsSaidInWords();
    void addsANumberWithTheFlagsClerkApplies();
    void anOwnerOutsideTheSearchJoinsTheList();
    void aTakenNumberIsRefusedByClerk();
    void anInvalidNumberIsRefusedBeforeSending();
    void aNumberTheUserHasIsRefusedBeforeSending();
    void reservingAnUnverifiedNumberIsRefusedBeforeSending();
    void anUnknownUserIsReportedNextToTheUser();
    void aWrongKeyIsReported();
    void aSecondSubmitWhileLoadingIsIgnored();
    void pickerSearchesByNameEmailAndId();
    void pickerDropsStaleAnswers();
};

void TestPhoneNumberCreator::initTestCase()
{
    // The clock stands still: an unchanged user serializes to the same bytes.
    startSandbox(kUsers, 9, QStringLiteral("+4915112399"));
}

void TestPhoneNumberCreator::typingFormatsAsLibphonenumberDoes()
{
    // International: the "+" code picks the country's pattern whatever the region.
    QCOMPARE(typed(QStringLiteral("+4915123456789"), QStringLiteral("US")), QStringLiteral("+49 1512 3456789"));
    QCOMPARE(typed(QStringLiteral("+4915123"), QStringLiteral("US")), QStringLiteral("+49 1512 3"));
    QCOMPARE(typed(QStringLiteral("+"), QStringLiteral("DE")), QStringLiteral("+"));
    // National, for the chosen region.
    QCOMPARE(typed(QStringLiteral("2015550123"), QStringLiteral("US")), QStringLiteral("(201) 555-0123"));
    QCOMPARE(typed(QStringLiteral("201555"), QStringLiteral("US")), QStringLiteral("201-555"));
    QCOMPARE(typed(QStringLiteral("+12015550123"), QStringLiteral("DE")), QStringLiteral("+1 201-555-0123"));
    QCOMPARE(typed(QStringLiteral("015123456789"), QStringLiteral("DE")), QStringLiteral("01512 3456789"));
    // Typing digit by digit ends where formatting the whole text at once does.
    QCOMPARE(typed(QStringLiteral("2015550123"), QStringLiteral("US")),
             TypingFormatter::format(QStringLiteral("2015550123"), QStringLiteral("US")));
    // Formatted text formats to itself; other characters are dropped.
    QCOMPARE(TypingFormatter::format(QStringLiteral("+49 1512 3456789"), QStringLiteral("DE")), QStringLiteral("+49 1512 3456789"));
    QCOMPARE(TypingFormatter::format(QStringLiteral("(201) 555.0123"), QStringLiteral("US")), QStringLiteral("(201) 555-0123"));
    QCOMPARE(TypingFormatter::format(QString(), QStringLiteral("US")), QString());
    QCOMPARE(TypingFormatter::dialable(QStringLiteral(" +49 (151) 2-3a")), QStringLiteral("+4915123"));
}

void TestPhoneNumberCreator::theRegionComesFromThePlusCode()
{
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("+4915123456789"), QStringLiteral("US")), QStringLiteral("DE"));
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("+49 15"), QStringLiteral("US")), QStringLiteral("DE"));
    // +1 is shared: its main region until the number says which one it is.
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("+1"), QStringLiteral("DE")), QStringLiteral("US"));
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("+1 604 555 0123"), QStringLiteral("DE")), QStringLiteral("CA"));
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("+"), QStringLiteral("DE")), QString());
    QCOMPARE(TypingFormatter::regionOf(QStringLiteral("0151"), QStringLiteral("DE")), QStringLiteral("DE"));
}

void TestPhoneNumberCreator::regionsAreListedByCountryName()
{
    const QList<PhoneRegion> regions = PhoneRegion::all();
    QVERIFY(regions.size() > 200);
    const auto germany = std::find_if(regions.cbegin(), regions.cend(), [](const PhoneRegion &r) { return r.code == QStringLiteral("DE"); });
    QVERIFY(germany != regions.cend());
    QCOMPARE(germany->countryName, QStringLiteral("Germany"));
    QCOMPARE(germany->callingCode, 49);

    RegionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(regions.size()));
    QCOMPARE(int(RegionListModel::CodeRole), Qt::UserRole + 1);
    const int row = model.indexOfCode(QStringLiteral("DE"));
    QVERIFY(row >= 0);
    QCOMPARE(model.codeAt(row), QStringLiteral("DE"));
    QCOMPARE(model.index(row).data(RegionListModel::LabelRole).toString(), QStringLiteral("Germany (+49)"));
    QCOMPARE(model.index(row).data(RegionListModel::CallingCodeRole).toInt(), 49);
    QCOMPARE(model.roleNames().value(RegionListModel::CountryNameRole), QByteArray("countryName"));
    QCOMPARE(model.find(QStringLiteral("germ")), row);
    QCOMPARE(model.find(QStringLiteral("+49")), row);
    QCOMPARE(model.find(QStringLiteral("den")), model.indexOfCode(QStringLiteral("DK")));
    QCOMPARE(model.find(QStringLiteral("zzzz")), -1);
    QCOMPARE(model.indexOfCode(QStringLiteral("XX")), -1);
    // Sorted for a person: Austria before Belgium before Germany.
    QVERIFY(model.indexOfCode(QStringLiteral("AT")) < model.indexOfCode(QStringLiteral("BE")));
    QVERIFY(model.indexOfCode(QStringLiteral("BE")) < row);
    QVERIFY(model.indexOfCode(model.defaultCode()) >= 0);
}

void TestPhoneNumberCreator::validityIsSaidInWords()
{
    PhoneNumberCreator creator;
    creator.number()->setRegion(QStringLiteral("DE"));
    QCOMPARE(creator.number()->validity(), QString());
    QVERIFY(!creator.hasUnsentInput());
    QCOMPARE(creator.validationError(), QStringLiteral("Choose the user to add the number to"));

    QSignalSpy number(&creator, &PhoneNumberCreator::numberChanged);
    creator.number()->setText(QStringLiteral("01512 3456789"));
    QVERIFY(!number.isEmpty());
    QVERIFY(creator.number()->valid());
    QVERIFY(creator.hasUnsentInput());
    QCOMPARE(creator.number()->e164(), QStringLiteral("+4915123456789"));
    QCOMPARE(creator.number()->formatted(), QStringLiteral("01512 3456789"));
    QCOMPARE(creator.number()->detectedRegion(), QStringLiteral("DE"));
    QCOMPARE(creator.number()->validity(), QStringLiteral("Valid mobile number for Germany"));

    creator.number()->setText(QStringLiteral("+49 151"));
    QVERIFY(!creator.number()->valid());
    QCOMPARE(creator.number()->e164(), QString());
    QCOMPARE(creator.number()->validity(), QStringLiteral("Too short for Germany"));
    creator.number()->setText(QStringLiteral("+49 1"));
    QCOMPARE(creator.number()->validity(), QStringLiteral("Too short for Germany"));

    creator.number()->setText(QStringLiteral("+1 201 555 0123 4567"));
    QCOMPARE(creator.number()->detectedRegion(), QStringLiteral("US"));
    QCOMPARE(creator.number()->validity(), QStringLiteral("Too long for United States"));

    creator.number()->setText(QStringLiteral("+1 201 555 0123"));
    QVERIFY(creator.number()->valid());
    QCOMPARE(creator.number()->validity(), QStringLiteral("Valid fixed line or mobile number for United States"));

    creator.number()->setText(QStringLiteral("phone"));
    QCOMPARE(creator.number()->validity(), QStringLiteral("Not a valid number"));
    creator.number()->setText(QStringLiteral("+999 123456"));
    QCOMPARE(creator.number()->validity(), QStringLiteral("Unknown country calling code"));

    // The region matters for a number without "+".
    creator.number()->setText(QStringLiteral("2015550123"));
    QCOMPARE(creator.number()->e164(), QStringLiteral("+492015550123")); // Essen
    creator.number()->setRegion(QStringLiteral("US"));
    QVERIFY(creator.number()->valid());
    QCOMPARE(creator.number()->e164(), QStringLiteral("+12015550123"));
    QCOMPARE(creator.number()->formatted(), QStringLiteral("(201) 555-0123"));
}

void TestPhoneNumberCreator::addsANumberWithTheFlagsClerkApplies()
{
    QString firstId;
    const QString userId = prepareUser(&firstId);
    QVERIFY(!userId.isEmpty());
    QVERIFY(roleOf(firstId, PhoneNumberListModel::IsPrimaryRole).toBool());
    const QString number = freshNumber();

    PhoneNumberCreator creator;
    openCreator(creator, userId, number.mid(3).prepend(QLatin1Char('0'))); // national spelling, region DE
    QCOMPARE(creator.number()->e164(), number);
    creator.setPrimary(true);
    creator.setReservedForSecondFactor(true);
    QVERIFY(!creator.canSubmit());
    creator.setVerified(true);
    QVERIFY2(creator.canSubmit(), qPrintable(creator.validationError()));

    QSignalSpy done(&creator, &AccountChange::done);
    QSignalSpy created(&creator, &PhoneNumberCreator::createdIdChanged);
    const int rowsBefore = m_model->rowCount();
    creator.submit();
    QVERIFY(creator.busy());
    QVERIFY(!creator.canSubmit());
    QVERIFY(done.wait(10000));
    QVERIFY(!creator.busy());
    QCOMPARE(creator.error(), QString());
    QCOMPARE(created.size(), 1);
    const QString newId = creator.createdId();
    QVERIFY(newId.startsWith(QStringLiteral("idn_")));

    // The new row, with what Clerk made of it and of the owner's other number.
    QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    QVERIFY(m_model->rowOfId(newId) >= 0);
    QCOMPARE(roleOf(newId, PhoneNumberListModel::PhoneNumberRole).toString(), number);
    QCOMPARE(roleOf(newId, PhoneNumberListModel::UserIdRole).toString(), userId);
    QCOMPARE(roleOf(newId, PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("verified"));
    QVERIFY(roleOf(newId, PhoneNumberListModel::IsPrimaryRole).toBool());
    QVERIFY(!roleOf(firstId, PhoneNumberListModel::IsPrimaryRole).toBool());
    QVERIFY(roleOf(newId, PhoneNumberListModel::ReservedForSecondFactorRole).toBool());
    QVERIFY(roleOf(newId, PhoneNumberListModel::DefaultSecondFactorRole).toBool());
    QVERIFY(roleOf(firstId, PhoneNumberListModel::UserTwoFactorEnabledRole).toBool());
    // The owner's rows stay together.
    QCOMPARE(m_model->rowOfId(newId), m_model->rowOfId(firstId) + 1);
    // And the sandbox has it so.
    const UserSummary stored = storedUser(userId);
    QCOMPARE(stored.primaryPhoneNumberId.value_or(QString()), newId);
    QCOMPARE(stored.phoneNumbers.size(), 2);
}

void TestPhoneNumberCreator::anOwnerOutsideTheSearchJoinsTheList()
{
    const QString userId = prepareUser();
    QVERIFY(!userId.isEmpty());
    const QString other = m_userIds.value(m_nextUser);
    QVERIFY(!other.isEmpty());
    m_model->search(other);
    QVERIFY(settled(*m_model));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->rowAt(row).userId != userId);
    const int rowsBefore = m_model->rowCount();

    PhoneNumberCreator creator;
    openCreator(creator, userId, freshNumber());
    QSignalSpy done(&creator, &AccountChange::done);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    creator.submit();
    QVERIFY(done.wait(10000));
    // Both of the owner's numbers join at the end, in one insertion, so the window can select the new one.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), rowsBefore + 2);
    QCOMPARE(m_model->rowOfId(creator.createdId()) >= rowsBefore, true);
    QCOMPARE(roleOf(creator.createdId(), PhoneNumberListModel::UserIdRole).toString(), userId);
    // Unverified, not primary: the user had a primary number already.
    QCOMPARE(roleOf(creator.createdId(), PhoneNumberListModel::VerificationStateRole).toString(), QStringLiteral("none"));
    QVERIFY(!roleOf(creator.createdId(), PhoneNumberListModel::IsPrimaryRole).toBool());
    m_model->search(QString());
    QVERIFY(settled(*m_model));
}

void TestPhoneNumberCreator::aTakenNumberIsRefusedByClerk()
{
    QString firstId;
    const QString owner = prepareUser(&firstId);
    const QString userId = prepareUser();
    QVERIFY(!owner.isEmpty() && !userId.isEmpty());
    // The first user's verified number, for the second user.
    const QString taken = storedUser(owner).phoneNumbers.first().phoneNumber;
    const QByteArray before = storedUserBody(userId);

    PhoneNumberCreator creator;
    openCreator(creator, userId, taken);
    creator.setVerified(true);
    QVERIFY(creator.canSubmit());
    QSignalSpy failed(&creator, &AccountChange::failed);
    QSignalSpy done(&creator, &AccountChange::done);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    creator.submit();
    QVERIFY(failed.wait(10000));
    QVERIFY(done.isEmpty());
    QCOMPARE(creator.errorCode(), QStringLiteral("form_identifier_exists"));
    QCOMPARE(creator.errorField(), QStringLiteral("phone_number"));
    QVERIFY(creator.error().contains(QStringLiteral("taken")));
    QVERIFY(!creator.errorTraceId().isEmpty());
    QCOMPARE(creator.createdId(), QString());
    // Nothing moved; the input is as it was.
    QVERIFY(inserted.isEmpty());
    QVERIFY(changed.isEmpty());
    QCOMPARE(storedUserBody(userId), before);
    QCOMPARE(creator.number()->text(), taken);
    QVERIFY(creator.verified());
    // Editing the number clears Clerk's refusal of the old one.
    creator.number()->setText(freshNumber());
    QCOMPARE(creator.error(), QString());
}

void TestPhoneNumberCreator::anInvalidNumberIsRefusedBeforeSending()
{
    const QString userId = prepareUser();
    QVERIFY(!userId.isEmpty());
    const QByteArray before = storedUserBody(userId);
    PhoneNumberCreator creator;
    openCreator(creator, userId, QStringLiteral("+49 151"));
    QVERIFY(!creator.canSubmit());
    QCOMPARE(creator.validationError(), QStringLiteral("Too short for Germany"));
    QSignalSpy failed(&creator, &AccountChange::failed);
    creator.submit();
    // Refused at once, without a request: nothing is loading and the sandbox has not changed.
    QCOMPARE(failed.size(), 1);
    QVERIFY(!creator.busy());
    QVERIFY2(creator.error().contains(QStringLiteral("Too short for Germany")), qPrintable(creator.error()));
    QCOMPARE(creator.errorCode(), QString());
    QTest::qWait(50);
    QCOMPARE(storedUserBody(userId), before);
}

void TestPhoneNumberCreator::aNumberTheUserHasIsRefusedBeforeSending()
{
    QString firstId;
    const QString userId = prepareUser(&firstId);
    QVERIFY(!userId.isEmpty());
    const QString own = roleOf(firstId, PhoneNumberListModel::PhoneNumberRole).toString();
    PhoneNumberCreator creator;
    openCreator(creator, userId, own);
    QVERIFY(creator.number()->valid());
    QCOMPARE(creator.validationError(), QStringLiteral("This user already has this number"));
    QVERIFY(!creator.canSubmit());

    // Without the model, the numbers the picker knows of the user do the same.
    PhoneNumberCreator bare;
    bare.setClient(&m_client);
    bare.number()->setRegion(QStringLiteral("DE"));
    bare.setUserId(userId);
    bare.number()->setText(own);
    QVERIFY(bare.canSubmit());
    bare.setUserNumbers({own});
    QVERIFY(!bare.canSubmit());
    const QByteArray before = storedUserBody(userId);
    bare.submit();
    QVERIFY(!bare.busy());
    QVERIFY2(bare.error().contains(QStringLiteral("This user already has this number")), qPrintable(bare.error()));
    QCOMPARE(storedUserBody(userId), before);
}

void TestPhoneNumberCreator::reservingAnUnverifiedNumberIsRefusedBeforeSending()
{
    const QString userId = prepareUser();
    QVERIFY(!userId.isEmpty());
    const QByteArray before = storedUserBody(userId);
    PhoneNumberCreator creator;
    openCreator(creator, userId, freshNumber());
    QVERIFY(creator.canSubmit());
    QSignalSpy state(&creator, &PhoneNumberCreator::stateChanged);
    creator.setReservedForSecondFactor(true);
    QVERIFY(!state.isEmpty());
    QVERIFY(!creator.canSubmit());
    QVERIFY(creator.validationError().contains(QStringLiteral("verified")));
    creator.submit();
    QVERIFY(!creator.busy());
    QVERIFY(creator.error().contains(QStringLiteral("verified")));
    QCOMPARE(storedUserBody(userId), before);
    creator.setVerified(true);
    QVERIFY(creator.canSubmit());
}

void TestPhoneNumberCreator::anUnknownUserIsReportedNextToTheUser()
{
    PhoneNumberCreator creator;
    openCreator(creator, QStringLiteral("user_does_not_exist"), freshNumber());
    QVERIFY(creator.canSubmit());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    creator.submit();
    QVERIFY(settled(creator));
    QCOMPARE(creator.errorCode(), QStringLiteral("resource_not_found"));
    QCOMPARE(creator.errorField(), QStringLiteral("user_id"));
    QVERIFY(!creator.error().isEmpty());
    QVERIFY(inserted.isEmpty());
    QVERIFY(creator.createdId().isEmpty());
}

void TestPhoneNumberCreator::aWrongKeyIsReported()
{
    const QString userId = prepareUser();
    QVERIFY(!userId.isEmpty());
    const QByteArray before = storedUserBody(userId);
    ClerkClient wrongKey;
    useWrongKey(wrongKey);
    PhoneNumberCreator creator;
    openCreator(creator, userId, freshNumber());
    creator.setClient(&wrongKey);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    creator.submit();
    QVERIFY(settled(creator));
    QCOMPARE(creator.errorCode(), QStringLiteral("clerk_key_invalid"));
    QVERIFY(!creator.error().isEmpty());
    QVERIFY(inserted.isEmpty());
    QCOMPARE(storedUserBody(userId), before);
    // The same input goes through with the right key.
    creator.setClient(&m_client);
    QSignalSpy done(&creator, &AccountChange::done);
    creator.submit();
    QVERIFY(done.wait(10000));
    QVERIFY(m_model->rowOfId(creator.createdId()) >= 0);
}

void TestPhoneNumberCreator::aSecondSubmitWhileLoadingIsIgnored()
{
    const QString userId = prepareUser();
    QVERIFY(!userId.isEmpty());
    PhoneNumberCreator creator;
    openCreator(creator, userId, freshNumber());
    QSignalSpy done(&creator, &AccountChange::done);
    QSignalSpy failed(&creator, &AccountChange::failed);
    creator.submit();
    QVERIFY(creator.busy());
    creator.submit();
    QVERIFY(done.wait(10000));
    QTest::qWait(100);
    QCOMPARE(done.size(), 1);
    QVERIFY(failed.isEmpty());
    QCOMPARE(storedUser(userId).phoneNumbers.size(), 2);
}

void TestPhoneNumberCreator::pickerSearchesByNameEmailAndId()
{
    UserPicker picker;
    picker.setModel(m_model.get());
    picker.setDebounceInterval(10);
    QAbstractItemModelTester tester(&picker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(int(UserPicker::IdRole), Qt::UserRole + 1);
    QCOMPARE(picker.rowCount(), 0);

    const UserSummary user = storedUser(m_userIds.at(kUsers - 1));
    // By id.
    picker.setQuery(user.id);
    QVERIFY(picker.loading());
    QVERIFY(settled(picker));
    QCOMPARE(picker.error(), QString());
    QCOMPARE(picker.rowCount(), 1);
    QCOMPARE(picker.index(0).data(UserPicker::IdRole).toString(), user.id);
    QCOMPARE(picker.index(0).data(UserPicker::NameRole).toString(), user.displayName());
    QCOMPARE(picker.index(0).data(UserPicker::PhoneCountRole).toInt(), int(user.phoneNumbers.size()));
    const QVariantMap row = picker.get(0);
    QCOMPARE(row.value(QStringLiteral("userId")).toString(), user.id);
    QVERIFY(row.value(QStringLiteral("label")).toString().startsWith(user.displayName()));
    QCOMPARE(row.value(QStringLiteral("phoneNumbers")).toStringList().size(), user.phoneNumbers.size());
    QVERIFY(picker.get(5).isEmpty());

    // By email.
    QVERIFY(user.primaryEmailAddress.has_value());
    picker.setQuery(*user.primaryEmailAddress);
    QVERIFY(settled(picker));
    bool found = false;
    for (int i = 0; i < picker.rowCount(); ++i)
        found = found || picker.index(i).data(UserPicker::IdRole).toString() == user.id;
    QVERIFY(found);
    QCOMPARE(picker.index(0).data(UserPicker::EmailRole).toString().isEmpty(), false);

    // By first name: every row matches, at most the limit.
    QVERIFY(user.firstName.has_value());
    picker.setQuery(*user.firstName);
    QVERIFY(settled(picker));
    QVERIFY(picker.rowCount() >= 1);
    QVERIFY(picker.rowCount() <= UserPicker::kLimit);
    QCOMPARE(picker.answeredQuery(), *user.firstName);

    // Nothing typed: nothing listed, nothing sent.
    picker.setQuery(QString());
    QVERIFY(!picker.loading());
    QCOMPARE(picker.rowCount(), 0);

    // A failing search says so.
    ClerkClient wrongKey;
    useWrongKey(wrongKey);
    UserPicker failing;
    failing.setClient(&wrongKey);
    failing.setDebounceInterval(10);
    failing.setQuery(user.id);
    QVERIFY(settled(failing));
    QVERIFY(!failing.error().isEmpty());
    QCOMPARE(failing.rowCount(), 0);
}

void TestPhoneNumberCreator::pickerDropsStaleAnswers()
{
    UserPicker picker;
    picker.setModel(m_model.get());
    picker.setDebounceInterval(0);
    QAbstractItemModelTester tester(&picker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = m_userIds.at(0);
    const QString last = m_userIds.at(kUsers - 1);
    // The first search is sent, then overtaken by the second before it answers.
    picker.setQuery(first);
    picker.searchNow();
    picker.setQuery(last);
    picker.searchNow();
    QVERIFY(settled(picker));
    QTest::qWait(100);
    QCOMPARE(picker.answeredQuery(), last);
    QCOMPARE(picker.rowCount(), 1);
    QCOMPARE(picker.index(0).data(UserPicker::IdRole).toString(), last);

    // Quick typing sends once the typing pauses, for the last text only.
    picker.setDebounceInterval(100);
    QSignalSpy count(&picker, &UserPicker::countChanged);
    picker.setQuery(first.left(8));
    picker.setQuery(first.left(12));
    picker.setQuery(first);
    QVERIFY(picker.loading());
    QVERIFY(settled(picker));
    QCOMPARE(count.size(), 1);
    QCOMPARE(picker.answeredQuery(), first);
    QCOMPARE(picker.index(0).data(UserPicker::IdRole).toString(), first);
}

QTEST_MAIN(TestPhoneNumberCreator)

#include "tst_phonenumbercreator.moc"

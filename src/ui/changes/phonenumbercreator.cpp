// SPDX-License-Identifier: MIT
#include "phonenumbercreator.h"

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kRequest = QStringLiteral("POST /phone_numbers");
} // namespace

PhoneNumberCreator::PhoneNumberCreator(QObject *parent)
    : AccountChange(parent)
    , m_number(new TypedNumber(this))
{
    connect(m_number, &TypedNumber::changed, this, &PhoneNumberCreator::numberChanged);
    connect(this, &PhoneNumberCreator::numberChanged, this, &PhoneNumberCreator::reviewState);
    connect(this, &PhoneNumberCreator::stateChanged, this, &PhoneNumberCreator::reviewState);
    // What is typed decides validationError, and makes Clerk's last refusal stale.
    connect(m_number, &TypedNumber::changed, this, &PhoneNumberCreator::inputChanged);
    // canSubmit depends on loading.
    connect(this, &AccountChange::busyChanged, this, &PhoneNumberCreator::stateChanged);
    // The duplicate check reads the model's rows.
    connect(this, &AccountChange::modelChanged, this, &PhoneNumberCreator::stateChanged);
}

PhoneNumberCreator::~PhoneNumberCreator() = default;

void PhoneNumberCreator::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    Q_EMIT userChanged();
    inputChanged();
}

void PhoneNumberCreator::setUserLabel(const QString &label)
{
    if (label == m_userLabel)
        return;
    m_userLabel = label;
    Q_EMIT userChanged();
}

void PhoneNumberCreator::setUserNumbers(const QStringList &numbers)
{
    if (numbers == m_userNumbers)
        return;
    m_userNumbers = numbers;
    Q_EMIT userChanged();
    Q_EMIT stateChanged();
}

void PhoneNumberCreator::setVerified(bool on)
{
    if (on == m_verified)
        return;
    m_verified = on;
    Q_EMIT optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::setPrimary(bool on)
{
    if (on == m_primary)
        return;
    m_primary = on;
    Q_EMIT optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::setReservedForSecondFactor(bool on)
{
    if (on == m_reservedForSecondFactor)
        return;
    m_reservedForSecondFactor = on;
    Q_EMIT optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::inputChanged()
{
    if (!busy())
        setError(nullptr);
    Q_EMIT stateChanged();
}

QString PhoneNumberCreator::validationError() const
{
    if (m_userId.isEmpty())
        return tr("Choose the user to add the number to");
    if (!hasUnsentInput())
        return tr("Type the number to add");
    if (!m_number->valid())
        return m_number->problem();
    if (userHasNumber())
        return tr("This user already has this number");
    // Clerk refuses this too (identification_update_second_factor_unverified); saying it before
    // sending spares a round trip that cannot succeed.
    if (m_reservedForSecondFactor && !m_verified)
        return tr("A number must be verified before it can be reserved for two-step sign-in");
    return {};
}

bool PhoneNumberCreator::userHasNumber() const
{
    const QString number = m_number->e164();
    if (m_userNumbers.contains(number))
        return true;
    const PhoneNumberListModel *rows = model();
    if (!rows)
        return false;
    for (int i = 0; i < rows->rowCount(); ++i) {
        const PhoneNumberRow &row = rows->rowAt(i);
        if (row.userId == m_userId && (row.phone.phoneNumber == number || (row.info.valid && row.info.e164 == number)))
            return true;
    }
    return false;
}

void PhoneNumberCreator::submit()
{
    if (busy())
        return;
    if (const QString why = validationError(); !why.isEmpty()) {
        failWith(kRequest, why);
        return;
    }
    if (!begin(kRequest))
        return;
    NewPhoneNumber phone;
    phone.userId = m_userId;
    phone.phoneNumber = m_number->e164();
    phone.verified = m_verified;
    // Only what was asked for: Clerk makes a user's first number primary by itself.
    if (m_primary)
        phone.primary = true;
    if (m_reservedForSecondFactor)
        phone.reservedForSecondFactor = true;
    JournalEntry change = JournalEntry::of(JournalOperation::Create, QStringLiteral("POST /phone_numbers"), m_userId);
    change.phoneNumber = phone.phoneNumber;
    sendJournaled(change, [this, phone] {
        track(client()->createPhoneNumber(phone, this, whileCurrent<PhoneNumber>([this](const ApiResult<PhoneNumber> &created) {
            takeCreated(created);
        })));
    });
}

void PhoneNumberCreator::takeCreated(const ApiResult<PhoneNumber> &result)
{
    if (!result.ok()) {
        // Created when the owner now has the number (the dialog refuses a number they had).
        const QString number = m_number->e164();
        failOrRecheck(
            result.error(), m_userId,
            [number](const UserSummary &owner) {
                return std::any_of(owner.phoneNumbers.cbegin(), owner.phoneNumbers.cend(),
                                   [&](const PhoneNumber &phone) { return phone.phoneNumber == number; });
            },
            [this, number](const UserSummary &owner) {
                for (const PhoneNumber &phone : owner.phoneNumbers) {
                    if (phone.phoneNumber == number)
                        m_createdId = phone.id;
                }
                Q_EMIT createdIdChanged();
                // rereadOwner updated rows the model has; a user outside the search joins it.
                if (model())
                    model()->applyUser(owner, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
                succeed();
            });
        return;
    }
    m_createdId = result.value().id;
    journalCreated(m_createdId);
    Q_EMIT createdIdChanged();
    // Clerk may have moved primary and the default second factor across the owner's numbers:
    // the owner as a whole is read, and joins the list when the search had left them out.
    rereadOwner(
        m_userId,
        [this](const ApiResult<UserSummary> &) {
            // The number exists on the server either way; a failed re-read only leaves the list
            // behind until its next refresh, and sending again would be refused as taken.
            succeed();
        },
        ChangePipeline::OwnerRows::InsertIfAbsent);
}

} // namespace PhoneDesk

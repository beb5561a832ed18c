// SPDX-License-Identifier: MIT
#include "phonenumbercreator.h"

#include <algorithm>

#include "phone/phoneregion.h"
#include "phone/typingformatter.h"

namespace PhoneDesk {

namespace {
const QString kRequest = QStringLiteral("POST /phone_numbers");
} // namespace

PhoneNumberCreator::PhoneNumberCreator(QObject *parent)
    : AccountChange(parent)
{
    // canSubmit depends on loading.
    connect(this, &AccountChange::loadingChanged, this, &PhoneNumberCreator::stateChanged);
    // The duplicate check reads the model's rows.
    connect(this, &AccountChange::modelChanged, this, &PhoneNumberCreator::stateChanged);
}

PhoneNumberCreator::~PhoneNumberCreator() = default;

void PhoneNumberCreator::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    emit userChanged();
    inputChanged();
}

void PhoneNumberCreator::setUserLabel(const QString &label)
{
    if (label == m_userLabel)
        return;
    m_userLabel = label;
    emit userChanged();
}

void PhoneNumberCreator::setUserNumbers(const QStringList &numbers)
{
    if (numbers == m_userNumbers)
        return;
    m_userNumbers = numbers;
    emit userChanged();
    emit stateChanged();
}

void PhoneNumberCreator::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    emit regionChanged();
    update();
}

void PhoneNumberCreator::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void PhoneNumberCreator::setVerified(bool on)
{
    if (on == m_verified)
        return;
    m_verified = on;
    emit optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::setPrimary(bool on)
{
    if (on == m_primary)
        return;
    m_primary = on;
    emit optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::setReservedForSecondFactor(bool on)
{
    if (on == m_reservedForSecondFactor)
        return;
    m_reservedForSecondFactor = on;
    emit optionsChanged();
    inputChanged();
}

void PhoneNumberCreator::update()
{
    m_formatted = TypingFormatter::format(m_text, m_region);
    m_detectedRegion = TypingFormatter::regionOf(m_text, m_region);
    m_info = PhoneNumberInfo::ofTyped(m_text, m_region);
    emit numberChanged();
    inputChanged();
}

void PhoneNumberCreator::inputChanged()
{
    if (!loading())
        setError(nullptr);
    emit stateChanged();
}

QString PhoneNumberCreator::validity() const
{
    if (m_text.trimmed().isEmpty())
        return {};
    const QString country = m_info.valid ? m_info.countryName : PhoneRegion::countryNameOf(m_detectedRegion);
    const QString forCountry = country.isEmpty() ? QString() : QStringLiteral(" for ") + country;
    if (m_info.valid) {
        const QString type = m_info.type == PhoneNumberInfo::Type::Unknown ? QString() : m_info.typeName() + QLatin1Char(' ');
        return QStringLiteral("Valid ") + type + QStringLiteral("number") + forCountry;
    }
    using L = PhoneNumberInfo::Length;
    switch (m_info.length) {
    case L::LocalOnly:
    case L::TooShort: return QStringLiteral("Too short") + forCountry;
    case L::TooLong: return QStringLiteral("Too long") + forCountry;
    case L::InvalidLength: return QStringLiteral("Not a valid length") + forCountry;
    case L::InvalidCountryCode: return QStringLiteral("Unknown country calling code");
    case L::Possible: return QStringLiteral("Not a valid number") + forCountry;
    case L::Unknown: break;
    }
    return QStringLiteral("Not a valid number");
}

QString PhoneNumberCreator::validationError() const
{
    if (m_userId.isEmpty())
        return QStringLiteral("Choose the user to add the number to");
    if (m_text.trimmed().isEmpty())
        return QStringLiteral("Type the number to add");
    if (!m_info.valid)
        return validity();
    if (userHasNumber())
        return QStringLiteral("This user already has this number");
    // Clerk refuses this too (identification_update_second_factor_unverified); saying it before
    // sending spares a round trip that cannot succeed.
    if (m_reservedForSecondFactor && !m_verified)
        return QStringLiteral("A number must be verified before it can be reserved for two-step sign-in");
    return {};
}

bool PhoneNumberCreator::userHasNumber() const
{
    const QString number = e164();
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
    if (loading())
        return;
    if (const QString why = validationError(); !why.isEmpty()) {
        failWith(kRequest, why);
        return;
    }
    if (!begin(kRequest))
        return;
    NewPhoneNumber phone;
    phone.userId = m_userId;
    phone.phoneNumber = e164();
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
        const QString number = e164();
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
                emit createdIdChanged();
                // rereadOwner updated rows the model has; a user outside the search joins it.
                if (model())
                    model()->applyUser(owner, PhoneNumberListModel::ApplyMode::InsertIfAbsent);
                succeed();
            });
        return;
    }
    m_createdId = result.value().id;
    journalCreated(m_createdId);
    emit createdIdChanged();
    // Clerk may have moved primary and the default second factor across the owner's numbers:
    // the owner as a whole is read, and joins the list when the search had left them out.
    rereadOwner(
        m_userId,
        [this](const ApiResult<UserSummary> &) {
            // The number exists on the server either way; a failed re-read only leaves the list
            // behind until its next refresh, and sending again would be refused as taken.
            succeed();
        },
        PhoneNumberListModel::ApplyMode::InsertIfAbsent);
}

} // namespace PhoneDesk

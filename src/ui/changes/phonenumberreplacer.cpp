// SPDX-License-Identifier: MIT
#include "phonenumberreplacer.h"

#include <algorithm>

namespace PhoneDesk {

PhoneNumberReplacer::PhoneNumberReplacer(QObject *parent)
    : ConfirmedChange(parent)
{
    connect(this, &ConfirmedChange::ownerIdChanged, this, &PhoneNumberReplacer::userIdChanged);
    inputChanged();
}

PhoneNumberReplacer::~PhoneNumberReplacer() = default;

void PhoneNumberReplacer::setUserId(const QString &id)
{
    if (id == ownerId())
        return;
    // Whatever was in flight concerned the user shown before.
    cancel();
    setOwnerId(id);
    inputChanged();
}

void PhoneNumberReplacer::setNumberText(const QString &text)
{
    if (text == m_numberText)
        return;
    m_numberText = text;
    m_info = PhoneNumberInfo::of(text.trimmed());
    Q_EMIT numberChanged();
    inputChanged();
}

void PhoneNumberReplacer::setIdentificationStatus(IdentificationStatus status)
{
    if (status == m_identificationStatus)
        return;
    m_identificationStatus = status;
    Q_EMIT identificationStatusChanged();
    inputChanged();
}

void PhoneNumberReplacer::clear()
{
    if (loading())
        return;
    setNumberText({});
    setError(nullptr);
}

QString PhoneNumberReplacer::numberDescription() const
{
    if (!m_info.valid)
        return {};
    QStringList parts{m_info.international};
    if (!m_info.countryName.isEmpty())
        parts.append(m_info.countryName);
    if (m_info.type != PhoneNumberInfo::Type::Unknown)
        parts.append(m_info.typeName());
    return parts.join(QStringLiteral(" · "));
}

QString PhoneNumberReplacer::numberProblem() const
{
    const QString text = m_numberText.trimmed();
    if (text.isEmpty() || m_info.valid)
        return {};
    // Clerk stores international numbers only: without the country code there is no telling.
    if (!text.startsWith(u'+'))
        return QStringLiteral("Start with + and the country code, e.g. +49 151 23456789");
    if (m_info.parsed)
        return QStringLiteral("Not a valid number for its country yet: check the digits");
    return QStringLiteral("This is not a phone number");
}

bool PhoneNumberReplacer::isReady() const
{
    return !ownerId().isEmpty() && m_info.valid;
}

std::optional<ProposedChange> PhoneNumberReplacer::proposedChange() const
{
    return ProposedChange::replacement(m_info.valid ? m_info.international : m_numberText, m_identificationStatus);
}

QStringList PhoneNumberReplacer::consequencesOf(const AccountConsequences &owner) const
{
    return owner.ofReplacing(m_info.valid ? m_info.international : QString(), m_identificationStatus);
}

void PhoneNumberReplacer::send()
{
    if (!begin(QStringLiteral("PUT /users/{id}/phone_number")))
        return;
    // Clerk deletes every number the owner has; these are the ones the list shows.
    QStringList oldIds;
    const AccountConsequences shown = owner();
    for (const PhoneNumberRow &row : shown.rows())
        oldIds.append(row.phone.id);
    JournalEntry change = JournalEntry::of(JournalOperation::ReplaceNumbers, QStringLiteral("PUT /users/{id}/phone_number"), ownerId());
    change.phoneNumber = m_info.e164;
    sendJournaled(change, [this, oldIds] {
        track(client()->replaceUserPhoneNumber(ownerId(), m_info.e164, m_identificationStatus, this,
                                               whileCurrent<PhoneNumber>([this, oldIds](const ApiResult<PhoneNumber> &result) {
                                                   takeReplaced(oldIds, result);
                                               })));
    });
}

void PhoneNumberReplacer::takeReplaced(const QStringList &oldIds, const ApiResult<PhoneNumber> &result)
{
    if (!result.ok()) {
        // Replaced when the owner's only number is the new one, and none of the old ones is left.
        failOrRecheck(
            result.error(), ownerId(),
            [this, oldIds](const UserSummary &owner) {
                return owner.phoneNumbers.size() == 1 && owner.phoneNumbers.first().phoneNumber == m_info.e164
                       && !oldIds.contains(owner.phoneNumbers.first().id);
            },
            [this](const UserSummary &owner) {
                m_newPhoneNumberId = owner.phoneNumbers.first().id;
                succeedAsConfirmed();
            });
        return;
    }
    m_newPhoneNumberId = result.value().id;
    journalCreated(m_newPhoneNumberId);
    rereadOwner(ownerId(), [this, oldIds](const ApiResult<UserSummary> &owner) {
        // The old numbers are gone on the server whether or not the owner could be read again;
        // without the owner, the new number shows after a refresh.
        if (!owner.ok() && model()) {
            for (const QString &id : oldIds) {
                if (id != m_newPhoneNumberId)
                    model()->removePhoneNumber(id);
            }
        }
        succeedAsConfirmed();
    });
}

} // namespace PhoneDesk

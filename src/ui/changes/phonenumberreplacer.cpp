// SPDX-License-Identifier: MIT
#include "phonenumberreplacer.h"

#include <algorithm>

namespace PhoneDesk {

PhoneNumberReplacer::PhoneNumberReplacer(QObject *parent)
    : ConfirmedChange(parent)
    , m_number(new TypedNumber(this))
{
    connect(m_number, &TypedNumber::changed, this, &PhoneNumberReplacer::numberChanged);
    connect(this, &PhoneNumberReplacer::numberChanged, this, &PhoneNumberReplacer::reviewState);
    // The consequences name the new number, and only a valid one can be sent.
    connect(m_number, &TypedNumber::changed, this, &PhoneNumberReplacer::inputChanged);
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
    if (busy())
        return;
    m_number->setText({});
    setError(nullptr);
}

bool PhoneNumberReplacer::isReady() const
{
    return !ownerId().isEmpty() && m_number->valid();
}

std::optional<ProposedChange> PhoneNumberReplacer::proposedChange() const
{
    return ProposedChange::replacement(m_number->valid() ? m_number->international() : m_number->text(),
                                       m_identificationStatus);
}

QStringList PhoneNumberReplacer::consequencesOf(const AccountConsequences &owner) const
{
    return owner.ofReplacing(m_number->international(), m_identificationStatus);
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
    change.phoneNumber = m_number->e164();
    sendJournaled(change, [this, oldIds] {
        track(client()->replaceUserPhoneNumber(ownerId(), m_number->e164(), m_identificationStatus, this,
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
                return owner.phoneNumbers.size() == 1 && owner.phoneNumbers.first().phoneNumber == m_number->e164()
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

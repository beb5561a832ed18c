// SPDX-License-Identifier: MIT
#include "phonenumberdeleter.h"

#include <algorithm>

namespace PhoneDesk {

PhoneNumberDeleter::PhoneNumberDeleter(QObject *parent)
    : ConfirmedChange(parent)
{
    inputChanged();
}

PhoneNumberDeleter::~PhoneNumberDeleter() = default;

void PhoneNumberDeleter::setPhoneNumberId(const QString &id)
{
    if (id == m_phoneNumberId)
        return;
    // Whatever was in flight concerned the number shown before.
    cancel();
    m_phoneNumberId = id;
    Q_EMIT phoneNumberIdChanged();
    findOwner();
    inputChanged();
}

void PhoneNumberDeleter::modelSet()
{
    findOwner();
    ConfirmedChange::modelSet();
}

void PhoneNumberDeleter::findOwner()
{
    const int row = model() ? model()->rowOfId(m_phoneNumberId) : -1;
    if (row >= 0)
        setOwnerId(model()->rowAt(row).userId);
    else if (m_phoneNumberId.isEmpty())
        setOwnerId({});
}

std::optional<ProposedChange> PhoneNumberDeleter::proposedChange() const
{
    if (m_phoneNumberId.isEmpty())
        return std::nullopt;
    return ProposedChange::deletion(m_phoneNumberId);
}

QStringList PhoneNumberDeleter::consequencesOf(const AccountConsequences &owner) const
{
    return owner.ofDeleting(m_phoneNumberId);
}

void PhoneNumberDeleter::send()
{
    const QString request = QStringLiteral("DELETE /phone_numbers");
    // The consequences shown were computed from the row; without it they cannot be trusted.
    if (model() && model()->rowOfId(m_phoneNumberId) < 0) {
        failWith(request, tr("This number is no longer in the list; search for it again"));
        return;
    }
    if (!begin(request))
        return;
    const QString userId = ownerId();
    sendJournaled(JournalEntry::of(JournalOperation::Delete, QStringLiteral("DELETE /phone_numbers/{id}"), userId, m_phoneNumberId), [this, userId] {
        track(client()->deletePhoneNumber(m_phoneNumberId, this,
                                          whileCurrent<DeletedObject>([this, userId](const ApiResult<DeletedObject> &result) {
                                              takeDeleted(userId, result);
                                          })));
    });
}

void PhoneNumberDeleter::takeDeleted(const QString &userId, const ApiResult<DeletedObject> &result)
{
    if (!result.ok()) {
        // Deleted when the owner no longer has the number.
        const QString deletedId = m_phoneNumberId;
        failOrRecheck(
            result.error(), userId,
            [deletedId](const UserSummary &owner) {
                return std::none_of(owner.phoneNumbers.cbegin(), owner.phoneNumbers.cend(),
                                    [&](const PhoneNumber &phone) { return phone.id == deletedId; });
            },
            [this](const UserSummary &) { succeedAsConfirmed(); });
        return;
    }
    // Clerk may have moved primary and the second factors to the owner's other numbers: only the
    // owner as a whole tells what their rows now show.
    const QString deletedId = m_phoneNumberId;
    rereadOwner(userId, [this, deletedId](const ApiResult<UserSummary> &) {
        // The number is gone on the server whether or not its owner could be read again; without
        // the owner, only the owner's other rows lag until a refresh.
        if (model())
            model()->removePhoneNumber(deletedId);
        succeedAsConfirmed();
    });
}

} // namespace PhoneDesk

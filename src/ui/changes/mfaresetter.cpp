// SPDX-License-Identifier: MIT
#include "mfaresetter.h"

#include <algorithm>

namespace PhoneDesk {

MfaResetter::MfaResetter(QObject *parent)
    : ConfirmedChange(parent)
{
    connect(this, &ConfirmedChange::ownerIdChanged, this, &MfaResetter::userIdChanged);
    inputChanged();
}

MfaResetter::~MfaResetter() = default;

void MfaResetter::setUserId(const QString &id)
{
    if (id == ownerId())
        return;
    // Whatever was in flight concerned the user shown before.
    cancel();
    setOwnerId(id);
    inputChanged();
}

std::optional<ProposedChange> MfaResetter::proposedChange() const
{
    return ProposedChange::mfaReset();
}

QStringList MfaResetter::consequencesOf(const AccountConsequences &owner) const
{
    return owner.ofResettingMfa();
}

void MfaResetter::send()
{
    if (!begin(QStringLiteral("DELETE /users/{id}/mfa")))
        return;
    sendJournaled(JournalEntry::of(JournalOperation::ResetMfa, QStringLiteral("DELETE /users/{id}/mfa"), ownerId()), [this] {
        track(client()->disableMfa(ownerId(), this, whileCurrent<QString>([this](const ApiResult<QString> &result) {
            takeReset(result);
        })));
    });
}

void MfaResetter::takeReset(const ApiResult<QString> &result)
{
    if (!result.ok()) {
        // Reset when no number of the owner is a second factor any more and two-step is off.
        failOrRecheck(
            result.error(), ownerId(),
            [](const UserSummary &owner) {
                return !owner.twoFactorEnabled.value_or(false)
                       && std::none_of(owner.phoneNumbers.cbegin(), owner.phoneNumbers.cend(), [](const PhoneNumber &phone) {
                              return phone.reservedForSecondFactor.value_or(false) || phone.defaultSecondFactor.value_or(false);
                          });
            },
            [this](const UserSummary &) { succeedAsConfirmed(); });
        return;
    }
    // Every number of the owner loses its second-factor flags, and the owner's two-step flags
    // change: the owner as a whole tells what their rows now show. The reset is made whether or
    // not that read succeeds; the rows then catch up on a refresh.
    rereadOwner(ownerId(), [this](const ApiResult<UserSummary> &) { succeedAsConfirmed(); });
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "mfaresetter.h"

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

QStringList MfaResetter::consequencesOf(const AccountConsequences &owner) const
{
    return owner.ofResettingMfa();
}

void MfaResetter::send()
{
    if (!begin(QStringLiteral("DELETE /users/{id}/mfa")))
        return;
    sendJournaled(JournalEntry::of(QStringLiteral("reset_mfa"), QStringLiteral("DELETE /users/{id}/mfa"), ownerId()), [this] {
        track(client()->disableMfa(ownerId(), this, whileCurrent<QString>([this](const ApiResult<QString> &result) {
            takeReset(result);
        })));
    });
}

void MfaResetter::takeReset(const ApiResult<QString> &result)
{
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    // Every number of the owner loses its second-factor flags, and the owner's two-step flags
    // change: the owner as a whole tells what their rows now show. The reset is made whether or
    // not that read succeeds; the rows then catch up on a refresh.
    rereadOwner(ownerId(), [this](const ApiResult<UserSummary> &) { succeedAsConfirmed(); });
}

} // namespace PhoneDesk

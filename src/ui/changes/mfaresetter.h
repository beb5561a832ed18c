// SPDX-License-Identifier: MIT
#pragma once

#include "ui/changes/confirmedchange.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The backend of the Reset MFA dialog: DELETE /users/{id}/mfa, which removes all of a user's
// second factors at once (numbers reserved for two-step sign-in, the authenticator app, backup
// codes), confirmed against what the list shows of them. After Clerk reset them, the owner is read
// again so that every row of theirs shows the server's state.
class MfaResetter : public ConfirmedChange
{
    Q_OBJECT
    QML_ELEMENT

    // The user whose MFA is reset, "user_…".
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)

public:
    explicit MfaResetter(QObject *parent = nullptr);
    ~MfaResetter() override;

    [[nodiscard]] QString userId() const { return ownerId(); }
    void setUserId(const QString &id);

Q_SIGNALS:
    void userIdChanged();

private:
    [[nodiscard]] bool isReady() const override { return !ownerId().isEmpty(); }
    [[nodiscard]] QStringList consequencesOf(const AccountConsequences &owner) const override;
    [[nodiscard]] std::optional<ProposedChange> proposedChange() const override;
    void send() override;
    void takeReset(const ApiResult<QString> &result);
};

} // namespace PhoneDesk

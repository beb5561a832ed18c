// SPDX-License-Identifier: MIT
#pragma once

#include "lockoutguard.h"

#include "api/apierror.h"
#include "api/clerkclient.h"

#include <QObject>
#include <QString>

namespace PhoneDesk {

// Reads the owner of a change from the server and asks the LockoutGuard about it, for callers
// without a list of rows (the command line). Ends with exactly one of judged() and failed().
class LockoutCheck : public QObject
{
    Q_OBJECT

public:
    explicit LockoutCheck(ClerkClient *client, QObject *parent = nullptr);

    // A change to the user `userId` (replace numbers, reset MFA).
    void checkUser(const QString &userId, const ProposedChange &change);
    // A change to the number `phoneNumberId`, whose owner is found by searching for the number.
    void checkNumber(const QString &phoneNumberId, const ProposedChange &change);

Q_SIGNALS:
    // `ownerKnown` is false when the number's owner could not be found: nothing could be judged.
    void judged(const PhoneDesk::LockoutVerdict &verdict, bool ownerKnown);
    void failed(const PhoneDesk::ApiError &error);

private:
    void takeOwnerSearch(const QString &phoneNumberId, const ProposedChange &change, const ApiResult<UserPage> &result);

    ClerkClient *m_client;
};

} // namespace PhoneDesk

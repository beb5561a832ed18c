// SPDX-License-Identifier: MIT
#include "lockoutcheck.h"

namespace PhoneDesk {

LockoutCheck::LockoutCheck(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void LockoutCheck::checkUser(const QString &userId, const ProposedChange &change)
{
    m_client->getUser(userId, this, [this, change](const ApiResult<UserSummary> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        Q_EMIT judged(LockoutGuard::judge(GuardedAccount::ofUser(result.value()), change), true);
    });
}

void LockoutCheck::checkNumber(const QString &phoneNumberId, const ProposedChange &change)
{
    m_client->getPhoneNumber(phoneNumberId, this, [this, phoneNumberId, change](const ApiResult<PhoneNumber> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        // The Backend API has no owner on a number: the exact-number search finds them.
        UserListQuery query;
        query.phoneNumbers = {result.value().phoneNumber};
        query.limit = 10;
        m_client->listUsers(query, this, [this, phoneNumberId, change](const ApiResult<UserPage> &page) {
            takeOwnerSearch(phoneNumberId, change, page);
        });
    });
}

void LockoutCheck::takeOwnerSearch(const QString &phoneNumberId, const ProposedChange &change, const ApiResult<UserPage> &result)
{
    if (!result.ok()) {
        Q_EMIT failed(result.error());
        return;
    }
    for (const UserSummary &user : result.value().users) {
        for (const PhoneNumber &phone : user.phoneNumbers) {
            if (phone.id == phoneNumberId) {
                Q_EMIT judged(LockoutGuard::judge(GuardedAccount::ofUser(user), change), true);
                return;
            }
        }
    }
    Q_EMIT judged({}, false);
}

} // namespace PhoneDesk

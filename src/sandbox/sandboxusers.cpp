// SPDX-License-Identifier: MIT
// The sandbox's users and their indexes: by id, by phone number id, by number, newest first.
#include "sandboxusers.h"

#include <algorithm>

namespace PhoneDesk {

SandboxUsers::SandboxUsers(QList<SandboxUser> users, qint64 nowMs)
    : m_users(std::move(users))
{
    m_userIndex.reserve(m_users.size());
    m_newestFirst.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i) {
        const SandboxUser &user = m_users.at(i);
        m_userIndex.insert(user.id, i);
        m_newestFirst.append(i);
        for (const PhoneNumber &phone : user.phones)
            indexPhone(user, phone);
        // Serialized up front, so that no request pays for formatting an untouched user.
        (void)user.json(nowMs);
        (void)user.searchText();
    }
    std::sort(m_newestFirst.begin(), m_newestFirst.end(), [this](int a, int b) {
        const SandboxUser &ua = m_users.at(a);
        const SandboxUser &ub = m_users.at(b);
        return ua.createdAt != ub.createdAt ? ua.createdAt > ub.createdAt : ua.id > ub.id;
    });
}

SandboxUser *SandboxUsers::find(const QString &userId)
{
    const auto it = m_userIndex.constFind(userId);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[*it];
}

SandboxUser *SandboxUsers::ownerOf(const QString &phoneId)
{
    const auto it = m_phoneOwner.constFind(phoneId);
    return it == m_phoneOwner.constEnd() ? nullptr : &m_users[*it];
}

const SandboxUser *SandboxUsers::ownerOf(const QString &phoneId) const
{
    const auto it = m_phoneOwner.constFind(phoneId);
    return it == m_phoneOwner.constEnd() ? nullptr : &m_users.at(*it);
}

void SandboxUsers::indexPhone(const SandboxUser &user, const PhoneNumber &phone)
{
    m_phoneOwner.insert(phone.id, m_userIndex.value(user.id));
    m_numberHolders.insert(phone.phoneNumber, phone.id);
}

void SandboxUsers::unindexPhone(const PhoneNumber &phone)
{
    m_phoneOwner.remove(phone.id);
    m_numberHolders.remove(phone.phoneNumber, phone.id);
}

void SandboxUsers::setPhones(SandboxUser &user, const QList<PhoneNumber> &phones)
{
    for (const PhoneNumber &old : user.phones)
        unindexPhone(old);
    user.phones = phones;
    for (const PhoneNumber &phone : phones)
        indexPhone(user, phone);
    user.primaryPhoneId = phones.isEmpty() ? std::nullopt : std::optional<QString>(phones.first().id);
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxuser.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// The users of the sandbox instance with the indexes that find them: by id, by the phone
// numbers they own, by the numbers they hold, and in Clerk's default order. Not thread-safe:
// SandboxStore holds its lock around every use.
class SandboxUsers
{
public:
    SandboxUsers() = default;
    // Indexes `users` and serializes each one's JSON up front (as of `nowMs`), so that no request
    // pays for formatting an untouched user.
    SandboxUsers(QList<SandboxUser> users, qint64 nowMs);

    [[nodiscard]] int size() const { return static_cast<int>(m_users.size()); }
    [[nodiscard]] const SandboxUser &at(int index) const { return m_users.at(index); }
    [[nodiscard]] SandboxUser &at(int index) { return m_users[index]; }
    // The index of the user with this id; -1 when there is none.
    [[nodiscard]] int indexOf(const QString &userId) const { return m_userIndex.value(userId, -1); }
    [[nodiscard]] SandboxUser *find(const QString &userId);
    // The user owning the phone number with this id; nullptr when no user does.
    [[nodiscard]] SandboxUser *ownerOf(const QString &phoneId);
    [[nodiscard]] const SandboxUser *ownerOf(const QString &phoneId) const;
    // Indices by created_at desc, id desc: Clerk's default order.
    [[nodiscard]] const QList<int> &newestFirst() const { return m_newestFirst; }
    // The ids of the phone numbers, of any user, that hold `number`.
    [[nodiscard]] QStringList holdersOf(const QString &number) const { return m_numberHolders.values(number); }

    // Keeps the indexes in step with a number `user` gained or lost.
    void indexPhone(const SandboxUser &user, const PhoneNumber &phone);
    void unindexPhone(const PhoneNumber &phone);
    // Replaces all of a user's numbers without Clerk's rules, for planting audit cases; the
    // first one becomes primary.
    void setPhones(SandboxUser &user, const QList<PhoneNumber> &phones);

private:
    QList<SandboxUser> m_users;       // never shrinks: indices stay valid
    QHash<QString, int> m_userIndex;  // user id → index
    QList<int> m_newestFirst;         // see newestFirst()
    QHash<QString, int> m_phoneOwner; // phone id → user index
    QMultiHash<QString, QString> m_numberHolders; // number → phone ids holding it
};

} // namespace PhoneDesk

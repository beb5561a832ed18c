// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace PhoneDesk {

// What a journal entry keeps of Clerk's user object, before and after a change: who the user is
// (id, name, username, primary email, to describe the change), their phone numbers with the
// verification and flags that undo restores, and their sign-in and second-factor state (banned,
// locked, two_factor_enabled, totp_enabled, backup_code_enabled, the primary ids). Everything
// else (metadata, external and enterprise accounts, web3 wallets, passkeys, other email
// addresses, images, …) is left out: the journal is for undo and the record, not a copy of the
// customer. The result is still shaped as a user object, so that entries written before, with the
// whole object, are read, shown, exported and undone by the same code.
class JournalSnapshot
{
public:
    // The kept part of `user`; an empty object stays empty ("not known").
    [[nodiscard]] static QJsonObject of(const QJsonObject &user);
    // The kept part of one of its phone numbers.
    [[nodiscard]] static QJsonObject ofNumber(const QJsonObject &number);
};

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/identificationstatus.h"
#include "guard/guardedaccount.h"
#include "ui/list/phonenumberrow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

class PhoneNumberListModel;

// What deleting a number, resetting MFA or replacing all numbers will do to one owner's account,
// in sentences for the confirmation dialogs. It reads the owner's rows as the list has them (every
// number of the owner, in the API's order, with the owner's two_factor / totp / backup-code flags)
// and states only what Clerk will do with that state (see SandboxStore, which mirrors Clerk):
// when the outcome depends on a choice Clerk makes among several numbers, it says so instead of
// guessing; when a flag is unknown, it says what depends on it.
class AccountConsequences
{
    Q_DECLARE_TR_FUNCTIONS(AccountConsequences)

public:
    // The owner's rows in `model`; empty when the owner has no row there.
    [[nodiscard]] static AccountConsequences ofOwner(const PhoneNumberListModel *model, const QString &userId);
    // From rows already gathered (all of one owner's).
    [[nodiscard]] static AccountConsequences ofRows(QList<PhoneNumberRow> rows);

    // Whether the owner's rows are known at all.
    [[nodiscard]] bool isKnown() const { return !m_rows.isEmpty(); }
    [[nodiscard]] bool hasNumber(const QString &phoneId) const { return indexOf(phoneId) >= 0; }
    [[nodiscard]] QString ownerName() const;
    [[nodiscard]] const QList<PhoneNumberRow> &rows() const { return m_rows; }
    // The owner as the lockout guard weighs them: every number of theirs, with the owner's flags.
    [[nodiscard]] GuardedAccount guardedAccount() const;

    // DELETE /phone_numbers/{id}.
    [[nodiscard]] QStringList ofDeleting(const QString &phoneId) const;
    // DELETE /users/{id}/mfa.
    [[nodiscard]] QStringList ofResettingMfa() const;
    // PUT /users/{id}/phone_number with a new number (as it will be shown; empty while none is
    // typed yet) and its identification status.
    [[nodiscard]] QStringList ofReplacing(const QString &newNumber, IdentificationStatus status) const;

    // A number as the list shows it: formatted when it is E.164, else as stored.
    [[nodiscard]] static QString numberText(const PhoneNumberRow &row);

private:
    [[nodiscard]] qsizetype indexOf(const QString &phoneId) const;
    // "a", "a and b", "a, b and c".
    [[nodiscard]] static QString listed(const QStringList &items);
    // "a", "a or b", "a, b or c".
    [[nodiscard]] static QString eitherOf(const QStringList &items);
    [[nodiscard]] static QStringList numbersOf(const QList<const PhoneNumberRow *> &rows);

    QList<PhoneNumberRow> m_rows;
};

} // namespace PhoneDesk

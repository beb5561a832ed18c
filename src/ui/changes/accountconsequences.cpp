// SPDX-License-Identifier: MIT
#include "accountconsequences.h"

#include "ui/list/phonenumberlistmodel.h"

namespace PhoneDesk {

namespace {
bool isOn(const std::optional<bool> &flag)
{
    return flag.value_or(false);
}

bool isOff(const std::optional<bool> &flag)
{
    return flag.has_value() && !*flag;
}

QString joined(const QStringList &items, const QString &conjunction)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.cbegin(), items.cend() - 1).join(QStringLiteral(", ")) + u' ' + conjunction + u' '
           + items.last();
}
} // namespace

AccountConsequences AccountConsequences::ofOwner(const PhoneNumberListModel *model, const QString &userId)
{
    QList<PhoneNumberRow> rows;
    if (model && !userId.isEmpty()) {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).userId == userId)
                rows.append(model->rowAt(i));
        }
    }
    return ofRows(std::move(rows));
}

AccountConsequences AccountConsequences::ofRows(QList<PhoneNumberRow> rows)
{
    AccountConsequences consequences;
    consequences.m_rows = std::move(rows);
    return consequences;
}

QString AccountConsequences::ownerName() const
{
    return m_rows.isEmpty() || m_rows.first().userName.isEmpty() ? tr("the user") : m_rows.first().userName;
}

QString AccountConsequences::numberText(const PhoneNumberRow &row)
{
    return row.info.isE164 && !row.info.international.isEmpty() ? row.info.international : row.phone.phoneNumber;
}

qsizetype AccountConsequences::indexOf(const QString &phoneId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).phone.id == phoneId)
            return i;
    }
    return -1;
}

QString AccountConsequences::listed(const QStringList &items)
{
    return joined(items, tr("and", "the last two of a list: a, b and c"));
}

QString AccountConsequences::eitherOf(const QStringList &items)
{
    return joined(items, tr("or", "the last two of a list: a, b or c"));
}

QStringList AccountConsequences::numbersOf(const QList<const PhoneNumberRow *> &rows)
{
    QStringList numbers;
    for (const PhoneNumberRow *row : rows)
        numbers.append(numberText(*row));
    return numbers;
}

QStringList AccountConsequences::ofDeleting(const QString &phoneId) const
{
    const qsizetype at = indexOf(phoneId);
    if (at < 0)
        return {tr("This number is not in the list any more, so PhoneDesk cannot tell what else changes; search for it again.")};
    const PhoneNumberRow &target = m_rows.at(at);
    const QString number = numberText(target);
    QList<const PhoneNumberRow *> others;
    QList<const PhoneNumberRow *> verifiedOthers;
    QList<const PhoneNumberRow *> reservedOthers;
    for (const PhoneNumberRow &row : m_rows) {
        if (row.phone.id == phoneId)
            continue;
        others.append(&row);
        if (row.phone.isVerified())
            verifiedOthers.append(&row);
        if (isOn(row.phone.reservedForSecondFactor))
            reservedOthers.append(&row);
    }

    QStringList sentences{tr("%1 is deleted from %2's account and cannot be restored.").arg(number, ownerName())};

    // Clerk promotes another number when the primary goes; with several left, which one is its choice.
    if (target.isPrimary && others.size() == 1)
        sentences.append(tr("%1 becomes the primary number.").arg(numberText(*others.first())));
    else if (target.isPrimary && others.size() > 1)
        sentences.append(tr("Clerk makes one of the other numbers primary: %1.").arg(eitherOf(numbersOf(others))));

    if (isOn(target.phone.reservedForSecondFactor)) {
        const QString name = ownerName();
        if (!reservedOthers.isEmpty() && isOn(target.phone.defaultSecondFactor)) {
            sentences.append(reservedOthers.size() == 1
                                 ? tr("%1 becomes the default second factor.").arg(numberText(*reservedOthers.first()))
                                 : tr("Clerk makes one of %1 the default second factor.").arg(eitherOf(numbersOf(reservedOthers))));
        } else if (!reservedOthers.isEmpty()) {
            sentences.append(tr("Two-step sign-in stays on: codes can still go to %1.").arg(listed(numbersOf(reservedOthers))));
        } else if (isOn(target.userTotpEnabled())) {
            sentences.append(tr("Two-step sign-in stays on with %1's authenticator app (TOTP); codes no longer go to a phone.")
                                 .arg(name));
        } else if (isOff(target.userTotpEnabled())) {
            sentences.append(tr("Two-step sign-in turns off: this was %1's only second factor.").arg(name));
            // Clerk keeps backup codes enabled, but they only stand in for a second factor.
            if (isOn(target.userBackupCodeEnabled()))
                sentences.append(tr("%1's backup codes stay, but are not asked for while two-step sign-in is off.").arg(name));
        } else {
            sentences.append(tr("Two-step sign-in turns off unless %1 uses an authenticator app (TOTP), which PhoneDesk "
                                "cannot tell: this was the only number for it.").arg(name));
        }
    }

    if (others.isEmpty())
        sentences.append(tr("%1 will have no phone number left.").arg(ownerName()));
    else if (target.phone.isVerified() && verifiedOthers.isEmpty())
        sentences.append(tr("%1 will have no verified phone number left.").arg(ownerName()));
    return sentences;
}

QStringList AccountConsequences::ofResettingMfa() const
{
    if (m_rows.isEmpty())
        return {tr("PhoneDesk does not have this user's numbers loaded: Clerk removes whatever second factors they have.")};
    const PhoneNumberRow &any = m_rows.first();
    const QString name = ownerName();
    QList<const PhoneNumberRow *> reserved;
    for (const PhoneNumberRow &row : m_rows) {
        if (isOn(row.phone.reservedForSecondFactor))
            reserved.append(&row);
    }

    QStringList sentences;
    if (reserved.size() == 1)
        sentences.append(tr("%1 is no longer a second factor.").arg(numberText(*reserved.first())));
    else if (reserved.size() > 1)
        sentences.append(tr("%1 are no longer second factors.").arg(listed(numbersOf(reserved))));

    if (isOn(any.userTotpEnabled()))
        sentences.append(tr("%1's authenticator app (TOTP) is removed; %1 has to set it up again to use it.").arg(name));
    else if (!any.userTotpEnabled())
        sentences.append(tr("An authenticator app (TOTP), if %1 has one, is removed.").arg(name));

    if (isOn(any.userBackupCodeEnabled()))
        sentences.append(tr("%1's backup codes are turned off.").arg(name));
    else if (!any.userBackupCodeEnabled())
        sentences.append(tr("Backup codes, if %1 has any, are turned off.").arg(name));

    const bool nothingOnRecord = reserved.isEmpty() && isOff(any.userTotpEnabled()) && isOff(any.userBackupCodeEnabled())
                                 && !isOn(any.userTwoFactorEnabled());
    if (nothingOnRecord)
        sentences.append(tr("%1 has no second factor on record, so nothing changes.").arg(name));
    else
        sentences.append(tr("Two-step sign-in turns off: %1 signs in with the first step alone until they set up a second "
                            "factor again.").arg(name));
    sentences.append(tr("The phone numbers stay, verified and primary as they are."));
    return sentences;
}

QStringList AccountConsequences::ofReplacing(const QString &newNumber, IdentificationStatus status) const
{
    if (m_rows.isEmpty())
        return {tr("PhoneDesk does not have this user's numbers loaded: Clerk deletes whatever numbers they have.")};
    const PhoneNumberRow &any = m_rows.first();
    const QString name = ownerName();
    QList<const PhoneNumberRow *> all;
    QList<const PhoneNumberRow *> reserved;
    for (const PhoneNumberRow &row : m_rows) {
        all.append(&row);
        if (isOn(row.phone.reservedForSecondFactor))
            reserved.append(&row);
    }

    QStringList sentences;
    if (all.size() == 1)
        sentences.append(tr("%1, %2's only number, is deleted.").arg(numberText(*all.first()), name));
    else
        sentences.append(tr("All %Ln of %1's numbers are deleted: %2.", nullptr, int(all.size())).arg(name, listed(numbersOf(all))));

    if (!reserved.isEmpty()) {
        // Replacing a second factor disables all of the user's MFA, TOTP and backup codes included.
        QStringList alsoOff;
        if (isOn(any.userTotpEnabled()))
            alsoOff.append(tr("the authenticator app (TOTP)"));
        else if (!any.userTotpEnabled())
            alsoOff.append(tr("an authenticator app (TOTP), if any"));
        if (isOn(any.userBackupCodeEnabled()))
            alsoOff.append(tr("backup codes"));
        else if (!any.userBackupCodeEnabled())
            alsoOff.append(tr("backup codes, if any"));
        const QString was = reserved.size() == 1 ? tr("%1 was a second factor").arg(numberText(*reserved.first()))
                                                 : tr("%1 were second factors").arg(listed(numbersOf(reserved)));
        sentences.append(alsoOff.isEmpty()
                             ? tr("Two-step sign-in turns off: %1, so Clerk disables all of %2's second factors. The new "
                                  "number is not a second factor.").arg(was, name)
                             : tr("Two-step sign-in turns off: %1, so Clerk disables all of %2's second factors, including "
                                  "%3. The new number is not a second factor.").arg(was, name, listed(alsoOff)));
    } else if (isOn(any.userTotpEnabled())) {
        sentences.append(tr("Two-step sign-in stays on with %1's authenticator app (TOTP): none of the deleted numbers was "
                            "a second factor.").arg(name));
    }

    const QString incoming = newNumber.isEmpty() ? tr("The new number") : newNumber;
    switch (status) {
    case IdentificationStatus::Verified:
        sentences.append(tr("%1 becomes %2's only and primary number, verified by an admin: it can be used to sign in at "
                            "once.").arg(incoming, name));
        break;
    case IdentificationStatus::Reserved:
        sentences.append(tr("%1 becomes %2's only and primary number, reserved: not verified, but usable to sign in and "
                            "held so that no other user can claim it.").arg(incoming, name));
        break;
    case IdentificationStatus::Unverified:
        sentences.append(tr("%1 becomes %2's only and primary number, unverified: it cannot be used to sign in and another "
                            "user may claim it. Unless %2 can sign in another way (an email address, a linked account), "
                            "they are locked out and cannot verify it themselves.").arg(incoming, name));
        break;
    }
    return sentences;
}

GuardedAccount AccountConsequences::guardedAccount() const
{
    GuardedAccount account;
    if (m_rows.isEmpty())
        return account;
    const PhoneNumberRow &any = m_rows.first();
    account.name = any.userName.isEmpty() ? tr("the user") : any.userName;
    account.signIn = any.ownerSignIn();
    account.twoFactorEnabled = any.userTwoFactorEnabled();
    account.totpEnabled = any.userTotpEnabled();
    account.backupCodeEnabled = any.userBackupCodeEnabled();
    for (const PhoneNumberRow &row : m_rows)
        account.phones.append(row.phone);
    return account;
}

} // namespace PhoneDesk

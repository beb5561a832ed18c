// SPDX-License-Identifier: MIT
#include "journalfilter.h"

namespace PhoneDesk {

namespace {
QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// "+49 151 …" finds "+49151…": digits are compared when the text has any.
bool numberContains(const QString &number, const QString &wanted)
{
    const QString digits = digitsOf(wanted);
    if (!digits.isEmpty())
        return digitsOf(number).contains(digits);
    return number.contains(wanted, Qt::CaseInsensitive);
}
} // namespace

bool JournalFilter::matches(const JournalEntry &entry) const
{
    if (!operation.isEmpty() && entry.operationName() != operation)
        return false;
    if (!userId.isEmpty() && entry.userId != userId)
        return false;
    if (!phoneNumber.isEmpty() && !numberContains(entry.phoneNumber, phoneNumber))
        return false;
    const QDate day = entry.time.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return true;
    for (const QString &field : {entry.userId, entry.phoneNumberId, entry.id, entry.errorMessage, entry.errorCode}) {
        if (field.contains(wanted, Qt::CaseInsensitive))
            return true;
    }
    return numberContains(entry.phoneNumber, wanted) && !digitsOf(wanted).isEmpty();
}

} // namespace PhoneDesk

// SPDX-License-Identifier: MIT
#include "journaldiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace PhoneDesk {

namespace {
// The field names and the words of its values are English here, for comparing; the journal view
// translates them (context "JournalDiff").
const QString kUnknown = QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "unknown"));

QString yesNo(const QJsonValue &value)
{
    if (!value.isBool())
        return kUnknown;
    return value.toBool() ? QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "yes")) : QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "no"));
}

QList<QString> numberState(const QJsonObject &owner, const QString &phoneNumberId)
{
    if (owner.isEmpty())
        return {kUnknown, kUnknown, kUnknown, kUnknown, kUnknown, kUnknown, kUnknown};
    const QJsonObject number = JournalEntry::numberIn(owner, phoneNumberId);
    const QString twoFactor = yesNo(owner.value(QLatin1StringView("two_factor_enabled")));
    const QString count = QString::number(owner.value(QLatin1StringView("phone_numbers")).toArray().size());
    if (number.isEmpty())
        return {QStringLiteral("no"), QString(), QString(), QString(), QString(), twoFactor, count};
    const QJsonValue verification = number.value(QLatin1StringView("verification"));
    const QString status = verification.isObject()
                               ? verification.toObject().value(QLatin1StringView("status")).toString(kUnknown)
                               : QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "never verified"));
    const QString primary = owner.value(QLatin1StringView("primary_phone_number_id")).toString() == phoneNumberId
                                ? QStringLiteral("yes")
                                : QStringLiteral("no");
    return {QStringLiteral("yes"), status, primary, yesNo(number.value(QLatin1StringView("reserved_for_second_factor"))),
            yesNo(number.value(QLatin1StringView("default_second_factor"))), twoFactor, count};
}
} // namespace

QList<JournalDiff::Field> JournalDiff::of(const JournalEntry &entry)
{
    static const QStringList names = {QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "Number exists")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "Verification")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "Primary")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "Reserved for two-step sign-in")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "Default second factor")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "User has two-step sign-in")),
                                      QStringLiteral(QT_TRANSLATE_NOOP("JournalDiff", "User's phone numbers"))};
    const QList<QString> before = numberState(entry.before, entry.phoneNumberId);
    const QList<QString> after = numberState(entry.after, entry.phoneNumberId);
    QList<Field> fields;
    for (qsizetype i = 0; i < names.size(); ++i) {
        // Without a target number, only the owner's fields say anything.
        if (entry.phoneNumberId.isEmpty() && i < 5)
            continue;
        fields.append({names.at(i), before.at(i), after.at(i)});
    }
    return fields;
}

} // namespace PhoneDesk

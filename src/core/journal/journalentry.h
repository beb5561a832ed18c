// SPDX-License-Identifier: MIT
#pragma once

#include "domain/parsed.h"
#include "journaloperation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace PhoneDesk {

// Where a journal's changes went: the profile and the instance, never the key.
struct JournalSource
{
    QString profile; // the profile's name, "demo" or "environment"
    QString host;    // the API's host (and port when it is not the default)
    QString keyKind; // "development", "production" or "" (from the key's prefix, never the key)
};

// One change made from PhoneDesk, as one line of the journal: what was asked, on which account,
// the owner as the server had them before and after (Clerk's user objects), and the outcome.
struct JournalEntry
{
    enum class Outcome { Done, Failed };

    QString id;
    QDateTime time; // UTC
    JournalSource source;
    JournalOperation operation = JournalOperation::Unknown;
    // The name as written when this version does not know it (operation is Unknown), so that
    // the entry is shown, filtered and exported under the name its writer gave it.
    QString unknownOperation;
    QString request; // e.g. "PATCH /phone_numbers/{id}"
    QString userId;
    QString phoneNumberId;
    QString phoneNumber; // the number as written, for searching
    QString undoes;      // the entry an undo reverted
    // A sign-out everywhere (revoke_sessions): the sessions it revoked and those it could not.
    QStringList revokedSessionIds;
    QStringList failedSessionIds;
    QJsonObject before;  // Clerk's user object before the change; empty when not known
    QJsonObject after;   // Clerk's user object after it; empty when not known
    Outcome outcome = Outcome::Done;
    QString errorCode;    // Clerk's code of a failure
    QString errorMessage; // Clerk's message of a failure
    QString traceId;

    // A change about to be made, before anything is known of its outcome.
    [[nodiscard]] static JournalEntry of(JournalOperation operation, const QString &request, const QString &userId,
                                         const QString &phoneNumberId = {});

    // The "operation" field: "update", "send_code", … or the unknown name as it was read.
    [[nodiscard]] QString operationName() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Parsed<JournalEntry> fromJson(const QJsonObject &json);

    // The target number inside the before / after user objects; empty when it is not there.
    [[nodiscard]] QJsonObject numberBefore() const { return numberIn(before, phoneNumberId); }
    [[nodiscard]] QJsonObject numberAfter() const { return numberIn(after, phoneNumberId); }
    [[nodiscard]] static QJsonObject numberIn(const QJsonObject &user, const QString &phoneNumberId);
    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

} // namespace PhoneDesk

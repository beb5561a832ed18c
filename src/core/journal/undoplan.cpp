// SPDX-License-Identifier: MIT
#include "undoplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace PhoneDesk {

namespace {
QString onOff(bool on)
{
    return on ? QCoreApplication::translate("UndoPlan", "on") : QCoreApplication::translate("UndoPlan", "off");
}

QString primaryOf(const QJsonObject &owner)
{
    return owner.value(QLatin1StringView("primary_phone_number_id")).toString();
}

const QString kBanRequest = QStringLiteral("POST /users/{id}/ban");
const QString kUnbanRequest = QStringLiteral("POST /users/{id}/unban");

QString nameOf(const JournalEntry &entry, const QJsonObject &owner)
{
    const QStringList parts{owner.value(QLatin1StringView("first_name")).toString(),
                            owner.value(QLatin1StringView("last_name")).toString()};
    const QString name = parts.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? entry.userId : name;
}
} // namespace

QString UndoPlan::requestOf(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Patch: return QStringLiteral("PATCH /phone_numbers/{id}");
    case Step::Kind::Create: return QStringLiteral("POST /phone_numbers");
    case Step::Kind::Delete: return QStringLiteral("DELETE /phone_numbers/{id}");
    case Step::Kind::Ban: return kBanRequest;
    case Step::Kind::Unban: return kUnbanRequest;
    }
    return {};
}

std::optional<bool> UndoPlan::bannedBy(const JournalEntry &entry)
{
    // An undo of a ban is an unban, and is undone by banning again: known by its request.
    if (entry.operation == JournalOperation::Ban || (entry.operation == JournalOperation::Undo && entry.request == kBanRequest))
        return true;
    if (entry.operation == JournalOperation::Unban || (entry.operation == JournalOperation::Undo && entry.request == kUnbanRequest))
        return false;
    return std::nullopt;
}

UndoPlan UndoPlan::ofBan(const JournalEntry &entry, bool banned)
{
    UndoPlan plan;
    // A user who was already in that state before: the entry changed nothing an undo could revert.
    const QJsonValue before = entry.before.value(QLatin1StringView("banned"));
    if (before.isBool() && before.toBool() == banned) {
        plan.refusal = banned ? QCoreApplication::translate("UndoPlan",
                                                            "The user was banned already before this change; there "
                                                            "is nothing to undo.")
                              : QCoreApplication::translate("UndoPlan",
                                                            "The user was not banned before this change; there is "
                                                            "nothing to undo.");
        return plan;
    }
    Step step;
    step.kind = banned ? Step::Kind::Unban : Step::Kind::Ban;
    step.userId = entry.userId;
    plan.steps.append(step);
    const QString name = nameOf(entry, entry.after.isEmpty() ? entry.before : entry.after);
    plan.description = banned ? QCoreApplication::translate("UndoPlan", "Unban %1: they can sign in again.").arg(name)
                              : QCoreApplication::translate("UndoPlan",
                                                            "Ban %1 again: they can no longer sign in, and their "
                                                            "sessions end.").arg(name);
    return plan;
}

UndoPlan::Flags UndoPlan::flagsOf(const QJsonObject &owner, const QString &phoneNumberId)
{
    Flags flags;
    const QJsonObject number = JournalEntry::numberIn(owner, phoneNumberId);
    if (number.isEmpty())
        return flags;
    flags.exists = true;
    flags.verified = number.value(QLatin1StringView("verification")).toObject().value(QLatin1StringView("status")).toString()
                     == QLatin1StringView("verified");
    flags.reserved = number.value(QLatin1StringView("reserved_for_second_factor")).toBool();
    flags.primary = primaryOf(owner) == phoneNumberId;
    flags.phoneNumber = number.value(QLatin1StringView("phone_number")).toString();
    return flags;
}

UndoPlan UndoPlan::of(const JournalEntry &entry)
{
    UndoPlan plan;
    const auto refuse = [&plan](const QString &why) {
        plan.refusal = why;
        return plan;
    };
    // What the API cannot give back, whether the change succeeded or not.
    if (entry.operation == JournalOperation::Unlock)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "An unlock cannot be undone: the lockout cannot be put back, and "
                                                  "the user can sign in until they fail too often again."));
    if (entry.operation == JournalOperation::RemoveTotp)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "Removing the authenticator app cannot be undone: the user must "
                                                  "set it up (enroll) again."));
    if (entry.operation == JournalOperation::RemoveBackupCodes)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "Removing backup codes cannot be undone: the user must make "
                                                  "(enroll) new ones."));
    if (entry.operation == JournalOperation::RevokeSessions)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "A sign-out cannot be undone: revoked sessions stay revoked, and "
                                                  "the user signs in again."));
    if (entry.outcome == JournalEntry::Outcome::Failed)
        return refuse(QCoreApplication::translate("UndoPlan", "This change failed, so there is nothing to undo."));
    if (const std::optional<bool> banned = bannedBy(entry))
        return ofBan(entry, *banned);
    if (entry.operation == JournalOperation::ResetMfa)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "A reset of two-step sign-in cannot be undone: Clerk's API cannot "
                                                  "give back an authenticator app or backup codes."));
    if (entry.operation == JournalOperation::ReplaceNumbers)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "Replacing all numbers cannot be undone: the numbers it removed "
                                                  "are deleted with their verifications; add them again with Add "
                                                  "number."));
    if (entry.operation == JournalOperation::SendCode)
        return refuse(QCoreApplication::translate("UndoPlan", "A code that was sent cannot be taken back."));
    if (entry.before.isEmpty() || entry.after.isEmpty())
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "The journal does not have the owner as they were both before and "
                                                  "after this change, so it cannot tell what to restore."));
    if (entry.phoneNumberId.isEmpty())
        return refuse(QCoreApplication::translate("UndoPlan", "The entry names no phone number."));

    const Flags before = flagsOf(entry.before, entry.phoneNumberId);
    const Flags after = flagsOf(entry.after, entry.phoneNumberId);
    if (!before.exists && !after.exists)
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "The number is neither in the state before nor in the state after "
                                                  "this change."));

    if (!before.exists) {
        // Created by the change: deleting it reverts it.
        Step step;
        step.kind = Step::Kind::Delete;
        step.phoneNumberId = entry.phoneNumberId;
        plan.steps.append(step);
        plan.description = QCoreApplication::translate("UndoPlan", "Delete %1 again: it did not exist before this change.")
                               .arg(after.phoneNumber);
        return plan;
    }
    if (!after.exists) {
        // Deleted by the change: added again, as it was (with a new id: Clerk gives one).
        Step step;
        step.kind = Step::Kind::Create;
        step.number.userId = entry.userId;
        step.number.phoneNumber = before.phoneNumber;
        step.number.verified = before.verified;
        if (before.primary)
            step.number.primary = true;
        if (before.reserved)
            step.number.reservedForSecondFactor = true;
        plan.steps.append(step);
        plan.description = QCoreApplication::translate("UndoPlan",
                                                       "Add %1 to the user again: verified %2, primary %3, reserved "
                                                       "for two-step sign-in %4.")
                               .arg(before.phoneNumber, onOff(before.verified), onOff(before.primary), onOff(before.reserved));
        return plan;
    }

    QStringList said;
    Step target;
    target.phoneNumberId = entry.phoneNumberId;
    if (before.verified != after.verified) {
        target.changes.verified = before.verified;
        said.append(QCoreApplication::translate("UndoPlan", "verified back to %1").arg(onOff(before.verified)));
    }
    if (before.reserved != after.reserved) {
        target.changes.reservedForSecondFactor = before.reserved;
        said.append(QCoreApplication::translate("UndoPlan", "reserved for two-step sign-in back to %1")
                        .arg(onOff(before.reserved)));
    }
    if (before.primary && !after.primary) {
        target.changes.primary = true;
        said.append(QCoreApplication::translate("UndoPlan", "primary again"));
    }
    if (!target.changes.isEmpty())
        plan.steps.append(target);
    if (!before.primary && after.primary) {
        // Clerk moves primary only by making another number primary: the earlier one.
        const QString earlier = primaryOf(entry.before);
        const Flags earlierFlags = flagsOf(entry.before, earlier);
        if (earlier.isEmpty() || !earlierFlags.exists)
            return refuse(QCoreApplication::translate("UndoPlan",
                                                      "The number was made primary when the user had no other "
                                                      "primary number; Clerk cannot take primary away without "
                                                      "making another number primary."));
        Step other;
        other.phoneNumberId = earlier;
        other.changes.primary = true;
        plan.steps.append(other);
        said.append(QCoreApplication::translate("UndoPlan", "%1 primary again").arg(earlierFlags.phoneNumber));
    }
    if (plan.steps.isEmpty())
        return refuse(QCoreApplication::translate("UndoPlan",
                                                  "This change left verified, primary and two-step sign-in as they "
                                                  "were; there is nothing the API can revert."));
    plan.description = QCoreApplication::translate("UndoPlan", "Set %1: %2.")
                           .arg(before.phoneNumber, said.join(QStringLiteral(", ")));
    return plan;
}

QStringList UndoPlan::drift(const JournalEntry &entry, const QJsonObject &ownerNow)
{
    QStringList drifted;
    if (const std::optional<bool> banned = bannedBy(entry)) {
        // The undo would flip the ban: only while the user is still as the entry left them.
        const QJsonValue now = ownerNow.value(QLatin1StringView("banned"));
        if (!now.isBool())
            drifted.append(QCoreApplication::translate("UndoPlan", "Whether the user is banned now is not known."));
        else if (now.toBool() != *banned)
            drifted.append(*banned ? QCoreApplication::translate("UndoPlan",
                                                                 "The user is no longer banned: they were unbanned "
                                                                 "after this change.")
                                   : QCoreApplication::translate("UndoPlan",
                                                                 "The user is banned again: they were banned after "
                                                                 "this change."));
        return drifted;
    }
    const Flags after = flagsOf(entry.after, entry.phoneNumberId);
    const Flags now = flagsOf(ownerNow, entry.phoneNumberId);
    const QString number = after.exists ? after.phoneNumber : flagsOf(entry.before, entry.phoneNumberId).phoneNumber;
    if (!after.exists) {
        if (now.exists)
            drifted.append(QCoreApplication::translate("UndoPlan", "%1 exists again (id %2).").arg(number, entry.phoneNumberId));
        // Re-creating would be refused as taken, or would add a second copy.
        const QJsonArray numbers = ownerNow.value(QLatin1StringView("phone_numbers")).toArray();
        for (const QJsonValue &each : numbers) {
            const QJsonObject other = each.toObject();
            if (other.value(QLatin1StringView("phone_number")).toString() == number)
                drifted.append(QCoreApplication::translate("UndoPlan", "The user has %1 again, as %2.")
                                   .arg(number, other.value(QLatin1StringView("id")).toString()));
        }
        return drifted;
    }
    if (!now.exists) {
        drifted.append(QCoreApplication::translate("UndoPlan", "%1 was deleted after this change.").arg(number));
        return drifted;
    }
    const auto compare = [&](const QString &what, bool then, bool current) {
        if (then != current)
            drifted.append(QCoreApplication::translate("UndoPlan", "%1 of %2 is now %3; this change left it %4.")
                               .arg(what, number, onOff(current), onOff(then)));
    };
    compare(QCoreApplication::translate("UndoPlan", "Verified"), after.verified, now.verified);
    compare(QCoreApplication::translate("UndoPlan", "Primary"), after.primary, now.primary);
    compare(QCoreApplication::translate("UndoPlan", "Reserved for two-step sign-in"), after.reserved, now.reserved);
    // The earlier primary number the undo makes primary again must still be there.
    const Flags before = flagsOf(entry.before, entry.phoneNumberId);
    if (before.exists && !before.primary && after.primary) {
        const QString earlier = primaryOf(entry.before);
        if (!earlier.isEmpty() && !flagsOf(ownerNow, earlier).exists)
            drifted.append(QCoreApplication::translate("UndoPlan",
                                                       "The earlier primary number %1 was deleted after this change.")
                               .arg(flagsOf(entry.before, earlier).phoneNumber));
    }
    return drifted;
}

} // namespace PhoneDesk

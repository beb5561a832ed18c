// SPDX-License-Identifier: MIT
// Unlock a user whom Clerk locked after too many failed sign-in attempts (POST /users/{id}/unlock):
// they can sign in again at once. Shows the lockout as Clerk has it now (when it would end by
// itself, the attempts left); says when the user is not locked. See SignInFixDialog.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

SignInFixDialog {
    id: dialog

    objectName: "unlockDialog"
    action: SignInFix.Unlock
    title: qsTr("Unlock %1?").arg(userName)
    actionText: qsTr("Unlock")
    busyText: qsTr("Unlocking…")
    stateText: qsTr("Now: %1").arg(lockoutText())

    // The lockout as Clerk has it: when it would end (in the locale's time), the attempts left.
    function lockoutText() {
        const owner = dialog.owner
        if (owner.locked !== true)
            return owner.locked === false ? qsTr("not locked") : qsTr("lockout unknown")
        const lock = Format.isDate(owner.lockoutEndsAt)
                   ? qsTr("locked; the lockout would end by itself %1 (%2)")
                     .arg(Format.relative(owner.lockoutEndsAt, Clock.now))
                     .arg(owner.lockoutEndsAt.toLocaleTimeString(Format.locale(), Locale.ShortFormat))
                   : qsTr("locked, and the lockout never ends by itself")
        if (!Format.isKnown(owner.verificationAttemptsRemaining))
            return lock
        return lock + " · " + qsTr("%Ln attempts left", "", owner.verificationAttemptsRemaining)
    }
}

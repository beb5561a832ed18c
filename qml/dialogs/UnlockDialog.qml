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
    title: "Unlock " + userName + "?"
    actionText: "Unlock"
    busyText: "Unlocking…"
    stateText: "Now: " + (owner.locked === true
                          ? (Format.isDate(owner.lockoutEndsAt)
                             ? "locked; the lockout would end by itself " + Format.relative(owner.lockoutEndsAt, Clock.now)
                               + " (" + Qt.formatDateTime(owner.lockoutEndsAt, "HH:mm") + ")"
                             : "locked, and the lockout never ends by itself")
                            + (Format.isKnown(owner.verificationAttemptsRemaining)
                               ? " · " + Format.plural(owner.verificationAttemptsRemaining, "attempt", "attempts") + " left" : "")
                          : owner.locked === false ? "not locked" : "lockout unknown")
}

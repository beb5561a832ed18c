// SPDX-License-Identifier: MIT
// Unban a user (POST /users/{id}/unban): they can sign in again; sessions the ban ended stay
// ended. Ban undoes it (here or from the journal). See SignInFixDialog.
import QtQuick
import PhoneDesk

SignInFixDialog {
    id: dialog

    objectName: "unbanDialog"
    action: SignInFix.Unban
    title: "Unban " + userName + "?"
    actionText: "Unban"
    busyText: "Unbanning…"
    stateText: "Now: " + (owner.banned === true ? "banned: Clerk refuses every sign-in of theirs"
                          : owner.banned === false ? "not banned" : "ban unknown")
}

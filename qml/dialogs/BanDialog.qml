// SPDX-License-Identifier: MIT
// Ban a user (POST /users/{id}/ban): Clerk refuses every sign-in of theirs and ends every session
// they have, until an admin unbans them. Unban undoes it (here or from the journal); the ended
// sessions stay ended. See SignInFixDialog.
import QtQuick
import PhoneDesk

SignInFixDialog {
    id: dialog

    objectName: "banDialog"
    action: SignInFix.Ban
    title: "Ban " + userName + "?"
    actionText: "Ban"
    busyText: "Banning…"
    stateText: "Now: " + (owner.banned === true ? "banned" : owner.banned === false ? "not banned" : "ban unknown")
               + ". A ban signs them out of every session at once, and no sign-in works until they are unbanned."
}

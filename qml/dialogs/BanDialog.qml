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
    title: qsTr("Ban %1?").arg(userName)
    actionText: qsTr("Ban")
    busyText: qsTr("Banning…")
    stateText: qsTr("Now: %1. A ban signs them out of every session at once, and no sign-in works until they are unbanned.")
               .arg(owner.banned === true ? qsTr("banned") : owner.banned === false ? qsTr("not banned") : qsTr("ban unknown"))
}

// SPDX-License-Identifier: MIT
// Unban a user (POST /users/{id}/unban): they can sign in again; sessions the ban ended stay
// ended. Ban undoes it (here or from the journal). See SignInFixDialog.
import QtQuick
import PhoneDesk

SignInFixDialog {
    id: dialog

    objectName: "unbanDialog"
    action: SignInFix.Unban
    title: qsTr("Unban %1?").arg(userName)
    actionText: qsTr("Unban")
    busyText: qsTr("Unbanning…")
    stateText: qsTr("Now: %1").arg(owner.banned === true ? qsTr("banned: Clerk refuses every sign-in of theirs")
                                   : owner.banned === false ? qsTr("not banned") : qsTr("ban unknown"))
}

// SPDX-License-Identifier: MIT
// Edit › Sign-in: the sign-in fixes for the selected number's owner, by name as SignInActions
// has them ("unlock", "ban", "unban", "revokeSessions", "removeTotp", "removeBackupCodes"). Each
// dialog reads the user again and says when there is nothing to do.
import QtQuick
import QtQuick.Controls
import PhoneDesk

FittedMenu {
    id: menu

    signal actionRequested(string action)

    title: qsTr("&Sign-in")

    Action {
        text: qsTr("&Unlock user…")
        onTriggered: menu.actionRequested("unlock")
    }
    Action {
        text: qsTr("&Ban user…")
        onTriggered: menu.actionRequested("ban")
    }
    Action {
        text: qsTr("U&nban user…")
        onTriggered: menu.actionRequested("unban")
    }
    Action {
        text: qsTr("&Sign out everywhere…")
        onTriggered: menu.actionRequested("revokeSessions")
    }
    Action {
        text: qsTr("Remove &authenticator app…")
        onTriggered: menu.actionRequested("removeTotp")
    }
    Action {
        text: qsTr("Remove backup &codes…")
        onTriggered: menu.actionRequested("removeBackupCodes")
    }
}

// SPDX-License-Identifier: MIT
// Sign a user out everywhere: lists their active sessions (GET /sessions?user_id=…&status=active)
// with the device, browser and place each was last used from and when, then revokes them one by
// one (POST /sessions/{id}/revoke) and stays open to report what became of each. Says when no
// session is active. Cannot be undone: every device must sign in again. See SignInFixDialog.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

SignInFixDialog {
    id: dialog

    readonly property int sessionCount: fixer.sessions.length

    objectName: "signOutEverywhereDialog"
    action: SignInFix.RevokeSessions
    title: qsTr("Sign %1 out everywhere?").arg(userName)
    actionText: sessionCount > 0 ? qsTr("Sign out of %Ln sessions", "", sessionCount) : qsTr("Sign out everywhere")
    busyText: qsTr("Signing out…")
    // It reports each session's outcome before it closes.
    closesWhenDone: false
    actionShown: !fixer.made
    cancelText: fixer.made ? qsTr("Close") : qsTr("Cancel")
    stateText: fixer.made ? ""
               : sessionCount > 0 ? qsTr("Now: %Ln active sessions, newest first:", "", sessionCount)
               : ""

    Connections {
        target: dialog.fixer
        function onMadeChanged() {
            if (dialog.fixer.made)
                dialog.focusCancel()
        }
    }

    EditNotice {
        objectName: "signOutReport"
        visible: dialog.fixer.made
        tone: "success"
        title: qsTr("Signed out")
        message: dialog.sessionCount === 0
                 ? qsTr("No session of %1 was active any more: nothing was sent.").arg(dialog.userName)
                 : qsTr("%Ln sessions were revoked. %1 must sign in again on every device.", "", dialog.fixer.revokedCount)
                   .arg(dialog.userName)
    }
    SessionList {
        objectName: "sessionList"
        sessions: dialog.fixer.sessions
    }
}

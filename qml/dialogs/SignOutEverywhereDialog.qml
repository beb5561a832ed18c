// SPDX-License-Identifier: MIT
// Sign a user out everywhere: lists their active sessions (GET /sessions?user_id=…&status=active)
// with the device, browser and place each was last used from and when, then revokes them one by
// one (POST /sessions/{id}/revoke) and stays open to report what became of each. Says when no
// session is active. Cannot be undone: every device must sign in again. See SignInFixDialog.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

SignInFixDialog {
    id: dialog

    readonly property int sessionCount: fixer.sessions.length

    objectName: "signOutEverywhereDialog"
    action: SignInFix.RevokeSessions
    title: "Sign " + userName + " out everywhere?"
    actionText: sessionCount > 0 ? "Sign out of " + Format.plural(sessionCount, "session", "sessions") : "Sign out everywhere"
    busyText: "Signing out…"
    // It reports each session's outcome before it closes.
    closesWhenDone: false
    actionShown: !fixer.made
    cancelText: fixer.made ? "Close" : "Cancel"
    stateText: fixer.made ? ""
               : sessionCount > 0 ? "Now: " + Format.plural(sessionCount, "active session", "active sessions") + ", newest first:"
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
        title: "Signed out"
        message: dialog.sessionCount === 0
                 ? "No session of " + dialog.userName + " was active any more: nothing was sent."
                 : Format.plural(dialog.fixer.revokedCount, "session was", "sessions were") + " revoked. "
                   + dialog.userName + " must sign in again on every device."
    }
    SessionList {
        objectName: "sessionList"
        sessions: dialog.fixer.sessions
    }
}

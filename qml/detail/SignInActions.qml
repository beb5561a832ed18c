// SPDX-License-Identifier: MIT
// The sign-in fixes for the selected number's owner, always at hand under the sign-in check:
// Unlock, Ban or Unban, Sign out everywhere, Remove authenticator app, Remove backup codes. Each
// asks Main for its dialog by name ("unlock", "ban", "unban", "revokeSessions", "removeTotp",
// "removeBackupCodes"); the dialog reads the user again and says when there is nothing to do.
// Buttons whose fix has nothing to act on, as the check read the user, are off.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Flow {
    id: actions

    // SignInChecker's user: the fields the buttons follow.
    property var user: ({})
    property bool diagnosed: false

    signal actionRequested(string action)

    spacing: Theme.gapS
    Layout.fillWidth: true
    Layout.topMargin: Theme.gapS

    component FixButton: Button {
        property string actionName
        property string hint
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: hint
        Accessible.name: text.replace("…", "")
        Accessible.description: hint
        onClicked: actions.actionRequested(actionName)
    }

    FixButton {
        objectName: "signInUnlockButton"
        actionName: "unlock"
        text: qsTr("Unlock…")
        hint: qsTr("Lift the lockout after too many failed sign-in attempts")
        enabled: !actions.diagnosed || actions.user.locked !== false
    }
    FixButton {
        objectName: "signInBanButton"
        // One button: a banned user is unbanned, anyone else banned.
        actionName: actions.user.banned === true ? "unban" : "ban"
        text: actions.user.banned === true ? qsTr("Unban…") : qsTr("Ban…")
        hint: actions.user.banned === true ? qsTr("Let the user sign in again")
                                           : qsTr("Stop the user from signing in and end their sessions; Unban undoes it")
    }
    FixButton {
        objectName: "signInRevokeSessionsButton"
        actionName: "revokeSessions"
        text: qsTr("Sign out everywhere…")
        hint: qsTr("End every active session of the user, on every device")
    }
    FixButton {
        objectName: "signInRemoveTotpButton"
        actionName: "removeTotp"
        text: qsTr("Remove authenticator app…")
        hint: qsTr("Delete the user's authenticator app (TOTP), e.g. after they lost their phone")
        enabled: !actions.diagnosed || actions.user.totpEnabled !== false
    }
    FixButton {
        objectName: "signInRemoveBackupCodesButton"
        actionName: "removeBackupCodes"
        text: qsTr("Remove backup codes…")
        hint: qsTr("Delete the user's backup codes, e.g. after they were exposed")
        enabled: !actions.diagnosed || actions.user.backupCodeEnabled !== false
    }
}

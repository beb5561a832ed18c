// SPDX-License-Identifier: MIT
// Remove a user's backup codes (DELETE /users/{id}/backup_code), e.g. after they were exposed:
// every code stops working; the user can make new ones once signed in. Cannot be undone. See
// SignInFixDialog.
import QtQuick
import PhoneDesk

SignInFixDialog {
    id: dialog

    objectName: "removeBackupCodesDialog"
    action: SignInFix.RemoveBackupCodes
    title: qsTr("Remove %1's backup codes?").arg(userName)
    actionText: qsTr("Remove backup codes")
    busyText: qsTr("Removing…")
    stateText: qsTr("Now: backup codes %1 · authenticator app %2 · two-step sign-in %3")
               .arg(onOff(owner.backupCodeEnabled)).arg(onOff(owner.totpEnabled)).arg(onOff(owner.twoFactorEnabled))
}

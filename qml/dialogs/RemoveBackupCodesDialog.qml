// SPDX-License-Identifier: MIT
// Remove a user's backup codes (DELETE /users/{id}/backup_code), e.g. after they were exposed:
// every code stops working; the user can make new ones once signed in. Cannot be undone. See
// SignInFixDialog.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

SignInFixDialog {
    id: dialog

    objectName: "removeBackupCodesDialog"
    action: SignInFix.RemoveBackupCodes
    title: "Remove " + userName + "'s backup codes?"
    actionText: "Remove backup codes"
    busyText: "Removing…"
    stateText: "Now: backup codes " + Format.onOff(owner.backupCodeEnabled).toLowerCase()
               + " · authenticator app " + Format.onOff(owner.totpEnabled).toLowerCase()
               + " · two-step sign-in " + Format.onOff(owner.twoFactorEnabled).toLowerCase()
}

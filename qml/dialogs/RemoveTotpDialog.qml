// SPDX-License-Identifier: MIT
// Remove a user's authenticator app (DELETE /users/{id}/totp), e.g. after they lost the phone it
// was on: the codes it makes stop working, and when it was their last second factor two-step
// sign-in turns off (the lockout guard's warning says so). Cannot be undone. See SignInFixDialog.
import QtQuick
import PhoneDesk

SignInFixDialog {
    id: dialog

    objectName: "removeTotpDialog"
    action: SignInFix.RemoveTotp
    title: qsTr("Remove %1's authenticator app?").arg(userName)
    actionText: qsTr("Remove authenticator app")
    busyText: qsTr("Removing…")
    stateText: qsTr("Now: authenticator app %1 · backup codes %2 · two-step sign-in %3")
               .arg(onOff(owner.totpEnabled)).arg(onOff(owner.backupCodeEnabled)).arg(onOff(owner.twoFactorEnabled))
}

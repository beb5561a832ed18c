// SPDX-License-Identifier: MIT
// Remove a user's authenticator app (DELETE /users/{id}/totp), e.g. after they lost the phone it
// was on: the codes it makes stop working, and when it was their last second factor two-step
// sign-in turns off (the lockout guard's warning says so). Cannot be undone. See SignInFixDialog.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

SignInFixDialog {
    id: dialog

    objectName: "removeTotpDialog"
    action: SignInFix.RemoveTotp
    title: "Remove " + userName + "'s authenticator app?"
    actionText: "Remove authenticator app"
    busyText: "Removing…"
    stateText: "Now: authenticator app " + Format.onOff(owner.totpEnabled).toLowerCase()
               + " · backup codes " + Format.onOff(owner.backupCodeEnabled).toLowerCase()
               + " · two-step sign-in " + Format.onOff(owner.twoFactorEnabled).toLowerCase()
}

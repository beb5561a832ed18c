// SPDX-License-Identifier: MIT
// The dialogs that change an account, by the names of the actions that open them (NumberActions,
// SignInActions, the sign-in check's findings, the Edit menu): Main makes the one asked for anew
// each time, with the row and the list model each change goes through.
import QtQuick
import PhoneDesk

QtObject {
    readonly property Component add: Component { AddNumberDialog {} }
    readonly property var byAction: ({
        "edit": editDialog,
        "verify": verificationDialog,
        "delete": deleteDialog,
        "resetMfa": resetMfaDialog,
        "replace": replaceDialog,
        "unlock": unlockDialog,
        "ban": banDialog,
        "unban": unbanDialog,
        "removeTotp": removeTotpDialog,
        "removeBackupCodes": removeBackupCodesDialog,
        "revokeSessions": signOutDialog,
    })

    // The dialog of `action`; null for a name that has none.
    function of(action) {
        return byAction[action] !== undefined ? byAction[action] : null
    }

    property Component editDialog: Component { EditNumberDialog {} }
    property Component verificationDialog: Component { VerificationDialog {} }
    property Component deleteDialog: Component { DeleteNumberDialog {} }
    property Component resetMfaDialog: Component { ResetMfaDialog {} }
    property Component replaceDialog: Component { ReplaceNumbersDialog {} }
    property Component unlockDialog: Component { UnlockDialog {} }
    property Component banDialog: Component { BanDialog {} }
    property Component unbanDialog: Component { UnbanDialog {} }
    property Component removeTotpDialog: Component { RemoveTotpDialog {} }
    property Component removeBackupCodesDialog: Component { RemoveBackupCodesDialog {} }
    property Component signOutDialog: Component { SignOutEverywhereDialog {} }
}

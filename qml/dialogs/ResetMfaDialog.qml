// SPDX-License-Identifier: MIT
// Reset a user's MFA (DELETE /users/{id}/mfa) after a confirmation that names the user and lists
// the second factors that go: numbers reserved for two-step sign-in, the authenticator app, backup
// codes. The phone numbers themselves stay. Needs `row` and `phoneNumbers` (the list model it goes
// through): `row` is one row of Workspace.filtered.get() (roles by name: userId, userName,
// userEmail); any of the user's rows will do. On production the agent must type the user id (see
// ProductionGuard). It closes itself once Clerk reset the MFA and every row of the user shows it.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

ConfirmationDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    property var row: ({})
    readonly property string userName: Format.text(row.userName, Format.text(row.userId, qsTr("this user")))
    readonly property alias resetter: resetter

    objectName: "resetMfaDialog"
    title: qsTr("Reset MFA for %1?").arg(userName)
    subtitle: qsTr("All second factors of this account are removed at once")
              + (Format.isKnown(row.userEmail) ? " · " + row.userEmail : "")
    actionText: qsTr("Reset MFA")
    busyText: qsTr("Resetting…")
    // On production the agent types the user id: this cannot be undone.
    productionConfirmation: row.userId !== undefined ? [String(row.userId)] : []
    productionConfirmationName: qsTr("the user id")
    change: MfaResetter {
        id: resetter
        model: dialog.phoneNumbers
        userId: dialog.row.userId !== undefined ? String(dialog.row.userId) : ""
    }
}

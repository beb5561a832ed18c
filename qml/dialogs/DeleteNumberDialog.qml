// SPDX-License-Identifier: MIT
// Delete one phone number (DELETE /phone_numbers/{id}) after a confirmation that names the number
// and its owner and spells out what else changes: which number becomes primary, whether two-step
// sign-in turns off, whether the owner is left without a verified number. Needs `row` and
// `phoneNumbers` (the list model it goes through): `row` is one row of Workspace.filtered.get()
// (roles by name: id, phoneNumber, formatted, isE164, userName, userEmail). On production the agent
// must type the number (see ProductionGuard). Open it with open(); it closes itself once Clerk
// deleted the number and the list shows it gone.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

ConfirmationDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    property var row: ({})
    readonly property string numberText: Format.number(row.formatted, row.phoneNumber, row.isE164)
    readonly property alias deleter: deleter

    objectName: "deleteNumberDialog"
    title: qsTr("Delete %1?").arg(numberText)
    subtitle: qsTr("From the account of %1").arg(Format.text(row.userName, qsTr("an unknown owner")))
              + (Format.isKnown(row.userEmail) ? " · " + row.userEmail : "")
    actionText: qsTr("Delete number")
    busyText: qsTr("Deleting…")
    // On production the agent types the number, as shown or in E.164.
    productionConfirmation: [numberText, row.phoneNumber].filter(t => t !== undefined && String(t).length > 0)
    productionConfirmationName: qsTr("the phone number")
    change: PhoneNumberDeleter {
        id: deleter
        model: dialog.phoneNumbers
        phoneNumberId: dialog.row.id !== undefined ? String(dialog.row.id) : ""
    }
}

// SPDX-License-Identifier: MIT
// Replace all of a user's phone numbers with one (PUT /users/{id}/phone_number), behind a warning
// that the others are deleted and that MFA is disabled when one of them was a second factor. The
// new number is checked as it is typed and sent in E.164; its status is Clerk's
// identification_status: verified (Clerk's default), reserved or unverified. Needs `row` and
// `phoneNumbers` (the list model it goes through): `row` is one row of Workspace.filtered.get()
// (roles by name: userId, userName, userEmail); any of the user's rows will do. On production the
// agent must type the user id (see ProductionGuard). It closes itself once Clerk replaced the
// numbers and the list shows the new one; typed input is never dropped without asking.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ConfirmationDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    property var row: ({})
    readonly property string userName: Format.text(row.userName, Format.text(row.userId, qsTr("this user")))
    readonly property alias replacer: replacer

    objectName: "replaceNumbersDialog"
    title: qsTr("Replace all numbers of %1?").arg(userName)
    subtitle: qsTr("One new number takes the place of all of this account's numbers")
              + (Format.isKnown(row.userEmail) ? " · " + row.userEmail : "")
    actionText: qsTr("Replace all numbers")
    busyText: qsTr("Replacing…")
    // On production the agent types the user id: this cannot be undone.
    productionConfirmation: row.userId !== undefined ? [String(row.userId)] : []
    productionConfirmationName: qsTr("the user id")
    hasUnsentInput: replacer.hasUnsentInput
    initialFocusItem: numberField
    change: PhoneNumberReplacer {
        id: replacer
        model: dialog.phoneNumbers
        userId: dialog.row.userId !== undefined ? String(dialog.row.userId) : ""
    }
    onDiscarded: replacer.clear()
    onAboutToShow: {
        if (!replacer.busy)
            replacer.clear()
    }

    Label {
        text: qsTr("New number")
        font.weight: Font.DemiBold
    }
    TextField {
        id: numberField
        objectName: "newNumberField"
        placeholderText: qsTr("+49 151 23456789", "an example number in the format of the language's country")
        text: replacer.number.text
        enabled: !replacer.busy
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("New number, with its country code")
        Accessible.description: replacer.number.valid ? replacer.number.description : replacer.number.problem
        onTextEdited: replacer.number.text = text
        Layout.fillWidth: true
    }
    Label {
        objectName: "newNumberValidity"
        visible: text.length > 0
        text: replacer.number.valid ? "✓ " + replacer.number.description : replacer.number.problem
        color: Theme.toneForeground(replacer.number.valid ? "success" : "danger")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("The new number starts as")
        font.weight: Font.DemiBold
        Layout.topMargin: Theme.gapS
    }
    ButtonGroup { id: statusGroup }
    Repeater {
        model: [
            { status: IdentificationStatus.Verified, name: "verified", label: qsTr("Verified"),
              explanation: qsTr("Marked verified by an admin: usable to sign in at once. Clerk's default.") },
            { status: IdentificationStatus.Reserved, name: "reserved", label: qsTr("Reserved"),
              explanation: qsTr("Not verified, but usable to sign in and held so that no other user can claim it.") },
            { status: IdentificationStatus.Unverified, name: "unverified", label: qsTr("Unverified"),
              explanation: qsTr("Cannot be used to sign in and not held. If the user has no other way to sign in, they are locked out.") }
        ]
        delegate: ColumnLayout {
            required property var modelData
            spacing: 0
            Layout.fillWidth: true
            RadioButton {
                objectName: "status_" + modelData.name
                text: modelData.label
                checked: replacer.identificationStatus === modelData.status
                enabled: !replacer.busy
                ButtonGroup.group: statusGroup
                leftPadding: 0
                Accessible.description: modelData.explanation
                onToggled: if (checked) replacer.identificationStatus = modelData.status
            }
            Label {
                text: modelData.explanation
                color: modelData.status === IdentificationStatus.Unverified ? Theme.toneForeground("warning") : Theme.secondaryText
                wrapMode: Text.Wrap
                leftPadding: Theme.gapXxl + Theme.gapXs
                Layout.fillWidth: true
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// Edit one number's verified / primary / two-step flags. The dialog owns its PhoneNumberEditor:
// the draft is checked before sending, every change is shown as before → after, Clerk's refusal
// is shown next to the field it names, and unsent changes are never dropped without asking.
// On production, Save waits for the agent to confirm the instance (ProductionGuard).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ModalDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    // One row of Workspace.filtered.get() (roles by name): the number to edit.
    property var row: ({})
    readonly property string numberText: Format.number(row.formatted, row.phoneNumber, row.isE164)
    readonly property alias editor: editor
    readonly property alias productionGuard: guard

    objectName: "editNumberDialog"
    title: qsTr("Edit %1").arg(numberText)
    titleName: "editTitle"
    // Cancel, Escape: closes at once without changes, asks first with them.
    hasUnsentInput: editor.hasUnsentInput
    discardTitle: qsTr("Discard the changes to %1?").arg(dialog.numberText)
    discardMessage: qsTr("Nothing has been sent to Clerk yet. Discarding keeps the number as it is.")
    onDiscarded: editor.revert()

    PhoneNumberEditor {
        id: editor
        model: dialog.phoneNumbers
        phoneNumberId: dialog.row.id !== undefined ? String(dialog.row.id) : ""
        onDone: dialog.close()
    }

    onOpened: verifiedRow.focusSwitch()
    onAboutToShow: guard.reset()

    function yesNo(on) { return on ? qsTr("Yes") : qsTr("No") }
    // Which switch a Clerk error's meta.param_name names: "verified", "primary", "reserved", or ""
    // for none (the message then goes at the top).
    function fieldOfParam(param) {
        const name = String(param || "").toLowerCase()
        if (name.indexOf("reserved") >= 0 || name.indexOf("second_factor") >= 0)
            return "reserved"
        if (name.indexOf("primary") >= 0)
            return "primary"
        if (name.indexOf("verif") >= 0)
            return "verified"
        return ""
    }
    readonly property string errorField: editor.error.length > 0 ? fieldOfParam(editor.errorField) : ""
    // The lockout guard's verdict on the draft: no phone number or no way at all left to sign in
    // with, or 2FA turned off.
    readonly property bool lockoutRisk: editor.lockoutWarning.length > 0

    buttons: [
        Button {
            objectName: "editSaveButton"
            text: editor.busy ? qsTr("Saving…") : editor.retryable ? qsTr("Try again") : qsTr("Save")
            enabled: editor.canSubmit && guard.confirmed
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (guard.confirmed)
                    editor.submit()
            }
        },
        Button {
            objectName: "editCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        Label {
            objectName: "editOwnerLine"
            text: Format.text(dialog.row.userName, qsTr("Unknown owner")) + " · " + Format.text(dialog.row.userEmail, qsTr("no email address"))
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        EditNotice {
            objectName: "editStaleNotice"
            tone: "warning"
            title: qsTr("Changed on the server")
            message: editor.staleNotice
            visible: editor.staleNotice.length > 0
        }
        ErrorNotice {
            objectName: "editTopError"
            // Clerk's refusals carry a code; a failure on the way does not.
            title: fromClerk ? qsTr("Clerk refused the change") : qsTr("The change was not made")
            message: editor.error
            code: editor.errorCode
            traceId: editor.errorTraceId
            visible: editor.error.length > 0 && dialog.errorField.length === 0
        }

        EditFlagSwitch {
            id: verifiedRow
            objectName: "verifiedRow"
            switchName: "verifiedSwitch"
            text: qsTr("Verified")
            explanation: qsTr("Codes sent to this number count as proof the user owns it. Only verified numbers can be used to sign in.")
            checked: editor.verified
            onToggled: (on) => editor.verified = on
            enabled: !editor.busy
            error: dialog.errorField === "verified" ? editor.error : ""
            traceId: editor.errorTraceId
        }
        EditNotice {
            objectName: "editLockoutWarning"
            tone: "danger"
            title: qsTr("Sign-in or two-step sign-in at risk")
            message: editor.lockoutWarning
            visible: dialog.lockoutRisk
        }
        EditFlagSwitch {
            objectName: "primaryRow"
            switchName: "primarySwitch"
            text: qsTr("Primary")
            explanation: qsTr("The number shown and used first for this user. To change it, make another number primary; it cannot just be removed.")
            checked: editor.primary
            onToggled: (on) => editor.primary = on
            enabled: !editor.busy
            error: dialog.errorField === "primary" ? editor.error : ""
            traceId: editor.errorTraceId
        }
        EditFlagSwitch {
            objectName: "reservedRow"
            switchName: "reservedSwitch"
            text: qsTr("Reserved for two-step sign-in")
            explanation: qsTr("Needs a verified number. Codes for the second step go here; it becomes the default second factor if the user has none.")
            checked: editor.reservedForSecondFactor
            onToggled: (on) => editor.reservedForSecondFactor = on
            enabled: !editor.busy
            error: dialog.errorField === "reserved" ? editor.error : ""
            traceId: editor.errorTraceId
        }

        Label {
            objectName: "editValidation"
            visible: text.length > 0
            text: editor.validationError
            color: Theme.toneForeground("danger")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // On production: names the instance and holds Save until the agent ticks that they mean it.
        ProductionGuard {
            id: guard
            inputEnabled: !editor.busy
        }

        RowLayout {
            objectName: "editBusyIndicator"
            visible: editor.busy
            spacing: Theme.gapM
            BusyIndicator {
                running: editor.busy
                implicitWidth: 24
                implicitHeight: 24
            }
            Label {
                text: qsTr("Sending to Clerk…")
                color: Theme.secondaryText
            }
        }

        // The draft against what is saved.
        Rectangle {
            objectName: "editChanges"
            visible: editor.hasUnsentInput
            color: Theme.sectionBackground
            border.color: Theme.separator
            radius: Theme.radius
            implicitHeight: changes.implicitHeight + 2 * Theme.gapM
            Layout.fillWidth: true

            ColumnLayout {
                id: changes
                anchors.fill: parent
                anchors.margins: Theme.gapM
                spacing: Theme.gapXs

                Label {
                    text: qsTr("Changes to save")
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "verifiedChange"
                    visible: editor.verified !== editor.originalVerified
                    text: qsTr("Verified: %1 → %2").arg(dialog.yesNo(editor.originalVerified)).arg(dialog.yesNo(editor.verified))
                }
                Label {
                    objectName: "primaryChange"
                    visible: editor.primary !== editor.originalPrimary
                    text: qsTr("Primary: %1 → %2").arg(dialog.yesNo(editor.originalPrimary)).arg(dialog.yesNo(editor.primary))
                }
                Label {
                    objectName: "reservedChange"
                    visible: editor.reservedForSecondFactor !== editor.originalReservedForSecondFactor
                    text: qsTr("Reserved for two-step sign-in: %1 → %2").arg(dialog.yesNo(editor.originalReservedForSecondFactor))
                                                                          .arg(dialog.yesNo(editor.reservedForSecondFactor))
                }
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// Journal › Remove entries before…: every entry of this connection's journal from before the day
// typed (local time) is removed; that day's entries and later ones stay. The count is shown
// before the red button, which does it. Clerk is not touched.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    required property JournalEraser eraser
    readonly property alias dayField: dayField

    objectName: "purgeJournalDialog"
    title: qsTr("Remove entries before a day")
    titleName: "purgeJournalTitle"
    preferredWidth: 560

    onAboutToShow: {
        dayField.text = ""
        dialog.eraser.beforeDay = ""
        dialog.eraser.recount()
    }
    onOpened: dayField.forceActiveFocus(Qt.TabFocusReason)

    contentItem: ColumnLayout {
        spacing: Theme.gapM

        Label {
            text: qsTr("Every journal entry from before the day is removed from this computer for good; entries of that day and later stay. Those changes can no longer be undone. Nothing changes at Clerk.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Remove the entries before")
        }
        TextField {
            id: dayField
            objectName: "purgeDayInput"
            placeholderText: qsTr("YYYY-MM-DD")
            Accessible.name: qsTr("Remove the entries before this day")
            Accessible.description: qsTr("A day as YYYY-MM-DD, in local time; its own entries are kept")
            Layout.preferredWidth: 180
            onTextChanged: dialog.eraser.beforeDay = text
            onAccepted: {
                if (confirmButton.enabled)
                    confirmButton.clicked()
            }
        }
        Label {
            objectName: "purgeCount"
            text: dialog.eraser.dayError.length > 0 ? dialog.eraser.dayError
                  : dayField.text.trim().length === 0 ? ""
                  : dialog.eraser.beforeCount > 0 ? qsTr("Entries to remove: %n", "", dialog.eraser.beforeCount)
                  : qsTr("The journal has no entry from before that day.")
            visible: text.length > 0
            color: dialog.eraser.dayError.length > 0 ? Theme.toneForeground("danger") : Theme.secondaryText
        }
        ErrorNotice {
            objectName: "purgeError"
            title: qsTr("Nothing was removed")
            message: dialog.eraser.error
            Layout.fillWidth: true
        }
    }

    buttons: [
        DangerButton {
            id: confirmButton
            objectName: "purgeConfirm"
            text: qsTr("Remove entries")
            enabled: dialog.eraser.beforeCount > 0
            Accessible.description: qsTr("Removes the journal entries from before the day from this computer for good")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (dialog.eraser.removeBefore())
                    dialog.close()
            }
        },
        Button {
            objectName: "purgeCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]
}

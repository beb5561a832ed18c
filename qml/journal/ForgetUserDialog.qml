// SPDX-License-Identifier: MIT
// Journal › Forget a user…: an erasure request. Every entry of the user typed (the selected
// entry's user to begin with), and every line of the file that names them, is removed from this
// connection's journal; the count is shown before the red button, which does it. Clerk is not
// touched, and the removed entries can no longer be undone.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    required property JournalEraser eraser
    // The user id the field starts with.
    property string initialUserId
    readonly property alias userField: userField

    objectName: "forgetUserDialog"
    title: qsTr("Forget a user")
    titleName: "forgetUserTitle"
    preferredWidth: 560

    onAboutToShow: {
        userField.text = initialUserId
        dialog.eraser.userId = initialUserId
        dialog.eraser.recount()
    }
    onOpened: userField.forceActiveFocus(Qt.TabFocusReason)

    contentItem: ColumnLayout {
        spacing: Theme.gapM

        Label {
            text: qsTr("For an erasure request: every journal entry of the user, and every line of the journal that names them, is removed from this computer for good. Those changes can no longer be undone. The user's account at Clerk is not changed.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("User id")
        }
        TextField {
            id: userField
            objectName: "forgetUserIdInput"
            placeholderText: "user_…" // untranslated: the form of a Clerk user id
            Accessible.name: qsTr("User id")
            Accessible.description: qsTr("The Clerk user id whose journal entries are removed, e.g. user_2abc…")
            Layout.fillWidth: true
            onTextChanged: dialog.eraser.userId = text
            onAccepted: {
                if (confirmButton.enabled)
                    confirmButton.clicked()
            }
        }
        Label {
            objectName: "forgetUserCount"
            text: userField.text.trim().length === 0 ? ""
                  : dialog.eraser.userLineCount > 0 ? qsTr("Entries to remove: %n", "", dialog.eraser.userLineCount)
                  : qsTr("The journal has no entry of this user.")
            visible: text.length > 0
            color: Theme.secondaryText
        }
        ErrorNotice {
            objectName: "forgetUserError"
            title: qsTr("Nothing was removed")
            message: dialog.eraser.error
            Layout.fillWidth: true
        }
    }

    buttons: [
        DangerButton {
            id: confirmButton
            objectName: "forgetUserConfirm"
            text: qsTr("Remove entries")
            enabled: dialog.eraser.userLineCount > 0
            Accessible.description: qsTr("Removes every journal entry of this user from this computer for good")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (dialog.eraser.forget())
                    dialog.close()
            }
        },
        Button {
            objectName: "forgetUserCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]
}

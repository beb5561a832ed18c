// SPDX-License-Identifier: MIT
// Asks for a profile's name (and, when adding, its API URL) inside the connection dialog.
// `problemOf(name, url)` answers why the input cannot be used, or "" when it can; accepted()
// carries the input. Nothing is saved here: the caller does.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    property bool askUrl: true
    property string initialName
    property string initialUrl: "https://api.clerk.com/v1" // untranslated: a URL
    property string actionText: qsTr("Add")
    // function(name, url) → "" or why not
    property var problemOf: function(name, url) { return "" }
    readonly property string problem: problemOf(nameField.text, urlField.text)

    signal submitted(string name, string url)

    // Over the connection dialog, centred in the window.
    parent: Overlay.overlay
    preferredWidth: 480

    onAboutToShow: {
        nameField.text = initialName
        urlField.text = initialUrl
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    function submit() {
        if (problem.length > 0)
            return
        submitted(nameField.text.trim(), urlField.text.trim())
        close()
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.gapL
        rowSpacing: Theme.gapM

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "profileNameInput"
            placeholderText: qsTr("e.g. Production EU")
            Accessible.name: qsTr("Profile name")
            Layout.fillWidth: true
            onAccepted: dialog.submit()
        }
        Label {
            text: qsTr("API URL")
            visible: dialog.askUrl
        }
        TextField {
            id: urlField
            objectName: "profileUrlInput"
            visible: dialog.askUrl
            Accessible.name: qsTr("API URL")
            Accessible.description: qsTr("The Backend API's address, e.g. https://api.clerk.com/v1")
            Layout.fillWidth: true
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "profileNameProblem"
            text: dialog.problem
            visible: text.length > 0 && (nameField.text.length > 0 || urlField.text !== dialog.initialUrl)
            color: Theme.toneForeground("danger")
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
    }

    buttons: [
        Button {
            objectName: "profileNameOkButton"
            text: dialog.actionText
            highlighted: true
            enabled: dialog.problem.length === 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.submit()
        },
        Button {
            objectName: "profileNameCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.close()
        }
    ]
}

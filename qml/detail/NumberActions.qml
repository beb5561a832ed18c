// SPDX-License-Identifier: MIT
// What can be done to the selected number and its owner, under the number in the detail pane.
// The frequent changes are buttons; the rare, user-wide ones sit in a menu, away from a stray click.
// Each asks Main for its dialog by name: "edit", "verify", "delete", "add", "replace", "resetMfa".
// On a read-only profile there is nothing to change: the buttons give way to a notice saying why.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

RowLayout {
    id: actions

    // One row of Workspace.filtered.get(): roles by name.
    property var row: ({})
    readonly property bool hasRow: row !== undefined && row !== null && row.id !== undefined
    // The connection's profile allows no changes, and its name.
    property bool readOnly: false
    property string profileName

    signal actionRequested(string action)

    spacing: Theme.gapS

    component ActionButton: Button {
        property string actionName
        property string hint
        enabled: actions.hasRow && !actions.readOnly
        visible: !actions.readOnly
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: hint
        Accessible.description: hint
        onClicked: {
            if (!actions.readOnly)
                actions.actionRequested(actionName)
        }
    }

    ActionButton {
        objectName: "detailEditButton"
        actionName: "edit"
        text: qsTr("Edit…")
        hint: qsTr("Change verified, primary and two-step sign-in (Ctrl+E)")
    }
    ActionButton {
        objectName: "detailVerifyButton"
        actionName: "verify"
        text: qsTr("Send code…")
        hint: qsTr("Send a verification code and check the code the customer reads out (Ctrl+Shift+V)")
    }
    ActionButton {
        objectName: "detailDeleteButton"
        actionName: "delete"
        text: qsTr("Delete…")
        hint: qsTr("Remove this number from its user (Delete); asks first and says what follows")
    }
    Button {
        id: moreButton
        objectName: "detailMoreButton"
        text: qsTr("More ▾")
        enabled: actions.hasRow && !actions.readOnly
        visible: !actions.readOnly
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Changes to the whole user: add a number, replace all numbers, reset MFA")
        Accessible.name: qsTr("More changes to the user")
        Accessible.description: ToolTip.text
        onClicked: moreMenu.popup(moreButton, 0, moreButton.height)

        FittedMenu {
            id: moreMenu
            objectName: "detailMoreMenu"
            MenuItem {
                objectName: "detailAddMenuItem"
                text: qsTr("Add a number to this user…")
                onTriggered: actions.actionRequested("add")
            }
            MenuItem {
                objectName: "detailReplaceMenuItem"
                text: qsTr("Replace all of this user's numbers…")
                onTriggered: actions.actionRequested("replace")
            }
            MenuSeparator {}
            MenuItem {
                objectName: "detailResetMfaMenuItem"
                text: qsTr("Reset two-step sign-in (MFA)…")
                onTriggered: actions.actionRequested("resetMfa")
            }
        }
    }
    RowLayout {
        objectName: "readOnlyNotice"
        visible: actions.readOnly
        spacing: Theme.gapM
        Layout.fillWidth: true
        Badge {
            text: qsTr("Read-only")
            tone: "warning"
        }
        Label {
            text: actions.profileName.length > 0
                  ? qsTr("Changes are switched off for profile “%1” (File > Connections… changes that).").arg(actions.profileName)
                  : qsTr("Changes are switched off for this connection (File > Connections… changes that).")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Item {
        visible: !actions.readOnly
        Layout.fillWidth: true
    }
}

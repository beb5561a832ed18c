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
        onClicked: {
            if (!actions.readOnly)
                actions.actionRequested(actionName)
        }
    }

    ActionButton {
        objectName: "detailEditButton"
        actionName: "edit"
        text: "Edit…"
        hint: "Change verified, primary and two-step sign-in (Ctrl+E)"
    }
    ActionButton {
        objectName: "detailVerifyButton"
        actionName: "verify"
        text: "Send code…"
        hint: "Send a verification code and check the code the customer reads out (Ctrl+Shift+V)"
    }
    ActionButton {
        objectName: "detailDeleteButton"
        actionName: "delete"
        text: "Delete…"
        hint: "Remove this number from its user (Delete); asks first and says what follows"
    }
    Button {
        id: moreButton
        objectName: "detailMoreButton"
        text: "More ▾"
        enabled: actions.hasRow && !actions.readOnly
        visible: !actions.readOnly
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: "Changes to the whole user: add a number, replace all numbers, reset MFA"
        onClicked: moreMenu.popup(moreButton, 0, moreButton.height)

        FittedMenu {
            id: moreMenu
            objectName: "detailMoreMenu"
            MenuItem {
                objectName: "detailAddMenuItem"
                text: "Add a number to this user…"
                onTriggered: actions.actionRequested("add")
            }
            MenuItem {
                objectName: "detailReplaceMenuItem"
                text: "Replace all of this user's numbers…"
                onTriggered: actions.actionRequested("replace")
            }
            MenuSeparator {}
            MenuItem {
                objectName: "detailResetMfaMenuItem"
                text: "Reset two-step sign-in (MFA)…"
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
            text: "Read-only"
            tone: "warning"
        }
        Label {
            text: "Changes are switched off for "
                  + (actions.profileName.length > 0 ? "profile \u201c" + actions.profileName + "\u201d" : "this connection")
                  + " (File > Connections… changes that)."
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

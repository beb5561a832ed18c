// SPDX-License-Identifier: MIT
// Everything about the selected number, in sections. `row` is one row of
// Workspace.filtered.get(); the window's SelectionTracker re-reads it when the model changes it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

FocusScope {
    id: pane

    // Roles by name; empty when nothing is selected.
    property var row: ({})
    readonly property bool hasRow: row !== undefined && row !== null && row.id !== undefined
    // The profile allows no changes (the actions under the number give way to a notice), and its name.
    property bool readOnly: false
    property string profileName

    // A number of the "other numbers" list was clicked.
    signal otherNumberActivated(string id)
    // An action under the number (see NumberActions): Main opens its dialog for the row.
    signal actionRequested(string action)
    // A fix of the sign-in check: Main opens its dialog (a runAction name) for the number
    // `phoneNumberId` of the same owner, or for the row when it is empty.
    signal fixRequested(string action, string phoneNumberId)
    // Escape: back to the list.
    signal closeRequested()

    objectName: "detailPane"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Details")

    Rectangle {
        anchors.fill: parent
        color: Theme.base
    }

    StateView {
        objectName: "noSelectionView"
        anchors.fill: parent
        visible: !pane.hasRow
        title: qsTr("No number selected")
        message: qsTr("Pick a number in the list to see everything about it. Up and Down move through the list; Enter comes here.")
    }

    // Shows where the keyboard is: Enter in the list moves here, Escape goes back.
    Rectangle {
        anchors.fill: parent
        z: 1
        color: "transparent"
        border.color: Theme.highlight
        border.width: 2
        visible: flick.activeFocus
    }

    Flickable {
        id: flick
        objectName: "detailFlickable"
        anchors.fill: parent
        visible: pane.hasRow
        focus: true
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.gapXl
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        readonly property real step: 3 * Theme.gapXl

        function scrollBy(delta) {
            contentY = Math.max(0, Math.min(contentHeight - height, contentY + delta))
        }

        Keys.onUpPressed: scrollBy(-step)
        Keys.onDownPressed: scrollBy(step)
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageUp)
                scrollBy(-height)
            else if (event.key === Qt.Key_PageDown)
                scrollBy(height)
            else if (event.key === Qt.Key_Escape)
                pane.closeRequested()
            else
                return
            event.accepted = true
        }

        ColumnLayout {
            id: content
            x: Theme.gapXl
            y: Theme.gapXl
            width: flick.width - 2 * Theme.gapXl
            spacing: Theme.gapS

            DetailHeader {
                row: pane.row
                readOnly: pane.readOnly
                profileName: pane.profileName
                onActionRequested: (action) => pane.actionRequested(action)
            }
            SignInCheckSection {
                id: signInCheck
                row: pane.row
                readOnly: pane.readOnly
                onFixRequested: (action, phoneNumberId) => pane.fixRequested(action, phoneNumberId)
            }
            VerificationSection { row: pane.row }
            SignInRoleSection { row: pane.row }
            LinkedIdentitiesSection { row: pane.row }
            OwnerSection { row: pane.row }
            NumberSection { row: pane.row }
            OtherNumbersSection {
                row: pane.row
                onNumberActivated: (id) => pane.otherNumberActivated(id)
            }
            RecordSection { row: pane.row }
        }
    }

    // Another number is shown: start at its top, and check its owner's sign-in anew (another
    // owner is read by the check itself). The same number re-read after a change keeps its scroll
    // position.
    property string shownId
    property string shownUserId
    onRowChanged: {
        const id = hasRow ? String(row.id) : ""
        const userId = hasRow && row.userId !== undefined ? String(row.userId) : ""
        if (id !== shownId) {
            shownId = id
            flick.contentY = 0
            if (userId === shownUserId && userId.length > 0)
                signInCheck.checker.refresh()
        }
        shownUserId = userId
    }
}

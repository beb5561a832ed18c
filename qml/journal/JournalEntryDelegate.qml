// SPDX-License-Identifier: MIT
// One journal entry in the Journal view's list: when, what, which number, and whether it was made.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ItemDelegate {
    id: delegate

    required property int index
    required property string timeText
    required property string operationLabel
    required property string phoneNumber
    required property string userId
    required property string outcome
    required property string undoes
    property bool selected: false

    objectName: "journalEntry_" + index
    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: selected
    Accessible.name: operationLabel + " " + phoneNumber + " " + timeText + (outcome === "failed" ? ", failed" : "")

    background: Rectangle {
        color: delegate.selected ? Theme.selectedRow : delegate.hovered ? Theme.hoveredRow : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.separator
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.gapXs
        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            Label {
                text: delegate.operationLabel
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Badge {
                objectName: "outcomeBadge"
                text: delegate.outcome === "done" ? "Done" : "Failed"
                tone: delegate.outcome === "done" ? "success" : "danger"
            }
        }
        Label {
            text: (delegate.phoneNumber.length > 0 ? delegate.phoneNumber : "no number") + " · " + delegate.userId
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: delegate.timeText + (delegate.undoes.length > 0 ? " · undoes an earlier change" : "")
            color: Theme.secondaryText
            font.pointSize: Theme.smallPointSize
            Layout.fillWidth: true
        }
    }
}

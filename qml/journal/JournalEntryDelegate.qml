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
    //: A journal entry for screen readers: %1 the operation, %2 the number, %3 the time
    Accessible.name: outcome === "failed" ? qsTr("%1 %2 %3, failed").arg(operationLabel).arg(phoneNumber).arg(timeText)
                                          : qsTr("%1 %2 %3").arg(operationLabel).arg(phoneNumber).arg(timeText)

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
                text: delegate.outcome === "done" ? qsTr("Done") : qsTr("Failed")
                tone: delegate.outcome === "done" ? "success" : "danger"
            }
        }
        Label {
            text: (delegate.phoneNumber.length > 0 ? delegate.phoneNumber : qsTr("no number")) + " · " + delegate.userId
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            //: %1 is the entry's time
            text: delegate.undoes.length > 0 ? qsTr("%1 · undoes an earlier change").arg(delegate.timeText) : delegate.timeText
            color: Theme.secondaryText
            font.pointSize: Theme.smallPointSize
            Layout.fillWidth: true
        }
    }
}

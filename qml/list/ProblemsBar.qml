// SPDX-License-Identifier: MIT
// Entries the server sent that could not be read: one quiet line with their count, and the
// details on demand. The rows that could be read are listed as usual.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    id: bar

    // PhoneNumberListModel's problems: one sentence per entry.
    property var problems: []
    property bool expanded: false

    objectName: "problemsBar"
    visible: problems.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.gapS
    color: Theme.window

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.separator
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.gapXl
        anchors.rightMargin: Theme.gapXl
        anchors.topMargin: Theme.gapS
        anchors.bottomMargin: Theme.gapS
        spacing: Theme.gapS

        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true

            Label {
                objectName: "problemsSummary"
                text: qsTr("⚠ %Ln entry(s) from the server could not be read and are not listed.", "", bar.problems.length)
                color: Theme.toneForeground("warning")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "problemsToggle"
                text: bar.expanded ? qsTr("Hide details") : qsTr("Show details")
                flat: true
                Accessible.description: qsTr("The entries from the server that could not be read, one line each")
                onClicked: bar.expanded = !bar.expanded
            }
        }
        ScrollView {
            visible: bar.expanded
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(problemList.implicitHeight, 6 * Theme.gapXxl)
            clip: true

            Column {
                id: problemList
                width: parent.width
                spacing: Theme.gapXs

                Repeater {
                    model: bar.expanded ? bar.problems : []
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        color: Theme.secondaryText
                        font.pointSize: Theme.smallPointSize
                        wrapMode: Text.Wrap
                        width: problemList.width
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: MIT
// The frame of every full-area state screen (loading, empty, no match, error, nothing selected):
// a title, a sentence saying why, and what can be done about it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Item {
    id: view

    property string title
    property string message
    property bool busy: false
    // Buttons and lines below the message.
    default property alias actions: actionColumn.data

    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(view.width - 2 * Theme.gapXxl, 560)
        spacing: Theme.gapL

        BusyIndicator {
            running: view.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "stateTitle"
            text: view.title
            font.pointSize: Theme.titlePointSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            objectName: "stateMessage"
            text: view.message
            visible: text.length > 0
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: actionColumn
            spacing: Theme.gapM
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.gapS
        }
    }
}

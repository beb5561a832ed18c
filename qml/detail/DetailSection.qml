// SPDX-License-Identifier: MIT
// A titled group of the detail pane; its fields stack below the title.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: section

    property string title
    default property alias fields: body.data

    spacing: Theme.gapM
    Layout.fillWidth: true

    Label {
        text: section.title
        font.weight: Font.DemiBold
        font.pointSize: Theme.largePointSize
        Layout.fillWidth: true
        Layout.topMargin: Theme.gapL
    }
    Rectangle {
        color: Theme.separator
        implicitHeight: 1
        Layout.fillWidth: true
    }
    ColumnLayout {
        id: body
        spacing: Theme.gapM
        Layout.fillWidth: true
    }
}

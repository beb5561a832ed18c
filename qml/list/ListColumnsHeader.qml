// SPDX-License-Identifier: MIT
// Column titles above the list, aligned with PhoneNumberDelegate's columns, so that a row
// reads as number, owner, state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    implicitHeight: titles.implicitHeight + 2 * Theme.gapS
    color: Theme.window
    z: 2

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.separator
    }

    RowLayout {
        id: titles
        anchors.fill: parent
        anchors.leftMargin: Theme.gapXl
        anchors.rightMargin: Theme.gapXl
        spacing: Theme.gapXl

        ColumnTitle {
            text: qsTr("Number")
            Layout.preferredWidth: Theme.numberColumnWidth
        }
        ColumnTitle {
            text: qsTr("Owner")
            Layout.fillWidth: true
        }
        ColumnTitle {
            text: qsTr("Verification and sign-in")
            Layout.preferredWidth: Theme.badgeColumnWidth
        }
    }

    component ColumnTitle: Label {
        color: Theme.secondaryText
        font.pointSize: Theme.smallPointSize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
}

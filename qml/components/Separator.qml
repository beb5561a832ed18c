// SPDX-License-Identifier: MIT
// A thin vertical rule between groups of a bar.
import QtQuick
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    implicitWidth: 1
    implicitHeight: Theme.gapXl
    color: Theme.separator
    Layout.alignment: Qt.AlignVCenter
}

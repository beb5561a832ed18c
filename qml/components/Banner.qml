// SPDX-License-Identifier: MIT
// A full-width strip above the list for something the agent must keep in mind (demo data, a
// failed page, entries that could not be read), coloured by tone and always worded.
import QtQuick
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    id: banner

    property string tone: "warning"
    default property alias content: row.data

    implicitHeight: row.implicitHeight + 2 * Theme.gapM
    color: Theme.toneBackground(tone)

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.toneBorder(banner.tone)
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gapXl
        anchors.rightMargin: Theme.gapXl
        anchors.topMargin: Theme.gapM
        anchors.bottomMargin: Theme.gapM
        spacing: Theme.gapL
    }
}

// SPDX-License-Identifier: MIT
// The status bar's line about trouble on the way to the server: a rate-limit countdown or the
// retry under way. Hidden when all is well.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

RowLayout {
    id: status

    property string text
    // A rate-limit wait (rather than a retry): Workspace's, unless set.
    property bool waiting: Workspace.networkWaiting

    objectName: "networkStatus"
    visible: text.length > 0
    spacing: Theme.gapS

    Badge {
        text: status.waiting ? qsTr("Waiting") : qsTr("Retrying")
        tone: "warning"
    }
    Label {
        objectName: "networkStatusLabel"
        text: status.text
        elide: Text.ElideRight
        Layout.fillWidth: true
        Accessible.name: status.text
    }
}

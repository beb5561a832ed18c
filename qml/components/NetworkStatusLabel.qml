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

    objectName: "networkStatus"
    visible: text.length > 0
    spacing: Theme.gapS

    Badge {
        text: status.text.startsWith("Clerk is rate limiting") ? "Waiting" : "Retrying"
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

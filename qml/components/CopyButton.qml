// SPDX-License-Identifier: MIT
// Copies a value (an id, a number) to the clipboard and confirms it in place.
import QtQuick
import QtQuick.Controls
import PhoneDesk

ToolButton {
    id: button

    property string textToCopy
    // What is copied, translated, for the accessible name and the confirmation: qsTr("user id").
    property string what

    text: qsTr("Copy")
    font.pointSize: Theme.smallPointSize
    padding: Theme.gapXs
    leftPadding: Theme.gapM
    rightPadding: Theme.gapM
    enabled: textToCopy.length > 0
    focusPolicy: Qt.TabFocus
    //: %1 is what is copied: "user id", "trace id"
    Accessible.name: qsTr("Copy %1").arg(what)

    ToolTip.visible: confirmation.running || hovered
    ToolTip.text: confirmation.running ? qsTr("Copied %1").arg(what) : qsTr("Copy %1 to the clipboard").arg(what)
    ToolTip.delay: confirmation.running ? 0 : 600

    onClicked: {
        Workspace.copyToClipboard(textToCopy)
        confirmation.restart()
    }

    Timer {
        id: confirmation
        interval: 1500
    }
}

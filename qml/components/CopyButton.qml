// SPDX-License-Identifier: MIT
// Copies a value (an id, a number) to the clipboard and confirms it in place.
import QtQuick
import QtQuick.Controls
import PhoneDesk

ToolButton {
    id: button

    property string textToCopy
    // What is copied, for the accessible name and the confirmation: "user id".
    property string what

    text: "Copy"
    font.pointSize: Theme.smallPointSize
    padding: Theme.gapXs
    leftPadding: Theme.gapM
    rightPadding: Theme.gapM
    enabled: textToCopy.length > 0
    focusPolicy: Qt.TabFocus
    Accessible.name: "Copy " + what

    ToolTip.visible: confirmation.running || hovered
    ToolTip.text: confirmation.running ? "Copied " + what : "Copy " + what + " to the clipboard"
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

// SPDX-License-Identifier: MIT
// "Clerk trace id: …" with a copy button, for a failure's support ticket; hidden without an id.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

RowLayout {
    id: line

    property string traceId

    visible: traceId.length > 0
    spacing: Theme.gapS

    Label {
        objectName: "traceIdLabel"
        text: qsTr("Clerk trace id: %1").arg(line.traceId)
        color: Theme.secondaryText
        font.pointSize: Theme.smallPointSize
    }
    CopyButton {
        textToCopy: line.traceId
        what: qsTr("trace id")
    }
}

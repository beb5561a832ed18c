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
        text: "Clerk trace id: " + line.traceId
        color: Theme.secondaryText
        font.pointSize: Theme.smallPointSize
    }
    CopyButton {
        textToCopy: line.traceId
        what: "trace id"
    }
}

// SPDX-License-Identifier: MIT
// A boxed message in a dialog or a view (stale data, a lock-out risk, a production instance, an
// outcome), coloured by tone, with a title, the message and the trace id when there is one.
// Failures use ErrorNotice, which builds on it. Unboxed, it sits inside a Banner strip.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    id: notice

    property string tone: "warning"
    property string title
    property string message
    property string traceId
    // A box of its own; false inside a strip that is coloured already.
    property bool boxed: true
    // Lines below the message (ErrorNotice's Retry).
    default property alias content: column.data

    color: boxed ? Theme.toneBackground(tone) : "transparent"
    border.color: Theme.toneBorder(tone)
    border.width: boxed ? 1 : 0
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * column.anchors.margins
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: notice.boxed ? Theme.gapM : 0
        spacing: Theme.gapXs

        Label {
            text: notice.title
            font.weight: Font.DemiBold
            color: Theme.toneForeground(notice.tone)
            Layout.fillWidth: true
        }
        Label {
            objectName: notice.objectName + "Text" // untranslated: objectName
            text: notice.message
            color: Theme.toneForeground(notice.tone)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TraceIdLine {
            traceId: notice.traceId
        }
    }
}

// SPDX-License-Identifier: MIT
// A boxed message inside the edit dialog (stale data, Clerk's refusal, a lock-out risk),
// coloured by tone, with a title, the message and the trace id when there is one.
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

    color: Theme.toneBackground(tone)
    border.color: Theme.toneBorder(tone)
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gapM
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapM
        spacing: Theme.gapXs

        Label {
            text: notice.title
            font.weight: Font.DemiBold
            color: Theme.toneForeground(notice.tone)
            Layout.fillWidth: true
        }
        Label {
            objectName: notice.objectName + "Text"
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

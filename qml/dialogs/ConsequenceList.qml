// SPDX-License-Identifier: MIT
// What a confirmed account change will do, one sentence a line, in a danger-toned box: the
// sentences come from the backend (AccountConsequences), which knows what Clerk will do.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Rectangle {
    id: box

    property var sentences: []
    property string title: qsTr("What happens")

    color: Theme.toneBackground("danger")
    border.color: Theme.toneBorder("danger")
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gapM
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapM
        spacing: Theme.gapS

        Label {
            text: box.title
            font.weight: Font.DemiBold
            color: Theme.toneForeground("danger")
            Layout.fillWidth: true
        }
        Repeater {
            model: box.sentences
            delegate: RowLayout {
                required property string modelData
                required property int index
                spacing: Theme.gapM
                Layout.fillWidth: true
                Label {
                    text: "•"
                    color: Theme.toneForeground("danger")
                    Layout.alignment: Qt.AlignTop
                }
                Label {
                    objectName: "consequence" + index
                    text: modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}

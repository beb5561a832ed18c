// SPDX-License-Identifier: MIT
// One fact of the detail pane: a name, its value (selectable, so that part of it can be copied),
// an optional copy button and an optional line below saying what the value means.
// Positioned by hand rather than by a layout: wrapping text needs its width before its height.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Item {
    id: field

    property string label
    property string value
    property string note
    // Set to what the value is ("user id") to offer a copy button for copyText.
    property string copyWhat
    property string copyText: value

    readonly property real valueX: Theme.detailLabelWidth + Theme.gapM

    implicitHeight: line.height + (noteLabel.visible ? Theme.gapXs + noteLabel.implicitHeight : 0)
    Layout.fillWidth: true

    Item {
        id: line
        width: field.width
        height: Math.max(nameLabel.implicitHeight, valueText.implicitHeight, copyButton.visible ? copyButton.implicitHeight : 0)

        Label {
            id: nameLabel
            width: Theme.detailLabelWidth
            anchors.verticalCenter: parent.verticalCenter
            text: field.label
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        TextEdit {
            id: valueText
            objectName: "valueText"
            x: field.valueX
            width: line.width - field.valueX - (copyButton.visible ? copyButton.width + Theme.gapS : 0)
            anchors.verticalCenter: parent.verticalCenter
            text: field.value
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
            color: Theme.text
            selectionColor: Theme.highlight
            selectedTextColor: Theme.highlightedText
            font: Qt.application.font
            Accessible.role: Accessible.StaticText
            Accessible.name: field.label + ": " + field.value
        }
        CopyButton {
            id: copyButton
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: field.copyWhat.length > 0
            textToCopy: field.copyText
            what: field.copyWhat
        }
    }
    Label {
        id: noteLabel
        objectName: "noteText"
        x: field.valueX
        y: line.height + Theme.gapXs
        width: field.width - field.valueX
        text: field.note
        visible: text.length > 0
        color: Theme.secondaryText
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
    }
}

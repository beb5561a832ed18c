// SPDX-License-Identifier: MIT
// One flag of the edit dialog: a switch, a line on what it means and causes, and Clerk's
// refusal of it with the trace id when there was one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: flag

    property alias text: toggle.text
    property alias switchName: toggle.objectName
    property string explanation
    property bool checked
    property string error
    property string traceId

    signal toggled(bool on)

    function focusSwitch() { toggle.forceActiveFocus(Qt.TabFocusReason) }

    spacing: Theme.gapXs
    Layout.fillWidth: true

    Switch {
        id: toggle
        checked: flag.checked
        font.weight: Font.DemiBold
        leftPadding: 0
        Accessible.description: flag.explanation
        onToggled: {
            flag.toggled(checked)
            checked = Qt.binding(() => flag.checked)
        }
        Layout.fillWidth: true
    }
    Label {
        text: flag.explanation
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        leftPadding: toggle.indicator ? toggle.indicator.width + toggle.spacing : 0
        Layout.fillWidth: true
    }
    Label {
        objectName: flag.objectName + "Error" // untranslated: an objectName
        visible: flag.error.length > 0
        text: flag.error
        color: Theme.toneForeground("danger")
        wrapMode: Text.Wrap
        leftPadding: toggle.indicator ? toggle.indicator.width + toggle.spacing : 0
        Layout.fillWidth: true
    }
    TraceIdLine {
        traceId: flag.error.length > 0 ? flag.traceId : ""
        Layout.leftMargin: toggle.indicator ? toggle.indicator.width + toggle.spacing : 0
    }
}

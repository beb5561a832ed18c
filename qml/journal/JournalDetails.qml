// SPDX-License-Identifier: MIT
// The selected journal entry: what was asked, where, the outcome in Clerk's words, and the
// number and its owner before → after, field by field (changed fields stand out). Undo… asks
// for the undo through the view.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ScrollView {
    id: details

    // One row of JournalFilterModel.entry(): roles by name; empty when nothing is selected.
    property var entry: ({})
    readonly property bool hasEntry: entry.entryId !== undefined
    property bool undoAllowed: true

    signal undoRequested()

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: details.availableWidth
        spacing: Theme.gapL

        Label {
            visible: !details.hasEntry
            text: qsTr("Select an entry to see what it changed.")
            color: Theme.secondaryText
            Layout.margins: Theme.gapXl
        }

        ColumnLayout {
            visible: details.hasEntry
            spacing: Theme.gapM
            Layout.margins: Theme.gapXl
            Layout.fillWidth: true

            Label {
                objectName: "journalDetailTitle"
                text: details.hasEntry ? details.entry.operationLabel + (details.entry.phoneNumber ? " · " + details.entry.phoneNumber : "") : ""
                font.pointSize: Theme.titlePointSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ErrorNotice {
                objectName: "journalDetailError"
                title: qsTr("This change was not made")
                message: details.hasEntry ? details.entry.errorText : ""
                traceId: details.hasEntry ? details.entry.traceId : ""
                visible: details.hasEntry && details.entry.outcome === "failed"
                Layout.fillWidth: true
            }
            Repeater {
                model: details.hasEntry ? [
                    [qsTr("When"), details.entry.timeText],
                    [qsTr("Request"), details.entry.request],
                    [qsTr("Profile"), details.entry.profile + " · " + details.entry.host],
                    [qsTr("User"), details.entry.userId],
                    [qsTr("Number id"), details.entry.phoneNumberId],
                    //: The id of the earlier entry this entry undid
                    [qsTr("Undoes"), details.entry.undoes],
                    //: The id of this journal entry
                    [qsTr("Entry"), details.entry.entryId]
                ].filter(pair => pair[1] !== undefined && String(pair[1]).length > 0) : []
                delegate: RowLayout {
                    required property var modelData
                    spacing: Theme.gapL
                    Layout.fillWidth: true
                    Label {
                        text: modelData[0]
                        color: Theme.secondaryText
                        Layout.preferredWidth: Theme.detailLabelWidth * 0.7
                    }
                    Label {
                        text: modelData[1]
                        wrapMode: Text.WrapAnywhere
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                    }
                }
            }

            Label {
                text: qsTr("Before → after")
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.gapM
            }
            GridLayout {
                objectName: "journalChanges"
                columns: 4
                columnSpacing: Theme.gapL
                rowSpacing: Theme.gapS
                Layout.fillWidth: true
                Repeater {
                    objectName: "journalChangeRows"
                    model: details.hasEntry ? details.entry.changes : []
                    delegate: Label {
                        required property var modelData
                        objectName: "change_" + modelData.key
                        Layout.columnSpan: 4
                        Layout.fillWidth: true
                        text: modelData.name + ":  " + (modelData.before.length > 0 ? modelData.before : "—") + "  →  "
                              + (modelData.after.length > 0 ? modelData.after : "—")
                        font.weight: modelData.changed ? Font.DemiBold : Font.Normal
                        color: modelData.changed ? Theme.toneForeground("accent") : Theme.text
                        //: A field of the journal's before → after that the change altered; %1 is the line
                        Accessible.name: modelData.changed ? qsTr("%1, changed").arg(text) : text
                    }
                }
            }

            Button {
                objectName: "journalUndoButton"
                text: qsTr("Undo…")
                visible: details.undoAllowed
                enabled: details.hasEntry && details.entry.outcome === "done"
                Accessible.name: qsTr("Undo this change…")
                Accessible.description: qsTr("Asks first, then reverts the change on the instance")
                onClicked: details.undoRequested()
                Layout.topMargin: Theme.gapM
            }
        }
    }
}

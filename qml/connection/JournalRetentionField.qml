// SPDX-License-Identifier: MIT
// How long the chosen profile's journal keeps an entry: days, 0 for every entry. Saved at once;
// older entries are removed when the profile is next connected (and when phonedesk-cli opens its
// journal).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: field

    // The editor of the chosen profile.
    required property ProfileEditor editor
    property bool busy: false
    readonly property alias spinBox: days

    spacing: Theme.gapS

    RowLayout {
        spacing: Theme.gapM
        Label {
            text: qsTr("Keep journal entries for")
        }
        SpinBox {
            id: days
            objectName: "journalRetentionInput"
            from: 0
            to: field.editor.maxJournalRetentionDays
            editable: true
            enabled: !field.busy
            value: field.editor.journalRetentionDays
            Accessible.name: qsTr("Journal retention in days")
            Accessible.description: qsTr("Entries older than this many days are removed when the profile is next connected; 0 keeps every entry.")
            onValueModified: field.editor.journalRetentionDays = value
        }
        Label {
            text: qsTr("days")
        }
    }
    Label {
        objectName: "journalRetentionNote"
        text: field.editor.journalRetentionDays === 0
              ? qsTr("0: every entry is kept until you remove it (View › Journal).")
              : qsTr("Older entries are removed when the profile is next connected; 0 keeps every entry.")
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}

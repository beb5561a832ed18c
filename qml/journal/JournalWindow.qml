// SPDX-License-Identifier: MIT
// The change journal of the connection in use: every change made from PhoneDesk or phonedesk-cli,
// newest first, with search and filters (number, user, operation, days), the selected entry's
// before → after, Export CSV of the entries shown, and Undo with a confirmation. Lines of the
// file that could not be read are named by line number above the list.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PhoneDesk

ApplicationWindow {
    id: window

    // The connection's journal, the list model undo works through, and whether the profile
    // allows changes (no undo when it does not).
    required property Journal journal
    required property PhoneNumberListModel phoneNumbers
    required property bool readOnly
    readonly property alias entries: entries
    readonly property alias shown: shown
    property int currentRow: -1
    readonly property var currentEntry: currentRow >= 0 && currentRow < shown.count ? shown.entry(currentRow) : ({})
    // The last export's outcome, in words.
    property string exportMessage

    objectName: "journalWindow"
    title: qsTr("Journal — PhoneDesk")
    width: 1180
    height: 760
    minimumWidth: 820
    minimumHeight: 480
    color: Theme.window

    JournalListModel {
        id: entries
        journal: window.journal
    }
    JournalFilterModel {
        id: shown
        entries: entries
        onFilterChanged: window.currentRow = shown.count > 0 ? 0 : -1
    }
    // A new entry arrives at the top: the selection stays on the same entry.
    Connections {
        target: entries
        function onRowsInserted() {
            if (window.currentRow >= 0)
                window.currentRow += 1
            else if (shown.count > 0)
                window.currentRow = 0
        }
        function onModelReset() { window.currentRow = shown.count > 0 ? 0 : -1 }
    }
    Component.onCompleted: currentRow = shown.count > 0 ? 0 : -1

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: searchField.forceActiveFocus()
    }
    Shortcut {
        sequences: [StandardKey.Close, "Ctrl+J"]
        onActivated: window.close()
    }
    Shortcut {
        sequence: "F5"
        onActivated: entries.reload()
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the journal entries shown as CSV (only your account can read the file)")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: window.exportTo(selectedFile)
    }
    function exportTo(url) {
        const error = shown.exportCsv(url)
        //: %1 is the file's path
        exportMessage = error.length > 0 ? error
                                         : qsTr("%Ln entries written to %1; only your account can read the file (0600).", "", shown.count)
                                               .arg(url.toString().replace("file://", ""))
        return error
    }

    // Forget a user…, Remove entries before…: the file is rewritten, the list reads it again.
    JournalEraser {
        id: eraser
        journal: window.journal
    }
    ForgetUserDialog {
        id: forgetDialog
        parent: Overlay.overlay
        eraser: eraser
        initialUserId: window.currentEntry.userId !== undefined ? String(window.currentEntry.userId) : ""
    }
    PurgeJournalDialog {
        id: purgeDialog
        parent: Overlay.overlay
        eraser: eraser
    }
    readonly property alias forgetDialog: forgetDialog
    readonly property alias purgeDialog: purgeDialog

    UndoEntryDialog {
        id: undoDialog
        parent: Overlay.overlay
        entry: window.currentEntry
        phoneNumbers: window.phoneNumbers
        journal: window.journal
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gapL
            anchors.rightMargin: Theme.gapL
            spacing: Theme.gapM
            TextField {
                id: searchField
                objectName: "journalSearch"
                placeholderText: qsTr("Search number, user or id")
                Accessible.name: qsTr("Search the journal")
                Accessible.description: qsTr("Finds entries by phone number, user or id")
                Layout.preferredWidth: 260
                onTextChanged: shown.text = text
            }
            ChoiceBox {
                id: operationBox
                objectName: "journalOperation"
                Accessible.name: qsTr("Operation")
                Accessible.description: qsTr("Shows only the entries of one kind of change")
                textRole: "label"
                valueRole: "value"
                model: [
                    { label: qsTr("All operations"), value: undefined },
                    { label: qsTr("Edit"), value: JournalOperation.Update },
                    { label: qsTr("Add number"), value: JournalOperation.Create },
                    { label: qsTr("Delete number"), value: JournalOperation.Delete },
                    { label: qsTr("Send code"), value: JournalOperation.SendCode },
                    { label: qsTr("Check code"), value: JournalOperation.Verify },
                    { label: qsTr("Reset two-step sign-in"), value: JournalOperation.ResetMfa },
                    { label: qsTr("Replace all numbers"), value: JournalOperation.ReplaceNumbers },
                    { label: qsTr("Unlock"), value: JournalOperation.Unlock },
                    { label: qsTr("Ban"), value: JournalOperation.Ban },
                    { label: qsTr("Unban"), value: JournalOperation.Unban },
                    { label: qsTr("Remove authenticator app"), value: JournalOperation.RemoveTotp },
                    { label: qsTr("Remove backup codes"), value: JournalOperation.RemoveBackupCodes },
                    { label: qsTr("Sign out everywhere"), value: JournalOperation.RevokeSessions },
                    { label: qsTr("Undo"), value: JournalOperation.Undo }
                ]
                Layout.preferredWidth: 210
                onActivated: shown.operation = currentValue
            }
            //: The first day of the entries shown ("From [day] to [day]")
            Label { text: qsTr("From") }
            TextField {
                objectName: "journalFrom"
                //: The form days are typed in: year, month, day
                placeholderText: qsTr("YYYY-MM-DD")
                Accessible.name: qsTr("From day")
                Accessible.description: qsTr("The first day shown, as YYYY-MM-DD")
                Layout.preferredWidth: 120
                onTextChanged: shown.fromDate = text
            }
            //: The last day of the entries shown ("From [day] to [day]")
            Label { text: qsTr("to") }
            TextField {
                objectName: "journalTo"
                placeholderText: qsTr("YYYY-MM-DD")
                Accessible.name: qsTr("To day")
                Accessible.description: qsTr("The last day shown, as YYYY-MM-DD")
                Layout.preferredWidth: 120
                onTextChanged: shown.toDate = text
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "journalExport"
                text: qsTr("Export CSV…")
                enabled: shown.count > 0
                Accessible.name: qsTr("Export the entries shown as CSV…")
                onClicked: exportDialog.open()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "journalDamage"
            tone: "warning"
            visible: entries.damage.length > 0 || entries.readError.length > 0
            Layout.fillWidth: true
            Label {
                text: entries.readError.length > 0
                      ? entries.readError
                      //: %1 lists the lines and why each could not be read
                      : qsTr("%Ln line(s) of the journal could not be read and left out; every other entry is shown. %1", "",
                             entries.damage.length).arg(entries.damage.join("; "))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        JournalWriteBanner {
            objectName: "journalWriteError"
            journal: window.journal
            Layout.fillWidth: true
        }
        Label {
            objectName: "journalEraseMessage"
            visible: eraser.notice.length > 0
            text: eraser.notice
            color: Theme.toneForeground("success")
            Layout.margins: Theme.gapM
        }
        Label {
            objectName: "journalExportMessage"
            visible: window.exportMessage.length > 0
            text: window.exportMessage
            color: Theme.secondaryText
            Layout.margins: Theme.gapM
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                SplitView.preferredWidth: 420
                SplitView.minimumWidth: 320
                spacing: 0
                Label {
                    objectName: "journalCount"
                    text: shown.count === entries.count ? qsTr("%Ln change(s)", "", entries.count)
                                                        //: %1 entries of all pass the search and filters
                                                        : qsTr("%1 of %Ln change(s)", "", entries.count).arg(Number(shown.count).toLocaleString(Qt.locale(), "f", 0))
                    color: Theme.secondaryText
                    Layout.margins: Theme.gapM
                }
                Label {
                    objectName: "journalRetention"
                    text: window.journal.retentionDays > 0
                          ? qsTr("Entries older than %n days are removed when the journal is opened.", "", window.journal.retentionDays)
                          : qsTr("Every entry is kept until you remove it.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.leftMargin: Theme.gapM
                    Layout.rightMargin: Theme.gapM
                    Layout.fillWidth: true
                }
                Label {
                    visible: shown.dateError.length > 0
                    text: shown.dateError
                    color: Theme.toneForeground("danger")
                    Layout.leftMargin: Theme.gapM
                }
                ListView {
                    id: list
                    objectName: "journalList"
                    Accessible.name: qsTr("Journal entries")
                    Accessible.role: Accessible.List
                    model: shown
                    clip: true
                    reuseItems: true
                    currentIndex: window.currentRow
                    keyNavigationEnabled: true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: window.currentRow = currentIndex
                    delegate: JournalEntryDelegate {
                        selected: index === window.currentRow
                        onClicked: {
                            window.currentRow = index
                            list.forceActiveFocus()
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        text: entries.count === 0 ? qsTr("No changes have been made from PhoneDesk on this connection yet.")
                                                  : qsTr("No entry matches the search and filters.")
                        color: Theme.secondaryText
                        width: parent.width - 2 * Theme.gapXl
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                // Removing entries for good: an erasure request, or entries too old to keep.
                RowLayout {
                    spacing: Theme.gapM
                    Layout.margins: Theme.gapM
                    Button {
                        objectName: "journalForgetUser"
                        text: qsTr("Forget a user…")
                        enabled: entries.count > 0
                        Accessible.description: qsTr("Removes every journal entry of one user from this computer: an erasure request")
                        onClicked: forgetDialog.open()
                    }
                    Button {
                        objectName: "journalPurge"
                        text: qsTr("Remove entries before…")
                        enabled: entries.count > 0
                        Accessible.description: qsTr("Removes the journal entries from before a day from this computer")
                        onClicked: purgeDialog.open()
                    }
                }
            }

            JournalDetails {
                objectName: "journalDetails"
                entry: window.currentEntry
                undoAllowed: !window.readOnly
                SplitView.fillWidth: true
                onUndoRequested: undoDialog.open()
            }
        }
    }
}

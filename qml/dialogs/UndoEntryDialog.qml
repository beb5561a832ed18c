// SPDX-License-Identifier: MIT
// Undo of one journal entry, confirmed: on opening it reads the owner and says what the undo will
// do, or why it cannot (not possible through the API, or what changed since the entry); the
// action checks again before sending. On production the agent ticks the instance (ProductionGuard).
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

ConfirmationDialog {
    id: dialog

    // One row of JournalFilterModel.entry().
    property var entry: ({})
    required property PhoneNumberListModel phoneNumbers
    required property Journal journal
    readonly property alias undo: undo

    objectName: "undoEntryDialog"
    // The operation by the journal's name for it, quoted: "Undo “Delete number” of +49 …?".
    readonly property string operationText: entry.operationLabel !== undefined ? entry.operationLabel : qsTr("Change")
    title: entry.phoneNumber ? qsTr("Undo “%1” of %2?").arg(operationText).arg(entry.phoneNumber)
                             : qsTr("Undo “%1”?").arg(operationText)
    // When, in the locale's format, and whose account.
    subtitle: entry.time instanceof Date && !isNaN(entry.time.getTime())
              ? qsTr("Made %1 · %2").arg(entry.time.toLocaleString(Format.locale(), Locale.ShortFormat)).arg(entry.userId)
              : entry.timeText !== undefined ? qsTr("Made %1 · %2").arg(entry.timeText).arg(entry.userId) : ""
    actionText: qsTr("Undo")
    busyText: undo.plan.length > 0 ? qsTr("Undoing…") : qsTr("Checking…")
    change: JournalUndo {
        id: undo
        model: dialog.phoneNumbers
        journal: dialog.journal
        entryId: dialog.entry.entryId !== undefined ? String(dialog.entry.entryId) : ""
    }
    onOpened: undo.check()
}

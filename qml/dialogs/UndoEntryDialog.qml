// SPDX-License-Identifier: MIT
// Undo of one journal entry, confirmed: on opening it reads the owner and says what the undo will
// do, or why it cannot (not possible through the API, or what changed since the entry); the
// action checks again before sending. On production the agent ticks the instance (ProductionGuard).
import QtQuick
import PhoneDesk

ConfirmationDialog {
    id: dialog

    // One row of JournalFilterModel.entry().
    property var entry: ({})
    required property PhoneNumberListModel phoneNumbers
    required property Journal journal
    readonly property alias undo: undo

    objectName: "undoEntryDialog"
    title: "Undo " + (entry.operationLabel !== undefined ? entry.operationLabel.toLowerCase() : "change")
           + (entry.phoneNumber ? " of " + entry.phoneNumber : "") + "?"
    subtitle: entry.timeText !== undefined ? "Made " + entry.timeText + " · " + entry.userId : ""
    actionText: "Undo"
    busyText: undo.plan.length > 0 ? "Undoing…" : "Checking…"
    change: JournalUndo {
        id: undo
        model: dialog.phoneNumbers
        journal: dialog.journal
        entryId: dialog.entry.entryId !== undefined ? String(dialog.entry.entryId) : ""
    }
    onOpened: undo.check()
}

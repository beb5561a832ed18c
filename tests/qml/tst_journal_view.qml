// SPDX-License-Identifier: MIT
// The Journal view over a journal file of its own (tests/fixtures/journal/damaged.jsonl: four
// entries, a garbage line and a cut-off last line), so that no demo user is changed: entries newest
// first, the damage named by line number, search and filters, before → after of the selected
// entry, a failed change with Clerk's message, and Undo refused with the reason for a change the
// API cannot revert.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "JournalView"
    when: windowShown

    readonly property string fixturePath: String(Qt.resolvedUrl("../fixtures/journal/damaged.jsonl")).replace("file://", "")

    Component {
        id: windowComponent
        JournalWindow {
            readOnly: false
            journal: Journal { path: testCase.fixturePath }
            phoneNumbers: Workspace.phoneNumbers
        }
    }

    Component {
        id: undoComponent
        JournalUndo { model: Workspace.phoneNumbers }
    }

    function openWindow() {
        const win = createTemporaryObject(windowComponent, testCase)
        verify(win !== null)
        win.show()
        tryVerify(() => win.visible)
        return win
    }
    function item(win, name) {
        const found = Helpers.find(win.contentItem.parent, name)
        verify(found !== null, "found " + name)
        return found
    }

    function test_listsNewestFirstAndNamesTheDamage() {
        const win = openWindow()
        compare(win.entries.count, 4)
        compare(win.shown.count, 4)
        compare(win.shown.entry(0).entryId, "11111111-0000-4000-8000-000000000004")
        compare(win.shown.entry(3).entryId, "11111111-0000-4000-8000-000000000001")
        compare(win.entries.damage.length, 2)
        const banner = item(win, "journalDamage")
        verify(banner.visible)
        verify(win.entries.damage[0].startsWith("line 2: "), win.entries.damage[0])
        verify(win.entries.damage[1].startsWith("line 6: cut off"), win.entries.damage[1])
        compare(item(win, "journalCount").text, "4 changes")
        compare(win.currentRow, 0)
    }

    function test_searchAndFilters() {
        const win = openWindow()
        const search = item(win, "journalSearch")
        search.forceActiveFocus()
        search.text = "+33 6 12"
        compare(win.shown.count, 1)
        compare(win.shown.entry(0).userId, "user_journal_b")
        compare(item(win, "journalCount").text, "1 of 4 changes")
        search.text = "user_journal_a"
        compare(win.shown.count, 2)
        search.text = ""

        const operation = item(win, "journalOperation")
        operation.currentIndex = 1
        operation.activated(1)
        compare(win.shown.operation, JournalOperation.Update)
        compare(win.shown.count, 2)
        operation.currentIndex = 0
        operation.activated(0)
        compare(win.shown.operation, undefined)
        compare(win.shown.count, 4)

        item(win, "journalFrom").text = "2026-06-01"
        item(win, "journalTo").text = "2026-07-01"
        compare(win.shown.count, 2)
        item(win, "journalTo").text = "July"
        verify(win.shown.dateError.length > 0)
        compare(win.shown.count, 3)
    }

    function test_detailsShowBeforeAfterAndFailures() {
        const win = openWindow()
        // The oldest entry: an edit that verified the number.
        win.currentRow = 3
        tryCompare(item(win, "journalDetailTitle"), "text", "Edit · +4915112345678")
        const verification = item(win, "change_Verification")
        compare(verification.text, "Verification:  unverified  →  verified")
        compare(verification.font.weight, Font.DemiBold)
        compare(item(win, "change_Primary").font.weight, Font.Normal)
        verify(!item(win, "journalDetailError").visible)
        verify(item(win, "journalUndoButton").enabled)

        // The newest: a failed change, with Clerk's words and trace id; nothing to undo.
        win.currentRow = 0
        const error = item(win, "journalDetailError")
        tryVerify(() => error.visible)
        compare(error.message, "Resource not found [resource_not_found]")
        compare(error.traceId, "trace_journal_4")
        verify(!item(win, "journalUndoButton").enabled)

        // Clicking an entry of the list selects it.
        const list = item(win, "journalList")
        tryVerify(() => list.itemAtIndex(2) !== null)
        mouseClick(list.itemAtIndex(2))
        compare(win.currentRow, 2)
        tryCompare(item(win, "journalDetailTitle"), "text", "Delete number · +33612345678")
        compare(item(win, "change_Number exists").text, "Number exists:  yes  →  no")
    }

    function test_undoRefusedWithTheReason() {
        const win = openWindow()
        win.currentRow = 1 // the reset of two-step sign-in
        tryCompare(win.currentEntry, "operation", JournalOperation.ResetMfa)
        verify(item(win, "journalUndoButton").enabled)
        // The backend of the Undo dialog, on the same journal: refused with the reason, nothing sent.
        const undo = createTemporaryObject(undoComponent, testCase, { journal: win.journal, entryId: win.currentEntry.entryId })
        undo.check()
        tryVerify(() => undo.refusal.length > 0)
        verify(undo.refusal.indexOf("cannot be undone") >= 0, undo.refusal)
        verify(undo.error.indexOf("cannot be undone") >= 0, undo.error)
        verify(!undo.canSubmit)
        verify(!undo.busy)
    }
}

// SPDX-License-Identifier: MIT
// The Journal view's erasures on the demo's journal (see tst_qml.cpp): a change is made through
// an editor backend, then Forget a user… counts that user's entries, removes them all on
// confirmation and the view reads the journal again; Remove entries before… refuses what is no
// day, counts the entries before the day typed and cancels without removing anything. Every
// control of the two dialogs has an accessible name. Changes one unverified demo number of the
// first page and sets it back.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "JournalErase"
    when: windowShown

    Component {
        id: windowComponent
        JournalWindow {
            readOnly: false
            journal: Workspace.journal
            phoneNumbers: Workspace.phoneNumbers
        }
    }
    Component {
        id: editorComponent
        PhoneNumberEditor { model: Workspace.phoneNumbers }
    }
    Component {
        id: spyComponent
        SignalSpy { signalName: "done" }
    }

    function initTestCase() {
        Workspace.filtered.clearFilters()
        if (Workspace.phoneNumbers.query.length > 0)
            Workspace.phoneNumbers.search("")
        else if (Workspace.phoneNumbers.rowCount() === 0 && !Workspace.phoneNumbers.loading)
            Workspace.phoneNumbers.refresh()
        tryVerify(() => Workspace.filtered.count > 0 && !Workspace.phoneNumbers.loading, 15000, "rows are loaded")
    }

    function item(win, name) {
        const found = Helpers.find(win.contentItem.parent, name)
        verify(found !== null, "found " + name)
        return found
    }
    function inDialog(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
        verify(found !== null, "found " + name)
        return found
    }

    // Sets Verified of an unverified number of the list and back: two entries of its owner.
    function changeSomeone() {
        const model = Workspace.filtered
        let row = null
        for (let i = 0; i < model.count && row === null; ++i) {
            const candidate = model.get(i)
            if (candidate.verificationState !== "verified" && candidate.isPrimary !== true
                    && candidate.reservedForSecondFactor !== true)
                row = candidate
        }
        verify(row !== null, "the demo has an unverified number")
        for (const on of [true, false]) {
            const editor = createTemporaryObject(editorComponent, testCase, { phoneNumberId: row.id })
            const done = createTemporaryObject(spyComponent, testCase, { target: editor })
            editor.verified = on
            verify(editor.canSubmit, editor.validationError)
            editor.submit()
            done.wait(15000)
        }
        return String(row.userId)
    }

    function entriesOf(win, userId) {
        let count = 0
        for (let i = 0; i < win.entries.count; ++i)
            if (win.shown.entry(i).userId === userId)
                ++count
        return count
    }

    function test_forgetAUser() {
        const userId = changeSomeone()
        const win = createTemporaryObject(windowComponent, testCase)
        win.show()
        tryVerify(() => win.visible)
        win.entries.reload()
        verify(entriesOf(win, userId) >= 2)
        win.currentRow = 0
        compare(String(win.currentEntry.userId), userId)

        const button = item(win, "journalForgetUser")
        verify(button.enabled)
        verify(button.Accessible.description.length > 0)
        mouseClick(button)
        const dialog = win.forgetDialog
        tryVerify(() => dialog.opened)
        const field = inDialog(dialog, "forgetUserIdInput")
        compare(field.text, userId)
        verify(field.Accessible.name.length > 0)
        const confirm = inDialog(dialog, "forgetUserConfirm")
        verify(confirm.Accessible.name.length > 0)
        verify(inDialog(dialog, "forgetUserCancel").text.length > 0)
        tryVerify(() => dialog.eraser.userLineCount >= 2)
        verify(inDialog(dialog, "forgetUserCount").text.length > 0)
        verify(confirm.enabled)

        // Someone who has no entry: nothing to remove.
        field.text = "user_nobody_at_all"
        compare(dialog.eraser.userLineCount, 0)
        verify(!confirm.enabled)
        field.text = userId

        mouseClick(confirm)
        tryVerify(() => !dialog.visible)
        compare(entriesOf(win, userId), 0)
        verify(item(win, "journalEraseMessage").visible)
        verify(item(win, "journalEraseMessage").text.indexOf(userId) >= 0)
    }

    function test_removeEntriesBeforeCountsAndCancels() {
        changeSomeone()
        const win = createTemporaryObject(windowComponent, testCase)
        win.show()
        tryVerify(() => win.visible)
        const before = win.entries.count
        verify(before > 0)
        mouseClick(item(win, "journalPurge"))
        const dialog = win.purgeDialog
        tryVerify(() => dialog.opened)
        const field = inDialog(dialog, "purgeDayInput")
        verify(field.Accessible.name.length > 0)
        verify(field.Accessible.description.length > 0)
        const confirm = inDialog(dialog, "purgeConfirm")

        field.text = "May 12"
        verify(dialog.eraser.dayError.length > 0)
        verify(!confirm.enabled)
        field.text = "2000-01-01"
        compare(dialog.eraser.beforeCount, 0)
        verify(!confirm.enabled)
        // Tomorrow: every entry is from before it.
        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
        field.text = Qt.formatDate(tomorrow, "yyyy-MM-dd")
        compare(dialog.eraser.beforeCount, before)
        verify(confirm.enabled)
        verify(inDialog(dialog, "purgeCount").text.indexOf(String(before)) >= 0)

        mouseClick(inDialog(dialog, "purgeCancel"))
        tryVerify(() => !dialog.visible)
        win.entries.reload()
        compare(win.entries.count, before)
    }
}

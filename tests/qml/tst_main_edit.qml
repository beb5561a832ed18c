// SPDX-License-Identifier: MIT
// End to end through the real main window against the demo sandbox (see tst_qml.cpp): select an
// unverified number in the list, open the edit dialog with Ctrl+E, switch Verified on, save, and
// see the row, the detail pane and, after a reload from the server, the list say "Verified".
// Changes only numbers of the first page of users (positions 0–9 of the sandbox's order).
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "MainWindowEdit"
    when: windowShown

    property var window: null

    function initTestCase() {
        Workspace.filtered.clearFilters()
        if (Workspace.phoneNumbers.query.length > 0)
            Workspace.phoneNumbers.search("")
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
        tryVerify(() => list().count > 0 && !Workspace.phoneNumbers.loading, 15000, "rows appear")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function find(root, name) {
        const found = Helpers.find(root, name)
        verify(found !== null, name + " exists")
        return found
    }
    function list() { return find(window.contentItem, "phoneNumberList") }

    // The first row of the list that is unverified, not primary and not reserved for 2FA.
    function unverifiedRowIndex() {
        for (let i = 0; i < Workspace.filtered.count; ++i) {
            const row = Workspace.filtered.get(i)
            if (row.verificationState !== "verified" && row.isPrimary !== true
                    && row.reservedForSecondFactor !== true)
                return i
        }
        return -1
    }

    function test_selectEditSaveAndTheRowChanges() {
        const index = unverifiedRowIndex()
        verify(index >= 0, "the first page has an unverified number")
        const id = String(Workspace.filtered.get(index).id)

        // Select it with the mouse, as an agent would.
        list().positionViewAtIndex(index, ListView.Contain)
        let delegate = null
        tryVerify(() => (delegate = list().itemAtIndex(index)) !== null, 5000, "the row is on screen")
        mouseClick(delegate)
        tryCompare(list(), "currentIndex", index)
        const detail = find(window.contentItem, "detailPane")
        tryVerify(() => detail.row.id === id, 5000, "the details show the number")
        verify(find(delegate, "verificationBadge").text !== "Verified")

        keySequence("Ctrl+E")
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Ctrl+E opens the dialog")
        const dialog = window.activeDialog
        compare(dialog.editor.phoneNumberId, id)
        const save = find(dialog.footer, "editSaveButton")
        verify(!save.enabled, "Save waits for a change")

        mouseClick(find(dialog.contentItem, "verifiedSwitch"))
        tryCompare(dialog.editor, "verified", true)
        verify(save.enabled)
        verify(find(dialog.contentItem, "verifiedChange").visible)
        mouseClick(save)
        tryVerify(() => window.activeDialog === null, 10000, "the dialog closes once Clerk took the change")

        // The same number, found by id, now reads Verified in the list and in the details.
        const row = Workspace.filtered.rowOfId(id)
        verify(row >= 0)
        compare(Workspace.filtered.get(row).verificationState, "verified")
        compare(Workspace.filtered.get(row).verificationKind, "admin")
        tryVerify(() => list().itemAtIndex(row) !== null)
        tryCompare(find(list().itemAtIndex(row), "verificationBadge"), "text", "Verified")
        // detail.row is replaced, not changed, when the model changes: poll the property, not one object.
        tryVerify(() => detail.row.verificationState === "verified", 5000, "the details read Verified")
        compare(detail.row.id, id)

        // A reload reads it back from the server: the change was made there, not only on screen.
        const refreshed = Workspace.phoneNumbers.lastRefreshed
        wait(1100)
        keyClick(Qt.Key_F5)
        tryVerify(() => Workspace.phoneNumbers.lastRefreshed > refreshed && !Workspace.phoneNumbers.loading,
                  10000, "F5 reloads")
        const reloaded = Workspace.filtered.rowOfId(id)
        verify(reloaded >= 0)
        compare(Workspace.filtered.get(reloaded).verificationState, "verified")
    }
}

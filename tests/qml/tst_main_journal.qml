// SPDX-License-Identifier: MIT
// A change the journal cannot record, through the real main window against the demo sandbox
// (see tst_qml.cpp): with the journal pointed at a folder that cannot be made, a saved edit
// closes its dialog as usual and the main window says that the change is not in the journal,
// until the journal can be written again. Changes one number of the first page of users
// (positions 0–9) and sets it back.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "MainWindowJournal"
    when: windowShown

    property var window: null
    // The demo journal's file, put back after the test.
    property string journalPath

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
        tryVerify(() => Workspace.filtered.count > 0 && !Workspace.phoneNumbers.loading, 15000, "rows appear")
        journalPath = Workspace.journal.path
        verify(journalPath.length > 0, "the demo has a journal")
    }

    function cleanupTestCase() {
        if (journalPath.length > 0)
            Workspace.journal.path = journalPath
        if (window)
            window.destroy()
    }

    function find(root, name) {
        const found = Helpers.find(root, name)
        verify(found !== null, name + " exists")
        return found
    }

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

    // Opens the edit dialog on the number with `id`, sets Verified and saves; answers once the
    // dialog has closed.
    function saveVerified(id, on) {
        const row = Workspace.filtered.rowOfId(id)
        verify(row >= 0, "the number is listed")
        const list = find(window.contentItem, "phoneNumberList")
        list.positionViewAtIndex(row, ListView.Contain)
        let delegate = null
        tryVerify(() => (delegate = list.itemAtIndex(row)) !== null, 5000, "the row is on screen")
        mouseClick(delegate)
        tryCompare(list, "currentIndex", row)
        tryVerify(() => find(window.contentItem, "detailPane").row.id === id, 5000, "the number is selected")
        window.editSelected()
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "the edit dialog opens")
        const dialog = window.activeDialog
        dialog.editor.verified = on
        const save = find(dialog.footer, "editSaveButton")
        tryVerify(() => save.enabled, 5000, "Save can be pressed")
        mouseClick(save)
        tryVerify(() => window.activeDialog === null, 10000, "the dialog closes once Clerk took the change")
    }

    function test_aChangeTheJournalCannotRecordIsSaid() {
        const banner = find(window.header, "journalWriteBanner")
        verify(!banner.visible, "nothing to say while the journal is written")

        const index = unverifiedRowIndex()
        verify(index >= 0, "the first page has an unverified number")
        const id = String(Workspace.filtered.get(index).id)

        // A folder under /proc cannot be made, not even by root.
        Workspace.journal.path = "/proc/phonedesk-no-journal/journal.jsonl"
        ignoreWarning(/The change is not in the journal: the folder \/proc\/phonedesk-no-journal cannot be created/)
        saveVerified(id, true)
        compare(Workspace.filtered.get(Workspace.filtered.rowOfId(id)).verificationState, "verified",
                "the change was made")
        tryVerify(() => banner.visible, 5000, "the window says the change is not in the journal")
        const text = find(banner, "journalWriteBannerNoticeText").text
        verify(text.indexOf("could not be written to the journal") >= 0, text)
        verify(text.indexOf("/proc/phonedesk-no-journal") >= 0, "names the folder: " + text)

        // The journal back where it was: the strip goes, and the number is set back (recorded).
        Workspace.journal.path = journalPath
        tryVerify(() => !banner.visible, 5000, "a journal that can be written again says nothing")
        saveVerified(id, false)
        verify(!banner.visible)
        compare(Workspace.filtered.get(Workspace.filtered.rowOfId(id)).verificationState !== "verified", true,
                "the number is unverified again")
    }
}

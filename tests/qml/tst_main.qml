// SPDX-License-Identifier: MIT
// The real main window against the demo sandbox (50 users, 10 a page; see tst_qml.cpp): rows
// appear, the first is shown in detail, the keyboard moves the selection, scrolling pages in
// more users, a search without matches says so and can be cleared, and filters narrow the list.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        // Other test files' windows may have been shown before: this one must be the active
        // window, as the app's only window is, for keyboard focus to be there.
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
        tryVerify(() => list().count > 0, 15000, "rows appear")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function find(name) {
        const found = Helpers.find(window.contentItem, name)
                   || Helpers.find(window.header, name) || Helpers.find(window.footer, name)
        verify(found !== null, name + " exists")
        return found
    }
    function list() { return find("phoneNumberList") }
    function detail() { return find("detailPane") }

    function test_0_searchHasFocusAtStart() {
        verify(find("searchField").activeFocus)
    }

    function test_1_rowsAndDetails() {
        verify(Workspace.demo)
        verify(find("demoBanner").visible)
        verify(find("demoDataBadge").visible)
        tryVerify(() => detail().hasRow, 5000, "the first number is shown in detail")
        compare(detail().row.id, Workspace.filtered.get(0).id)
        compare(list().currentIndex, 0)
        verify(find("detailNumber").text.length > 0)
        verify(find("rowsLabel").text.indexOf("of 50 users") > 0, find("rowsLabel").text)
        compare(Helpers.rawValuesShown(window.contentItem), [])
    }

    function test_2_keyboardMovesTheSelection() {
        list().forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        tryCompare(list(), "currentIndex", 2)
        tryCompare(detail().row, "id", Workspace.filtered.get(2).id)
        keyClick(Qt.Key_Up)
        tryCompare(list(), "currentIndex", 1)
        keyClick(Qt.Key_Return)
        verify(detail().activeFocus, "Enter moves to the details")
    }

    function test_3_scrollingPagesInMoreUsers() {
        const before = Workspace.phoneNumbers.loadedUserCount
        verify(Workspace.phoneNumbers.hasMore)
        const view = list()
        // The view asks the model for more by itself as its end comes into view.
        for (let i = 0; i < 5 && Workspace.phoneNumbers.loadedUserCount === before; ++i) {
            view.positionViewAtEnd()
            wait(200)
        }
        tryVerify(() => Workspace.phoneNumbers.loadedUserCount > before, 10000, "scrolling loaded another page")
    }

    function test_4_selectionFollowsTheNumberWhenSorted() {
        list().forceActiveFocus()
        keyClick(Qt.Key_Down)
        const id = detail().row.id
        Workspace.filtered.sortKey = PhoneNumberFilterModel.Number
        tryVerify(() => list().currentIndex === Workspace.filtered.rowOfId(id), 5000)
        compare(detail().row.id, id)
        Workspace.filtered.sortKey = PhoneNumberFilterModel.Created
    }

    function test_5_searchWithoutMatchesSaysSoAndClears() {
        const field = find("searchField")
        field.forceActiveFocus()
        field.selectAll()
        for (const ch of "zzqxnobody")
            keyClick(ch)
        tryVerify(() => find("noMatchView").visible, 10000, "the no-match screen shows")
        verify(find("stateMessage").text.length > 0)
        const clear = find("noMatchClearSearchButton")
        verify(clear.visible)
        mouseClick(clear)
        compare(field.text, "")
        tryVerify(() => list().visible && list().count > 0, 10000, "rows return")
    }

    function test_6_filtersNarrowAndClear() {
        const all = Workspace.filtered.count
        Workspace.filtered.verificationState = PhoneNumberFilterModel.Verified
        tryVerify(() => Workspace.filtered.count < all)
        for (let row = 0; row < Workspace.filtered.count; ++row)
            compare(Workspace.filtered.get(row).verificationState, "verified")
        verify(find("clearFiltersButton").enabled)
        mouseClick(find("clearFiltersButton"))
        compare(Workspace.filtered.verificationState, PhoneNumberFilterModel.AnyVerification)
        tryCompare(Workspace.filtered, "count", all)
    }

    function test_7_keyboardShortcuts() {
        list().forceActiveFocus()
        keySequence("Ctrl+F")
        verify(find("searchField").activeFocus, "Ctrl+F focuses the search")
        keyClick(Qt.Key_Down)
        verify(list().activeFocus, "Down leaves the search for the list")
        const refreshed = Workspace.phoneNumbers.lastRefreshed
        wait(1100)
        keyClick(Qt.Key_F5)
        tryVerify(() => Workspace.phoneNumbers.lastRefreshed > refreshed, 10000, "F5 reloads")
    }

    function test_8_editOpensForTheSelectedNumber() {
        tryVerify(() => list().count > 0, 15000, "rows are back")
        list().forceActiveFocus()
        keyClick(Qt.Key_Down)
        const selected = Workspace.filtered.get(list().currentIndex)
        keySequence("Ctrl+E")
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Ctrl+E opens the dialog")
        compare(window.activeDialog.editor.phoneNumberId, String(selected.id))
        verify(window.activeDialog.title.indexOf("Edit ") === 0)
        keyClick(Qt.Key_Escape)
        tryVerify(() => window.activeDialog === null, 5000, "Escape closes it when nothing changed")

        mouseClick(find("detailEditButton"))
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Edit… opens the dialog")
        compare(window.activeDialog.editor.phoneNumberId, String(selected.id))
        window.activeDialog.close()
        tryVerify(() => window.activeDialog === null)
    }

    // Each action under the number opens its dialog for the selected number and nothing is sent
    // until the agent confirms: Cancel leaves the list as it was.
    function test_9_actionsOpenTheirDialogs() {
        tryVerify(() => list().count > 0, 15000, "rows are back")
        list().forceActiveFocus()
        keyClick(Qt.Key_Down)
        const selected = Workspace.filtered.get(list().currentIndex)
        const rows = Workspace.filtered.count

        keyClick(Qt.Key_Delete)
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Delete opens the confirmation")
        compare(window.activeDialog.objectName, "deleteNumberDialog")
        compare(window.activeDialog.deleter.phoneNumberId, String(selected.id))
        keyClick(Qt.Key_Escape)
        tryVerify(() => window.activeDialog === null, 5000, "Escape cancels the deletion")
        compare(Workspace.filtered.count, rows)

        mouseClick(find("detailVerifyButton"))
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Send code… opens its dialog")
        compare(window.activeDialog.objectName, "verificationDialog")
        window.activeDialog.close()
        tryVerify(() => window.activeDialog === null)

        keySequence(StandardKey.New)
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "Ctrl+N opens Add number")
        compare(window.activeDialog.objectName, "addNumberDialog")
        compare(window.activeDialog.creator.userId, "", "the agent picks the user")
        window.activeDialog.close()
        tryVerify(() => window.activeDialog === null)

        const more = [["detailAddMenuItem", "addNumberDialog"], ["detailReplaceMenuItem", "replaceNumbersDialog"],
                      ["detailResetMfaMenuItem", "resetMfaDialog"]]
        for (const [item, dialogName] of more) {
            mouseClick(find("detailMoreButton"))
            // An open menu lives in the window's overlay.
            let entry = null
            tryVerify(() => (entry = Helpers.find(window.contentItem.parent, item)) !== null && entry.visible, 5000,
                      "More opens its menu with " + item)
            mouseClick(entry)
            tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, item + " opens its dialog")
            compare(window.activeDialog.objectName, dialogName)
            compare(String(window.activeDialog.row.id), String(selected.id))
            window.activeDialog.close()
            tryVerify(() => window.activeDialog === null)
        }
    }
}

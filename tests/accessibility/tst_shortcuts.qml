// SPDX-License-Identifier: MIT
// Every application shortcut acts from any focused control: Ctrl+Shift+D and each menu shortcut
// from the search field, Ctrl+Shift+D from every control Tab reaches, and both while the platform
// hands keys to the window without having activated it (no window manager, focus under the
// pointer), where Qt's window shortcuts alone do nothing.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "Shortcuts"
    when: windowShown

    property var window: null

    Component {
        id: otherWindowComponent
        Window {
            width: 200
            height: 100
        }
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        activateMain()
        tryVerify(() => find("phoneNumberList").count > 0, 15000, "rows appear")
        tryVerify(() => find("detailPane").hasRow, 5000, "the first number is shown in detail")
    }

    function cleanupTestCase() {
        window.setThemeMode("system")
        if (window)
            window.destroy()
    }

    function find(name) {
        const found = Helpers.findInWindow(window, name)
        verify(found !== null, name + " exists")
        return found
    }
    function activateMain() {
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
    }
    function focusSearch() {
        const field = find("searchField")
        field.forceActiveFocus()
        verify(field.activeFocus, "the search field has the keyboard")
    }
    function closeDialog() {
        const dialog = window.activeDialog || window.connectionDialog
        verify(dialog !== null)
        dialog.close()
        tryVerify(() => window.activeDialog === null && window.connectionDialog === null, 5000, "the dialog closed")
    }

    // What each menu shortcut does, pressed in the search field.
    function test_menuShortcutsFromTheSearchField_data() {
        return [
            { tag: "Ctrl+Shift+D", sequence: "Ctrl+Shift+D" },
            { tag: "F5 refresh", sequence: "F5" },
            { tag: "Ctrl+Shift+O connections", sequence: "Ctrl+Shift+O", dialog: "connectionDialog" },
            { tag: "Ctrl+F find", sequence: "Ctrl+F" },
            { tag: "Ctrl+N add number", sequence: "Ctrl+N", dialog: "addNumberDialog" },
            { tag: "Ctrl+E edit number", sequence: "Ctrl+E", dialog: "editNumberDialog" },
            { tag: "Ctrl+Shift+V verification", sequence: "Ctrl+Shift+V", dialog: "verificationDialog" },
            { tag: "Ctrl+Shift+C copy number", sequence: "Ctrl+Shift+C", copies: "phoneNumber" },
            { tag: "Ctrl+Shift+U copy user id", sequence: "Ctrl+Shift+U", copies: "userId" },
            { tag: "Ctrl+J journal", sequence: "Ctrl+J", window: "journalWindow" },
            { tag: "Ctrl+Shift+A audit", sequence: "Ctrl+Shift+A", window: "auditWindow" }
        ]
    }

    function test_menuShortcutsFromTheSearchField(data) {
        activateMain()
        focusSearch()
        pressAndCheck(data, () => keySequence(data.sequence))
    }

    // Keys reach the window while another window is the active one, as an X server without a
    // window manager delivers them: the shortcuts act all the same, and the window is activated.
    function test_shortcutsInAWindowNotYetActivated_data() {
        return test_menuShortcutsFromTheSearchField_data()
    }

    function test_shortcutsInAWindowNotYetActivated(data) {
        activateMain()
        focusSearch()
        const other = createTemporaryObject(otherWindowComponent, testCase)
        other.show()
        other.requestActivate()
        tryVerify(() => other.active && !window.active, 5000, "another window is the active one")
        pressAndCheck(data, () => keys.sequence(window, data.sequence))
        // A window of its own (journal, audit) took the keyboard since.
        if (data.window === undefined)
            tryVerify(() => window.active, 5000, "typing in the window activated it")
    }

    // Presses with `press` and checks what data's shortcut did.
    function pressAndCheck(data, press) {
        const detail = find("detailPane")
        verify(detail.hasRow)
        if (data.sequence === "Ctrl+Shift+D") {
            const dark = Theme.dark
            press()
            tryCompare(Theme, "dark", !dark)
        } else if (data.sequence === "F5") {
            const refreshed = Workspace.phoneNumbers.lastRefreshed
            wait(1100)
            press()
            tryVerify(() => Workspace.phoneNumbers.lastRefreshed > refreshed, 10000, "F5 reloads")
            tryVerify(() => find("phoneNumberList").count > 0 && detail.hasRow, 15000, "rows are back")
        } else if (data.sequence === "Ctrl+F") {
            find("phoneNumberList").forceActiveFocus()
            press()
            verify(find("searchField").activeFocus, "Ctrl+F focuses the search field")
        } else if (data.dialog !== undefined) {
            press()
            tryVerify(() => {
                const open = window.activeDialog || window.connectionDialog
                return open !== null && open.opened && open.objectName === data.dialog
            }, 5000, data.dialog + " opens")
            closeDialog()
        } else if (data.copies !== undefined) {
            keys.clearClipboard()
            press()
            const expected = String(detail.row[data.copies])
            tryVerify(() => keys.clipboardText() === expected, 5000, data.copies + " copied")
        } else if (data.window !== undefined) {
            press()
            tryVerify(() => window[data.window] !== null && window[data.window].visible, 5000, data.window + " opens")
            window[data.window].close()
            tryVerify(() => !window[data.window].visible)
        } else {
            fail("nothing to check for " + data.sequence)
        }
    }

    // Ctrl+Shift+D from every control that Tab reaches in the main window.
    function test_themeShortcutFromEveryFocusedControl() {
        activateMain()
        focusSearch()
        const start = window.activeFocusItem
        const seen = []
        for (let step = 0; step < 80; ++step) {
            const focused = window.activeFocusItem
            verify(focused !== null)
            const dark = Theme.dark
            keySequence("Ctrl+Shift+D")
            compare(Theme.dark, !dark, "Ctrl+Shift+D acts while " + (focused.objectName || focused) + " has the keyboard")
            seen.push(focused)
            keyClick(Qt.Key_Tab)
            if (window.activeFocusItem === start)
                break
        }
        verify(seen.length > 10, "Tab went through the window's controls (" + seen.length + ")")
        compare(window.activeFocusItem, start, "Tab came round to the search field")
    }
}

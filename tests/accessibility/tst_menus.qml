// SPDX-License-Identifier: MIT
// The menus show each action's shortcut at the item's right end in the platform's words, and a
// screen reader reads every menu and item without the mnemonic's "&".
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "Menus"
    when: windowShown

    property var window: null
    // The offscreen platform binds no key to StandardKey.Quit; X11 and Wayland bind Ctrl+Q.
    readonly property string quitText: Qt.platform.pluginName === "offscreen" ? "" : "Ctrl+Q"

    function initTestCase() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function test_shortcutText() {
        compare(ShortcutText.nativeText("F5"), "F5")
        compare(ShortcutText.nativeText("Ctrl+Shift+V"), "Ctrl+Shift+V")
        compare(ShortcutText.nativeText(StandardKey.Quit), testCase.quitText)
        compare(ShortcutText.nativeText(StandardKey.Find), "Ctrl+F")
        compare(ShortcutText.nativeText(""), "")
        compare(ShortcutText.nativeText(undefined), "")
        compare(ShortcutText.withoutMnemonic("&Refresh"), "Refresh")
        compare(ShortcutText.withoutMnemonic("Reset two-step sign-in (&MFA)…"), "Reset two-step sign-in (MFA)…")
        compare(ShortcutText.withoutMnemonic("Save && &quit"), "Save & quit")
    }

    function menu(title) {
        const bar = window.menuBar
        for (let i = 0; i < bar.count; ++i) {
            if (bar.menuAt(i).title === title)
                return bar.menuAt(i)
        }
        fail("no menu " + title)
        return null
    }

    // Each item of the menu titled `title`: its name as read, and the shortcut shown ("" for none).
    function itemsOf(menu) {
        const items = []
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.text !== undefined && item.text.length > 0)
                items.push(item)
        }
        return items
    }

    function test_menusShowTheirShortcuts_data() {
        return [
            { tag: "File", title: "&File", items: [["Refresh", "F5"], ["Load all users", ""], ["Connections…", "Ctrl+Shift+O"],
                                                   ["Quit", testCase.quitText]] },
            { tag: "Edit", title: "&Edit", items: [["Find", "Ctrl+F"], ["Add number…", "Ctrl+N"], ["Edit number…", "Ctrl+E"],
                                                   ["Send or check a verification code…", "Ctrl+Shift+V"], ["Delete number…", ""],
                                                   ["Replace all of the user's numbers…", ""], ["Reset two-step sign-in (MFA)…", ""],
                                                   ["Sign-in", ""], ["Copy number", "Ctrl+Shift+C"], ["Copy user id", "Ctrl+Shift+U"]] },
            { tag: "View", title: "&View", items: [["Journal", "Ctrl+J"], ["Audit…", "Ctrl+Shift+A"], ["Clear filters", ""],
                                                   ["System colours", ""], ["Light", ""], ["Dark", ""]] },
            { tag: "Help", title: "&Help", items: [["About PhoneDesk", ""]] }
        ]
    }

    function test_menusShowTheirShortcuts(data) {
        const shown = menu(data.title)
        shown.open()
        tryVerify(() => shown.opened)
        const items = itemsOf(shown)
        compare(items.length, data.items.length, "the items of " + data.tag)
        for (let i = 0; i < items.length; ++i) {
            const item = items[i]
            const [name, shortcut] = data.items[i]
            compare(item.Accessible.name, name, "read without the mnemonic")
            compare(item.shortcutText, shortcut, name + ": the shortcut shown")
            const label = Helpers.find(item, "shortcutLabel")
            verify(label !== null, name + " has a shortcut label")
            compare(label.visible, shortcut.length > 0)
            if (shortcut.length > 0) {
                compare(label.text, shortcut)
                compare(item.Accessible.description, "Shortcut: " + shortcut)
                // At the right end, clear of the item's own text, inside the menu.
                verify(label.x + label.width <= item.width - item.padding + 0.5, name + ": the shortcut fits")
                verify(label.x >= item.leftPadding + item.contentItem.implicitWidth, name + ": the shortcut is clear of the text")
            }
            verify(item.width >= item.implicitWidth, name + ": the item is not cut")
        }
        shown.close()
        tryVerify(() => !shown.visible)
    }

    function test_menuBarEntriesReadWithoutMnemonic() {
        const bar = window.menuBar
        const names = []
        for (let i = 0; i < bar.count; ++i) {
            const entry = bar.itemAt(i)
            names.push(entry.Accessible.name)
        }
        compare(names, ["File", "Edit", "View", "Help"])
    }
}

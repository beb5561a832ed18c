// SPDX-License-Identifier: MIT
// Tab from the search field goes through the main window's controls in the order they are laid
// out: the search and filters row by row, the list, then the selected number's actions in the
// detail pane, top to bottom and left to right, and comes round to the search field.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "FocusOrder"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
        tryVerify(() => find("phoneNumberList").count > 0, 15000, "rows appear")
        tryVerify(() => find("detailPane").hasRow, 5000, "the first number is shown in detail")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function find(name) {
        const found = Helpers.findInWindow(window, name)
        verify(found !== null, name + " exists")
        return found
    }

    function isInside(item, ancestor) {
        for (let at = item; at; at = at.parent) {
            if (at === ancestor)
                return true
        }
        return false
    }

    function describe(item) {
        const name = item.Accessible.name || item.text || ""
        return (item.objectName || String(item).replace(/\(.*$/, "")) + (name ? " \"" + name + "\"" : "")
    }

    // The controls Tab reaches from the search field, once round.
    function tabChain() {
        const field = find("searchField")
        field.forceActiveFocus()
        const chain = []
        for (let step = 0; step < 100; ++step) {
            const item = window.activeFocusItem
            const at = item.mapToItem(null, 0, 0)
            const region = isInside(item, window.header) ? 0
                         : isInside(item, find("phoneNumberList")) ? 1
                         : isInside(item, find("detailPane")) ? 2
                         : isInside(item, window.footer) ? 3 : -1
            chain.push({ item: item, x: at.x, y: at.y, height: item.height, region: region })
            keyClick(Qt.Key_Tab)
            if (window.activeFocusItem === field)
                break
        }
        return chain
    }

    function test_tabFollowsTheLayout() {
        const chain = tabChain()
        verify(chain.length > 5, "Tab reaches the controls")
        compare(window.activeFocusItem, find("searchField"), "Tab comes round to the search field")
        const problems = []
        for (let i = 0; i < chain.length; ++i) {
            const entry = chain[i]
            if (!entry.item.visible)
                problems.push("hidden control takes the focus: " + describe(entry.item))
            if (entry.region < 0)
                problems.push("control outside the header, list, details and status bar: " + describe(entry.item))
            if (i === 0)
                continue
            const before = chain[i - 1]
            if (entry.region < before.region) {
                problems.push(describe(entry.item) + " comes after " + describe(before.item) + " but is in an earlier part of the window")
                continue
            }
            if (entry.region !== before.region)
                continue
            // The same row: left to right; else top to bottom.
            const sameRow = Math.abs(entry.y - before.y) < Math.max(entry.height, before.height) / 2
            const inOrder = sameRow ? entry.x > before.x : entry.y > before.y
            if (!inOrder)
                problems.push(describe(entry.item) + " at (" + Math.round(entry.x) + ", " + Math.round(entry.y) + ") comes after "
                              + describe(before.item) + " at (" + Math.round(before.x) + ", " + Math.round(before.y) + ")")
        }
        compare(problems, [], "Tab order: " + chain.map((entry) => describe(entry.item)).join(" → "))
    }

    function test_listThenTheNumbersActions() {
        const chain = tabChain()
        const items = chain.map((entry) => entry.item)
        // The list hands the keyboard to its current row.
        const list = chain.findIndex((entry) => entry.region === 1)
        verify(list > items.indexOf(find("searchField")), "the list comes after the search field")
        verify(list > items.indexOf(find("sortDirectionButton")), "the list comes after the filters")
        compare(chain.filter((entry) => entry.region === 1).length, 1, "the list is one stop")
        const actions = ["detailEditButton", "detailVerifyButton", "detailDeleteButton", "detailMoreButton"].map((name) => items.indexOf(find(name)))
        for (let i = 0; i < actions.length; ++i) {
            verify(actions[i] > list, "the number's actions come after the list")
            if (i > 0)
                compare(actions[i], actions[i - 1] + 1, "the number's actions in their order")
        }
    }
}

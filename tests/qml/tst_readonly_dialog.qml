// SPDX-License-Identifier: MIT
// A read-only profile against the shared demo sandbox (see tst_qml.cpp): the change buttons under
// the number give way to a notice that says why, and the main window opens no change dialog (not
// from the menu, not from the Delete key, which asks runAction) and shows a Read-only badge. The
// demo is not read-only, so the flag is set on the items themselves. Nothing is sent.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "ReadOnlyDialogs"
    width: 700
    height: 300
    visible: true
    when: windowShown

    Component { id: actionsComponent; NumberActions { width: 600 } }

    property var row: null

    function initTestCase() {
        const list = Workspace.phoneNumbers
        tryVerify(() => !list.loading, 15000)
        if (list.loadedUserCount === 0)
            list.refresh()
        tryVerify(() => !list.loading && Workspace.filtered.count > 0, 15000, "rows to act on")
        verify(!Workspace.readOnly, "the demo may change")
        row = Workspace.filtered.get(0)
    }

    function test_readOnlyHidesTheChanges() {
        const actions = createTemporaryObject(actionsComponent, testCase, { row: testCase.row })
        verify(actions !== null)
        const names = ["detailEditButton", "detailVerifyButton", "detailDeleteButton", "detailMoreButton"]
        for (const name of names) {
            const button = Helpers.find(actions, name)
            verify(button.visible && button.enabled, name + " is there on a profile that may change")
        }
        verify(!Helpers.find(actions, "readOnlyNotice").visible)

        actions.profileName = "Support live"
        actions.readOnly = true
        for (const name of names) {
            const button = Helpers.find(actions, name)
            verify(!button.visible && !button.enabled, name + " is gone on a read-only profile")
        }
        const notice = Helpers.find(actions, "readOnlyNotice")
        verify(notice.visible, "the notice says why")
        verify(notice.children[1].text.indexOf("Support live") >= 0, notice.children[1].text)
        // Even a click that got through asks for nothing.
        let asked = 0
        actions.actionRequested.connect(() => ++asked)
        Helpers.find(actions, "detailDeleteButton").clicked()
        compare(asked, 0)
    }

    function test_mainWindowOpensNoChangeDialog() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        tryVerify(() => Workspace.filtered.count > 0 && !Workspace.phoneNumbers.loading, 15000)
        const badge = Helpers.find(window.footer, "readOnlyBadge")
        verify(badge !== null)
        verify(!badge.visible, "no badge on a profile that may change")

        window.changesLocked = true
        verify(badge.visible, "the status bar says Read-only")
        for (const action of ["add", "edit", "verify", "delete", "replace", "resetMfa"]) {
            window.runAction(action)
            compare(window.activeDialog, null, action + " opens nothing")
        }
        window.addNumber(null)
        compare(window.activeDialog, null, "Add number opens nothing")

        // Unlocked, the same call opens the dialog: the lock is what stopped it.
        window.changesLocked = false
        window.addNumber(null)
        verify(window.activeDialog !== null, "Add number opens its dialog")
        const dialog = window.activeDialog
        tryVerify(() => dialog.opened, 5000)
        dialog.close()
        tryVerify(() => window.activeDialog === null, 5000)
    }
}

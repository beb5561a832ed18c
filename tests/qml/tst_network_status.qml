// SPDX-License-Identifier: MIT
// The main window's status bar while the demo sandbox rate-limits (demoFaults, see tst_qml.cpp):
// the wait shows as a live countdown, and goes away once the list has loaded again.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "NetworkStatus"
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        tryVerify(() => !Workspace.phoneNumbers.loading && Workspace.phoneNumbers.rowCount() > 0, 15000, "rows appear")
    }

    function cleanupTestCase() {
        demoFaults.rateLimit(0)
        if (window)
            window.destroy()
    }

    function find(name) {
        const found = Helpers.find(window.footer, name)
        verify(found !== null, name + " exists")
        return found
    }

    function test_rateLimitWaitCountsDown() {
        const status = find("networkStatus")
        const label = find("networkStatusLabel")
        verify(!status.visible)
        // One request per 10 s: the refresh's count and first page cannot both pass.
        demoFaults.rateLimit(1)
        Workspace.phoneNumbers.refresh()
        tryVerify(() => status.visible, 15000, "the wait is shown")
        const pattern = /^Clerk is rate limiting: next request in (\d+) s$/
        verify(pattern.test(label.text), label.text)
        const first = Number(pattern.exec(label.text)[1])
        verify(first >= 1 && first <= 10, label.text)
        // A live countdown: the number goes down while the wait lasts.
        tryVerify(() => !pattern.test(label.text) || Number(pattern.exec(label.text)[1]) < first, 5000,
                  "the countdown moves")
        demoFaults.rateLimit(0)
        tryVerify(() => !status.visible, 20000, "the wait ends")
        tryVerify(() => !Workspace.phoneNumbers.loading, 20000, "the list loads")
        compare(Workspace.phoneNumbers.error, "")
        verify(Workspace.phoneNumbers.rowCount() > 0)
    }
}

// SPDX-License-Identifier: MIT
// The audit view on its own demo sandbox with planted cases (see tst_qml_audit.cpp): running it
// shows progress and ends with every planted case, grouped with counts; cancel stops it and
// Resume completes it; clicking a finding names its user and number; the real main window's
// View > Audit… selects the clicked finding's number in the list.
import QtQuick
import QtTest
import PhoneDesk
import "../qml/helpers.js" as Helpers

TestCase {
    id: testCase
    name: "AuditView"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component {
        id: viewComponent
        AuditView {
            width: 1000
            height: 700
            auditRun: AuditRun { model: Workspace.phoneNumbers }
            instanceLabel: Workspace.instanceLabel
        }
    }

    SignalSpy {
        id: activated
        signalName: "findingActivated"
    }

    function item(root, name) {
        const found = Helpers.find(root, name)
        verify(found !== null, name + " exists")
        return found
    }

    function makeView() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view !== null)
        return view
    }

    function plantedKinds() {
        const counts = {}
        for (const c of plantedCases)
            counts[c.kind] = (counts[c.kind] || 0) + 1
        return counts
    }

    function test_runShowsEveryPlantedCaseGrouped() {
        const view = makeView()
        compare(item(view, "auditEmpty").visible, true)
        mouseClick(item(view, "auditStartButton"))
        tryVerify(() => view.auditRun.complete, 30000, "the audit completes")
        compare(item(view, "auditProgress").value, 1)
        verify(item(view, "auditStatus").text.indexOf("Audit complete: 140 users read") === 0, item(view, "auditStatus").text)
        compare(view.findings.count, plantedCases.length)

        // Every planted case is among the findings, and nothing else.
        const found = []
        for (let i = 0; i < view.findings.count; ++i) {
            const f = view.findings.get(i)
            found.push(f.kind + " " + f.userId + " " + f.phoneNumberId)
        }
        const expected = plantedCases.map(c => c.kind + " " + c.userId + " " + c.phoneNumberId)
        compare(found.slice().sort(), expected.slice().sort())

        // Groups with their counts, as the list's sections and as the summary.
        const counts = plantedKinds()
        compare(view.findings.groups.length, Object.keys(counts).length)
        for (const group of view.findings.groups)
            compare(group.count, counts[group.kind], group.kind)
        const list = item(view, "auditFindingList")
        list.positionViewAtBeginning()
        waitForRendering(list)
        const sections = Helpers.findAll(list, "auditSection").filter(s => s.visible)
        verify(sections.length > 0)
        verify(/\(\d+\)$/.test(sections[0].text), sections[0].text)
        verify(item(view, "auditExportCsvButton").enabled)
        verify(item(view, "auditExportJsonlButton").enabled)
    }

    function test_clickingAFindingNamesItsNumber() {
        const view = makeView()
        activated.clear()
        activated.target = view
        view.auditRun.start()
        tryVerify(() => view.auditRun.complete, 30000)
        const list = item(view, "auditFindingList")
        list.positionViewAtBeginning()
        waitForRendering(list)
        const delegates = Helpers.findAll(list, "auditFinding").filter(d => d.visible && d.index === 0)
        verify(delegates.length === 1)
        mouseClick(delegates[0])
        compare(activated.count, 1)
        const first = view.findings.get(0)
        compare(activated.signalArguments[0][0], first.userId)
        compare(activated.signalArguments[0][1], first.phoneNumberId)
        compare(list.currentIndex, 0)
    }

    function test_cancelThenResume() {
        const view = makeView()
        view.auditRun.start()
        verify(view.auditRun.running)
        verify(item(view, "auditCancelButton").visible)
        mouseClick(item(view, "auditCancelButton"))
        verify(!view.auditRun.running)
        tryVerify(() => item(view, "auditResumeButton").visible, 5000)
        verify(item(view, "auditStatus").text.indexOf("Cancelled after") === 0, item(view, "auditStatus").text)
        mouseClick(item(view, "auditResumeButton"))
        tryVerify(() => view.auditRun.complete, 30000)
        compare(view.findings.count, plantedCases.length)
    }

    function test_pendingAgeNarrowsStaleFindings() {
        const view = makeView()
        view.auditRun.pendingAgeDays = 45
        view.auditRun.start()
        tryVerify(() => view.auditRun.complete, 30000)
        let stale = 0
        for (let i = 0; i < view.findings.count; ++i)
            stale += view.findings.get(i).kind === "stale_verification" ? 1 : 0
        compare(stale, 1)
    }

    // The real window: View > Audit… opens the audit, and a finding clicked there is selected in
    // the main list, searched for when the list does not hold it.
    function test_mainWindowSelectsTheClickedFinding() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        tryVerify(() => Workspace.filtered.count > 0, 15000, "rows appear")
        window.openAudit()
        const auditWindow = window.auditWindow
        verify(auditWindow !== null && auditWindow.visible)
        auditWindow.auditRun.start()
        tryVerify(() => auditWindow.auditRun.complete, 30000)

        // A number on a user the first page of the list may not hold: the stale pending code.
        let target = null
        for (let i = 0; i < auditWindow.auditRun.findings.count; ++i) {
            const f = auditWindow.auditRun.findings.get(i)
            if (f.kind === "stale_verification")
                target = f
        }
        verify(target !== null)
        window.showFinding(target.userId, target.phoneNumberId)
        tryVerify(() => Workspace.filtered.rowOfId(target.phoneNumberId) >= 0, 15000, "the number is in the list")
        tryVerify(() => Helpers.find(window.contentItem, "detailPane").row.id === target.phoneNumberId, 15000,
                  "the finding's number is selected")
        auditWindow.close()
        window.destroy()
    }
}

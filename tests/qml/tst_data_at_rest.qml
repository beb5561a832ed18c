// SPDX-License-Identifier: MIT
// What the window says and sets about the customer data it keeps (see tst_qml.cpp): the strip
// that says once which files were made private and how many journal entries the retention
// removed, and Dismiss; the Connections dialog's journal retention of a profile, saved at once
// and shown again, 0 keeping every entry. Profiles go to test settings (QStandardPaths test
// mode); this test's are named "Retention test…".
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "DataAtRest"
    width: 900
    height: 760
    visible: true
    when: windowShown

    Component {
        id: bannerComponent
        DataAtRestBanner { width: 800 }
    }
    Component {
        id: dialogComponent
        ConnectionDialog {}
    }
    Component {
        id: profilesComponent
        ProfileListModel {}
    }
    Component {
        id: spyComponent
        SignalSpy { signalName: "dismissed" }
    }
    Component {
        id: editorComponent
        ProfileEditor {}
    }

    function removeTestProfiles() {
        const profiles = createTemporaryObject(profilesComponent, testCase)
        for (let row = profiles.count - 1; row >= 0; --row) {
            if (String(profiles.get(row).name).indexOf("Retention test") === 0) {
                verify(profiles.removeProfile(row))
                tryVerify(() => !profiles.busy, 30000)
            }
        }
    }
    function initTestCase() { removeTestProfiles() }
    function cleanupTestCase() { removeTestProfiles() }

    function test_bannerSaysWhatWasDoneOnce() {
        const banner = createTemporaryObject(bannerComponent, testCase)
        verify(!banner.visible, "nothing to say, nothing shown")
        banner.madePrivate = ["/home/agent/.local/share/PhoneDesk", "/home/agent/.local/share/PhoneDesk/journal-demo.jsonl"]
        banner.expiredEntries = 3
        banner.retentionDays = 90
        verify(banner.visible)
        compare(banner.tone, "warning")
        const text = Helpers.find(banner, "dataAtRestText").text
        verify(text.indexOf("journal-demo.jsonl") >= 0, text)
        verify(text.indexOf("0600") >= 0, text)
        verify(text.indexOf("90") >= 0, text)
        verify(banner.Accessible.name.length > 0)
        const dismiss = Helpers.find(banner, "dataAtRestDismiss")
        verify(dismiss.Accessible.name.length > 0)
        const spy = createTemporaryObject(spyComponent, testCase, { target: banner })
        mouseClick(dismiss)
        compare(spy.count, 1)
        // Only expired entries: information, not a warning.
        banner.madePrivate = []
        compare(banner.tone, "info")
    }

    function test_workspaceForgetsTheNoticeWhenDismissed() {
        Workspace.dismissDataNotice()
        compare(Workspace.madePrivate.length, 0)
        compare(Workspace.expiredEntries, 0)
        compare(Workspace.upkeepError, "")
    }

    function test_retentionIsSavedPerProfile() {
        const profiles = createTemporaryObject(profilesComponent, testCase)
        const row = profiles.addProfile("Retention test", "")
        verify(row >= 0, profiles.error)
        const id = profiles.get(row).id
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.open()
        tryVerify(() => dialog.opened)
        dialog.selectRow(dialog.profiles.rowOfId(id))
        const field = Helpers.find(dialog.contentItem, "journalRetentionField")
        verify(field.visible)
        const spin = field.spinBox
        compare(spin.value, 90)
        verify(spin.Accessible.name.length > 0)
        verify(spin.Accessible.description.length > 0)
        spin.value = 30
        spin.valueModified()
        compare(dialog.editor.journalRetentionDays, 30)
        // Saved: another list and editor read it from the settings.
        const again = createTemporaryObject(profilesComponent, testCase)
        const other = createTemporaryObject(editorComponent, testCase, { profiles: again, profileId: id })
        compare(other.journalRetentionDays, 30)
        dialog.selectRow(-1)
        dialog.selectRow(dialog.profiles.rowOfId(id))
        compare(field.spinBox.value, 30)
        spin.value = 0
        spin.valueModified()
        compare(dialog.editor.journalRetentionDays, 0)
        verify(Helpers.find(dialog.contentItem, "journalRetentionNote").text.indexOf("0") >= 0)
        // Out of range: refused, the saved value stays.
        dialog.editor.journalRetentionDays = 99999
        compare(dialog.editor.journalRetentionDays, 0)
        dialog.close()
        tryVerify(() => !dialog.visible)
    }
}

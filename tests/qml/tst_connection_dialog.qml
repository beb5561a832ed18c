// SPDX-License-Identifier: MIT
// The connection dialog against the demo sandbox (see tst_qml.cpp): the key field is masked and
// masks itself again after a reveal, Test connection says in words what a wrong and a right key
// get from the sandbox's URL, profiles are added, renamed and deleted (after a question), a
// pasted key is not dropped without asking, the keychain notice matches the keychain's state,
// and "Try the demo" on the demo leaves the shared workspace and its rows as they are.
// Profiles go to test settings (QStandardPaths test mode); this test's are named "Dialog test…".
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "ConnectionDialog"
    width: 900
    height: 760
    visible: true
    when: windowShown

    // The sandbox's key, public (README); its URL is the demo workspace's.
    readonly property string demoKey: "sk_test_phonedesk_demo"

    Component {
        id: dialogComponent
        ConnectionDialog {}
    }
    Component {
        id: profilesComponent
        ProfileListModel {}
    }

    function removeTestProfiles() {
        const profiles = createTemporaryObject(profilesComponent, testCase)
        for (let row = profiles.count - 1; row >= 0; --row) {
            if (String(profiles.get(row).name).indexOf("Dialog test") === 0) {
                verify(profiles.removeProfile(row))
                tryVerify(() => !profiles.busy, 30000)
            }
        }
    }

    function waitForRows() {
        if (Workspace.phoneNumbers.rowCount() === 0 && !Workspace.phoneNumbers.loading)
            Workspace.phoneNumbers.refresh()
        tryVerify(() => !Workspace.phoneNumbers.loading && Workspace.filtered.count > 0, 15000, "rows are loaded")
    }

    function initTestCase() {
        verify(Workspace.demo, "the shared workspace starts on the demo")
        removeTestProfiles()
        waitForRows()
    }
    function cleanupTestCase() {
        removeTestProfiles()
        verify(Workspace.demo, "the shared workspace is left on the demo")
        waitForRows()
    }

    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                dialog.keyField.clear()
                dialog.discardDialog.close()
                dialog.nameDialog.close()
                dialog.deleteDialog.close()
                dialog.close()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    // Layouts place their items on the next frame: a notice that appeared (the keychain's state
    // arrives later) moves the buttons, and a click must go where they are drawn.
    function click(target) {
        wait(50)
        mouseClick(target)
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        verify(dialog !== null, "the dialog was created")
        opened.push(dialog)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        tryVerify(() => dialog.editor.keychainState !== "unknown", 30000, "the keychain answered")
        return dialog
    }
    function item(root, name) {
        const found = Helpers.find(root.contentItem, name) || Helpers.find(root.footer, name)
        verify(found !== null, name + " exists")
        return found
    }
    // Adds a profile through the Add… dialog; answers its row.
    function addProfile(dialog, name, url) {
        click(item(dialog, "addProfileButton"))
        tryVerify(() => dialog.nameDialog.opened)
        item(dialog.nameDialog, "profileNameInput").text = name
        item(dialog.nameDialog, "profileUrlInput").text = url
        const ok = item(dialog.nameDialog, "profileNameOkButton")
        verify(ok.enabled)
        click(ok)
        tryVerify(() => !dialog.nameDialog.visible)
        compare(dialog.editor.name, name)
        return dialog.currentRow
    }

    function test_keyIsMaskedAndRemasks() {
        const dialog = openDialog()
        const input = item(dialog, "secretKeyInput")
        compare(input.echoMode, TextInput.Password)
        input.text = demoKey
        const field = item(dialog, "secretKeyField")
        field.revealMilliseconds = 300
        const reveal = item(dialog, "revealKeyButton")
        compare(reveal.text, "Show")
        click(reveal)
        compare(input.echoMode, TextInput.Normal)
        compare(reveal.text, "Hide")
        tryCompare(input, "echoMode", TextInput.Password, 3000, "masked again by itself")
        compare(reveal.text, "Show")
        // The kind of key is said next to it.
        compare(item(dialog, "keyKindLabel").text, "Development key (sk_test_).")
        input.text = "sk_live_x"
        verify(item(dialog, "keyKindLabel").text.indexOf("Production") === 0)
    }

    function test_testConnectionOutcomes() {
        const dialog = openDialog()
        addProfile(dialog, "Dialog test sandbox", Workspace.apiUrl)
        compare(dialog.editor.active, false, "the window is on the demo, not on this profile")
        const input = item(dialog, "secretKeyInput")
        const button = item(dialog, "testConnectionButton")
        const outcome = item(dialog, "testOutcome")

        input.text = "sk_test_not_the_demo_key"
        verify(button.enabled)
        click(button)
        tryVerify(() => !dialog.tester.running && dialog.tester.kind.length > 0, 15000)
        compare(dialog.tester.kind, "key")
        verify(outcome.visible)
        compare(outcome.title, "Connection failed")
        verify(outcome.message.indexOf("Wrong key") === 0, outcome.message)
        verify(outcome.message.indexOf("Dialog test sandbox") >= 0, "names the profile: " + outcome.message)

        input.text = demoKey
        verify(!outcome.visible, "a new key forgets the old outcome")
        click(button)
        tryVerify(() => !dialog.tester.running && dialog.tester.kind.length > 0, 15000)
        compare(dialog.tester.kind, "ok")
        compare(outcome.title, "Connection works")
        verify(dialog.tester.userCount >= 50, "the demo's users: " + dialog.tester.userCount)
        verify(outcome.message.indexOf("Connected to 127.0.0.1") === 0, outcome.message)

        // Without a pasted key, the profile's stored one is tested: first there is none.
        dialog.keyField.clear()
        click(button)
        tryVerify(() => !dialog.profiles.busy, 30000)
        verify(item(dialog, "profileError").visible)
        verify(dialog.profiles.error.indexOf("Dialog test sandbox") >= 0, dialog.profiles.error)
        verify(dialog.editor.keepKeyForSession(demoKey))
        tryVerify(() => !dialog.profiles.busy && dialog.editor.sessionKey, 5000)
        click(button)
        tryVerify(() => !dialog.tester.running && dialog.tester.kind.length > 0, 15000)
        compare(dialog.tester.kind, "ok")

        // Plain http to another host is refused before connecting.
        const url = item(dialog, "apiUrlInput")
        url.text = "http://clerk.example.com/v1"
        verify(item(dialog, "apiUrlProblem").visible)
        verify(!item(dialog, "saveKeyButton").enabled)
        verify(!outcome.visible, "a new URL forgets the old outcome")
        click(button)
        tryVerify(() => !dialog.tester.running && dialog.tester.kind.length > 0, 15000)
        compare(dialog.tester.kind, "refused")
        verify(outcome.message.indexOf("plain http") >= 0, outcome.message)
        verify(Workspace.demo, "testing does not switch the window")
    }

    function test_addRenameDelete() {
        const dialog = openDialog()
        const countBefore = dialog.profiles.count
        addProfile(dialog, "Dialog test staging", "https://staging.example.com/v1")
        compare(dialog.profiles.count, countBefore + 1)
        compare(item(dialog, "profileTitle").text, "Dialog test staging")
        compare(item(dialog, "apiUrlInput").text, "https://staging.example.com/v1")

        // A name that is taken is refused in the Add dialog itself.
        click(item(dialog, "addProfileButton"))
        tryVerify(() => dialog.nameDialog.opened)
        item(dialog.nameDialog, "profileNameInput").text = "dialog TEST staging"
        verify(!item(dialog.nameDialog, "profileNameOkButton").enabled)
        verify(item(dialog.nameDialog, "profileNameProblem").visible)
        click(item(dialog.nameDialog, "profileNameCancelButton"))
        tryVerify(() => !dialog.nameDialog.visible)
        compare(dialog.profiles.count, countBefore + 1)

        click(item(dialog, "renameProfileButton"))
        tryVerify(() => dialog.nameDialog.opened)
        const nameInput = item(dialog.nameDialog, "profileNameInput")
        compare(nameInput.text, "Dialog test staging")
        verify(!item(dialog.nameDialog, "profileUrlInput").visible)
        nameInput.text = "Dialog test renamed"
        click(item(dialog.nameDialog, "profileNameOkButton"))
        tryVerify(() => !dialog.nameDialog.visible)
        compare(item(dialog, "profileTitle").text, "Dialog test renamed")
        compare(dialog.profiles.count, countBefore + 1)

        // Read-only is saved at once.
        const readOnly = item(dialog, "readOnlySwitch")
        verify(!readOnly.checked)
        click(readOnly)
        tryVerify(() => dialog.editor.readOnly)

        // Delete asks first; Keep keeps it.
        click(item(dialog, "deleteProfileButton"))
        tryVerify(() => dialog.deleteDialog.opened)
        verify(dialog.deleteDialog.title.indexOf("Dialog test renamed") >= 0)
        click(Helpers.find(dialog.deleteDialog.footer, "keepProfileButton"))
        tryVerify(() => !dialog.deleteDialog.visible)
        compare(dialog.profiles.count, countBefore + 1)
        click(item(dialog, "deleteProfileButton"))
        tryVerify(() => dialog.deleteDialog.opened)
        click(Helpers.find(dialog.deleteDialog.footer, "confirmDeleteButton"))
        tryVerify(() => !dialog.profiles.busy, 30000)
        compare(dialog.profiles.count, countBefore)
        compare(dialog.profiles.rowOfId(""), -1)
        verify(item(dialog, "profileNotice").text.indexOf("removed") >= 0)
    }

    function test_pastedKeyIsNotDroppedWithoutAsking() {
        const dialog = openDialog()
        item(dialog, "secretKeyInput").text = demoKey
        click(item(dialog, "connectionCloseButton"))
        tryVerify(() => dialog.discardDialog.opened)
        verify(dialog.visible)
        click(Helpers.find(dialog.discardDialog.footer, "keepConnectionButton"))
        tryVerify(() => !dialog.discardDialog.visible)
        verify(dialog.visible)
        compare(item(dialog, "secretKeyInput").text, demoKey)
        keyClick(Qt.Key_Escape)
        tryVerify(() => dialog.discardDialog.opened)
        click(Helpers.find(dialog.discardDialog.footer, "discardConnectionButton"))
        tryVerify(() => !dialog.visible)
        compare(dialog.keyField.text, "", "the key is gone with the dialog")
    }

    function test_keychainNoticeMatchesTheKeychain() {
        const dialog = openDialog()
        tryVerify(() => dialog.editor.keychainState !== "unknown", 30000)
        const notice = item(dialog, "keychainNotice")
        compare(notice.visible, dialog.editor.keychainState === "unavailable")
        if (notice.visible)
            verify(notice.message.indexOf("never writes a key to a file") >= 0)
        verify(Helpers.rawValuesShown(dialog.contentItem).length === 0, Helpers.rawValuesShown(dialog.contentItem).join("; "))
    }

    // On the demo already: the window stays as it is, its rows are not reloaded.
    function test_tryTheDemo() {
        const dialog = openDialog()
        const refreshed = Workspace.phoneNumbers.lastRefreshed
        const rows = Workspace.phoneNumbers.rowCount()
        click(item(dialog, "tryDemoButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
        verify(Workspace.demo)
        compare(Workspace.readOnly, false)
        compare(Workspace.profileName, "")
        compare(Workspace.phoneNumbers.lastRefreshed, refreshed)
        compare(Workspace.phoneNumbers.rowCount(), rows)
    }
}

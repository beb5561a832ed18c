// SPDX-License-Identifier: MIT
// The sign-in fix dialogs against the demo sandbox's planted users (signin.js): each reads the user
// first and says what it does, whether it can be undone and when there is nothing to do; the red
// action is never the default; production asks for the user id where the fix cannot be undone;
// each fix reaches the list and the sign-in check (the lockout finding goes after Unlock without
// another read, ban then unban, no active session after Sign out everywhere, which reports each
// session); and the findings' buttons open their dialogs in the main window. Changes the planted
// users locked without end, with an expired code and with active sessions, and two demo users'
// second factors (signin.js).
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers
import "signin.js" as SignIn

TestCase {
    id: testCase
    name: "SignInDialogs"
    width: 900
    height: 900
    visible: true
    when: windowShown

    Component { id: unlockComponent; UnlockDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: banComponent; BanDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: unbanComponent; UnbanDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: removeTotpComponent; RemoveTotpDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: removeBackupCodesComponent; RemoveBackupCodesDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: signOutComponent; SignOutEverywhereDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: sectionComponent; SignInCheckSection { width: 400; x: 480 } }

    function initTestCase() {
        Workspace.filtered.clearFilters()
    }

    function cleanupTestCase() {
        Workspace.phoneNumbers.search("")
        tryVerify(() => !Workspace.phoneNumbers.loading, 15000)
    }

    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                tryVerify(() => !dialog.change.busy, 15000)
                dialog.close()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    function rowOf(number) {
        const list = Workspace.phoneNumbers
        list.search(number)
        tryVerify(() => !list.loading && list.query === number, 15000, "the search for " + number + " answers")
        for (let i = 0; i < Workspace.filtered.count; ++i) {
            const row = Workspace.filtered.get(i)
            if (row.phoneNumber === number)
                return row
        }
        fail(number + " is not listed")
    }
    // The row of `number` as the list has it now.
    function current(number) {
        for (let i = 0; i < Workspace.filtered.count; ++i) {
            const row = Workspace.filtered.get(i)
            if (row.phoneNumber === number)
                return row
        }
        return {}
    }

    function openDialog(component, row) {
        const dialog = createTemporaryObject(component, testCase, { row: row })
        verify(dialog !== null, "the dialog was created")
        opened.push(dialog)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        tryVerify(() => !dialog.fixer.reading, 10000, "the user is read")
        compare(dialog.fixer.readError, "")
        return dialog
    }
    function checked(row) {
        const section = createTemporaryObject(sectionComponent, testCase, { row: row })
        tryVerify(() => section.checker.diagnosed && !section.checker.loading, 10000, "the check answers")
        return section
    }
    function kinds(section) {
        return Helpers.findAll(section, "signInFinding").map(f => f.kind)
    }
    function item(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
                      || Helpers.find(dialog.header, name)
        verify(found !== null, name + " exists")
        return found
    }
    function consequences(dialog) {
        return dialog.change.consequences.join("\n")
    }
    function send(dialog) {
        const action = item(dialog, "confirmActionButton")
        verify(action.enabled, "the action can be sent")
        mouseClick(action)
    }

    function test_unlockNamesTheLockoutThenLiftsIt() {
        const row = rowOf(SignIn.lockedForever)
        const section = checked(row)
        verify(kinds(section).indexOf("locked") >= 0)

        const dialog = openDialog(unlockComponent, row)
        compare(dialog.title, "Unlock " + row.userName + "?")
        compare(item(dialog, "confirmTitle").text, dialog.title)
        const state = item(dialog, "signInFixState")
        verify(state.visible && state.text.indexOf("never ends by itself") > 0, state.text)
        verify(consequences(dialog).indexOf("can sign in again at once") > 0, consequences(dialog))
        compare(item(dialog, "signInFixUndoBadge").text, "Cannot be undone")
        verify(item(dialog, "signInFixUndoText").text.length > 0)
        verify(!item(dialog, "signInFixAlreadyInPlace").visible)
        const action = item(dialog, "confirmActionButton")
        compare(action.text, "Unlock")
        verify(action.enabled)
        // The red action is never the default: Enter does not reach it.
        verify(item(dialog, "confirmCancelButton").activeFocus, "the keyboard starts on Cancel")
        keyClick(Qt.Key_Return)
        verify(!dialog.change.busy, "Enter sent nothing")
        compare(Helpers.rawValuesShown(dialog.contentItem), [])

        send(dialog)
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk unlocked the user")
        compare(dialog.change.error, "")
        tryVerify(() => current(SignIn.lockedForever).userLocked === false, 15000, "the list shows the user unlocked")
        // The check took the user the fix read after it: the finding is gone without a refresh.
        tryVerify(() => kinds(section).indexOf("locked") < 0, 5000, "the locked finding is gone")
        compare(section.checker.user.locked, false)

        const again = openDialog(unlockComponent, current(SignIn.lockedForever))
        const nothing = item(again, "signInFixAlreadyInPlace")
        verify(nothing.visible && nothing.message.indexOf("not locked") > 0, nothing.message)
        verify(!item(again, "confirmActionButton").enabled, "nothing to send")
    }

    function test_banThenUnban() {
        const row = rowOf(SignIn.codeExpired)
        const section = checked(row)
        verify(kinds(section).indexOf("banned") < 0)

        const ban = openDialog(banComponent, row)
        compare(ban.title, "Ban " + row.userName + "?")
        verify(item(ban, "signInFixState").text.indexOf("signs them out of every session") > 0)
        verify(consequences(ban).indexOf("every session of theirs ends now") > 0, consequences(ban))
        compare(item(ban, "signInFixUndoBadge").text, "Can be undone")
        verify(item(ban, "signInFixUndoText").text.indexOf("Undo in View > Journal") > 0)
        send(ban)
        tryVerify(() => !ban.visible, 15000, "the dialog closes once Clerk banned the user")
        tryVerify(() => current(SignIn.codeExpired).userBanned === true, 15000, "the list shows the ban")
        tryVerify(() => kinds(section)[0] === "banned", 5000, "the check leads with the ban")

        const unban = openDialog(unbanComponent, current(SignIn.codeExpired))
        compare(unban.title, "Unban " + row.userName + "?")
        verify(item(unban, "signInFixState").text.indexOf("banned") > 0)
        compare(item(unban, "signInFixUndoBadge").text, "Can be undone")
        send(unban)
        tryVerify(() => !unban.visible, 15000, "the dialog closes once Clerk lifted the ban")
        tryVerify(() => current(SignIn.codeExpired).userBanned === false, 15000, "the list shows no ban")
        tryVerify(() => kinds(section).indexOf("banned") < 0, 5000, "the ban finding is gone")
        verify(kinds(section).indexOf("code_expired") >= 0, "what was there before stays")
    }

    function test_signOutEverywhereListsThenReportsEachSession() {
        const row = rowOf(SignIn.activeSessions)
        const dialog = openDialog(signOutComponent, row)
        compare(dialog.title, "Sign " + row.userName + " out everywhere?")
        const sessions = Helpers.findAll(dialog.contentItem, "sessionRow")
        compare(sessions.length, 3)
        for (const session of sessions) {
            verify(Helpers.find(session, "sessionDevice").text !== "Unknown device")
            const place = Helpers.find(session, "sessionPlace").text
            verify(place.indexOf("GB") >= 0 || place.indexOf("PT") >= 0, place)
            verify(Helpers.find(session, "sessionLastActive").text.startsWith("Last active "))
            compare(Helpers.find(session, "sessionOutcome").text, "Active")
        }
        verify(item(dialog, "signInFixState").text.indexOf("3 active sessions") > 0)
        const action = item(dialog, "confirmActionButton")
        compare(action.text, "Sign out of 3 sessions")
        compare(item(dialog, "signInFixUndoBadge").text, "Cannot be undone")
        compare(Helpers.rawValuesShown(dialog.contentItem), [])

        send(dialog)
        tryVerify(() => dialog.fixer.made, 15000, "Clerk revoked the sessions")
        verify(dialog.visible, "the dialog stays to report each session")
        compare(dialog.change.error, "")
        const report = item(dialog, "signOutReport")
        verify(report.visible)
        verify(report.message.indexOf("3 sessions were revoked") === 0, report.message)
        const after = Helpers.findAll(dialog.contentItem, "sessionRow")
        compare(after.length, 3)
        for (const session of after)
            compare(Helpers.find(session, "sessionOutcome").text, "Signed out")
        verify(!item(dialog, "confirmActionButton").visible, "nothing more to send")
        compare(item(dialog, "confirmCancelButton").text, "Close")
        mouseClick(item(dialog, "confirmCancelButton"))
        tryVerify(() => !dialog.visible)

        const again = openDialog(signOutComponent, row)
        compare(Helpers.findAll(again.contentItem, "sessionRow").length, 0)
        verify(item(again, "signInFixAlreadyInPlace").message.indexOf("no active session") > 0)
        verify(!item(again, "confirmActionButton").enabled)
    }

    function test_removeAuthenticatorAppWarnsThatTwoStepGoesOff() {
        const row = rowOf(SignIn.totpOnly)
        compare(row.userTotpEnabled, true)
        const dialog = openDialog(removeTotpComponent, row)
        compare(dialog.title, "Remove " + row.userName + "'s authenticator app?")
        verify(item(dialog, "signInFixState").text.indexOf("authenticator app on") > 0)
        // The app is their last second factor: the lockout guard says 2FA goes off, once.
        const warning = item(dialog, "confirmLockoutWarning")
        verify(warning.visible, "the lockout guard warns")
        for (const sentence of dialog.change.consequences)
            verify(warning.message.indexOf(sentence) < 0, "said once: " + sentence)
        compare(item(dialog, "signInFixUndoBadge").text, "Cannot be undone")
        send(dialog)
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk removed the app")
        tryVerify(() => current(SignIn.totpOnly).userTotpEnabled === false, 15000, "the list shows the app gone")

        const again = openDialog(removeTotpComponent, current(SignIn.totpOnly))
        verify(item(again, "signInFixAlreadyInPlace").visible)
        verify(!item(again, "confirmConsequences").visible, "no sentences about a change that will not happen")
        verify(!item(again, "confirmActionButton").enabled)
    }

    function test_removeBackupCodes() {
        const row = rowOf(SignIn.backupCodes)
        compare(row.userBackupCodeEnabled, true)
        const dialog = openDialog(removeBackupCodesComponent, row)
        compare(dialog.title, "Remove " + row.userName + "'s backup codes?")
        verify(consequences(dialog).indexOf("backup codes stop working") > 0, consequences(dialog))
        verify(!item(dialog, "confirmLockoutWarning").visible, "backup codes never turn 2FA off")
        send(dialog)
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk removed the codes")
        tryVerify(() => current(SignIn.backupCodes).userBackupCodeEnabled === false, 15000, "the list shows the codes gone")
    }

    // On production: the user id typed for what cannot be undone, a tick for ban and unban.
    function test_productionAsksAsTheFixCanBeUndone() {
        const row = rowOf(SignIn.lockedExpiring)
        const unlock = openDialog(unlockComponent, row)
        unlock.productionGuard.environment = "production"
        verify(unlock.productionGuard.active && unlock.productionGuard.typed)
        compare(unlock.productionGuard.typedConfirmation, [String(row.userId)])
        verify(!item(unlock, "confirmActionButton").enabled, "waits for the user id")
        unlock.productionGuard.confirmField.forceActiveFocus()
        for (const character of String(row.userId))
            keyClick(character)
        verify(item(unlock, "confirmActionButton").enabled)
        unlock.close()

        const ban = openDialog(banComponent, row)
        ban.productionGuard.environment = "production"
        verify(ban.productionGuard.active && !ban.productionGuard.typed, "a tick is enough for what Unban undoes")
        verify(!item(ban, "confirmActionButton").enabled)
        mouseClick(item(ban, "productionConfirmBox"))
        verify(item(ban, "confirmActionButton").enabled)
    }

    // The window: the finding's button and the Edit menu's actions open the dialogs.
    function test_findingsOpenTheirDialogInTheWindow() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = component.createObject(null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the main window is active")
        Workspace.phoneNumbers.search(SignIn.lockedExpiring)
        const pane = Helpers.find(window.contentItem, "detailPane")
        tryVerify(() => pane.hasRow && pane.row.phoneNumber === SignIn.lockedExpiring, 15000, "the number is shown")
        let button = null
        tryVerify(() => {
            button = Helpers.find(pane, "signInFixButton")
            return button !== null && button.visible
        }, 10000, "the locked finding offers its fix")
        compare(button.text, "Unlock…")
        mouseClick(button)
        tryVerify(() => window.activeDialog !== null && window.activeDialog.objectName === "unlockDialog", 5000)
        tryVerify(() => window.activeDialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => window.activeDialog === null || !window.activeDialog.visible, 5000, "Escape cancels")

        // By keyboard: the always-at-hand fixes take focus in turn, and Space opens one.
        const unlockButton = Helpers.find(pane, "signInUnlockButton")
        unlockButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Tab)
        const banButton = Helpers.find(pane, "signInBanButton")
        verify(banButton.activeFocus, "Tab goes from Unlock to Ban")
        compare(banButton.text, "Ban…")
        keyClick(Qt.Key_Space)
        tryVerify(() => window.activeDialog !== null && window.activeDialog.objectName === "banDialog", 5000)
        tryVerify(() => window.activeDialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => window.activeDialog === null || !window.activeDialog.visible, 5000)

        window.runAction("revokeSessions")
        tryVerify(() => window.activeDialog !== null && window.activeDialog.objectName === "signOutEverywhereDialog", 5000)
        tryVerify(() => window.activeDialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => window.activeDialog === null || !window.activeDialog.visible, 5000)
        window.destroy()
    }
}

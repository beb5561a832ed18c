// SPDX-License-Identifier: MIT
// The Delete number, Reset MFA and Replace all numbers dialogs against the demo sandbox (see
// tst_qml.cpp): the titles and consequences name the number, the owner and what else changes,
// the red action is never the default (Enter does not reach it, Escape cancels), Replace waits for
// a valid number and asks before dropping it, Clerk's refusal stays in the open dialog with its
// trace id, and each change Clerk makes reaches the list. Only the users at positions 30–49 of
// the sandbox's list order are changed.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "AccountActionDialogs"
    width: 900
    height: 800
    visible: true
    when: windowShown

    Component {
        id: deleteComponent
        DeleteNumberDialog { phoneNumbers: Workspace.phoneNumbers }
    }
    Component {
        id: resetComponent
        ResetMfaDialog { phoneNumbers: Workspace.phoneNumbers }
    }
    Component {
        id: replaceComponent
        ReplaceNumbersDialog { phoneNumbers: Workspace.phoneNumbers }
    }

    // User ids at positions 30–49 of the list order: the ones these tests may change.
    property var mine: []

    // The list pages in 10 users at a time (tst_qml.cpp): the users of pages 4 and 5 are ours.
    function loadUsersUpTo(count) {
        const list = Workspace.phoneNumbers
        while (list.loadedUserCount < count && list.hasMore) {
            const before = list.loadedUserCount
            list.fetchMore(list.index(-1, 0))
            tryVerify(() => !list.loading && list.loadedUserCount > before, 15000, "a page arrives")
        }
        tryVerify(() => !list.loading, 15000)
    }

    function userIdsShown() {
        const ids = {}
        for (let i = 0; i < Workspace.filtered.count; ++i)
            ids[Workspace.filtered.get(i).userId] = true
        return ids
    }

    function initTestCase() {
        Workspace.filtered.clearFilters()
        const list = Workspace.phoneNumbers
        if (list.query.length > 0)
            list.search("")
        else
            list.refresh()
        tryVerify(() => !list.loading && list.loadedUserCount > 0, 15000, "the first page arrives")
        compare(list.loadedUserCount, 10, "pages of 10 users")
        loadUsersUpTo(30)
        compare(list.loadedUserCount, 30)
        const others = userIdsShown()
        loadUsersUpTo(50)
        compare(list.loadedUserCount, 50)
        const ids = []
        for (const id in userIdsShown()) {
            if (!others[id])
                ids.push(id)
        }
        verify(ids.length >= 10, "most of users 30–49 have numbers: " + ids.length)
        mine = ids
    }

    function cleanupTestCase() {
        // The list as the other tests expect to find it: the first page.
        Workspace.phoneNumbers.refresh()
        tryVerify(() => !Workspace.phoneNumbers.loading, 15000)
    }

    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                tryVerify(() => !dialog.change.busy, 15000)
                dialog.discarded()
                dialog.close()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    function openDialog(component, row) {
        const dialog = createTemporaryObject(component, testCase, { row: row })
        verify(dialog !== null, "the dialog was created")
        opened.push(dialog)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        return dialog
    }

    function item(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
                      || Helpers.find(dialog.header, name)
        verify(found !== null, name + " exists")
        return found
    }

    // Types text into whatever has the keyboard, key by key.
    function type(text) {
        for (const character of text)
            keyClick(character)
    }

    function isMine(row) { return mine.indexOf(String(row.userId)) >= 0 }

    // Rows of our users, each as Workspace.filtered.get() gives it.
    function myRows() {
        const rows = []
        for (let i = 0; i < Workspace.filtered.count; ++i) {
            const row = Workspace.filtered.get(i)
            if (isMine(row))
                rows.push(row)
        }
        return rows
    }
    function rowsOfUser(userId) {
        return myRows().filter(row => row.userId === userId)
    }
    // The first of our rows for which `test(row, rowsOfItsOwner)` holds, excluding owners in `skip`.
    function findRow(test, skip) {
        for (const row of myRows()) {
            if (skip && skip.indexOf(row.userId) >= 0)
                continue
            if (test(row, rowsOfUser(row.userId)))
                return row
        }
        return null
    }
    function consequenceTexts(dialog) {
        return dialog.change.consequences.join("\n")
    }

    // Users changed by the tests that send, so that the others pick different ones.
    property var used: []

    function test_deleteNamesTheNumberTheOwnerAndWhatElseChanges() {
        const row = findRow((r, own) => r.isPrimary === true && own.length >= 2)
        verify(row !== null, "one of our users has a primary number and another")
        const dialog = openDialog(deleteComponent, row)
        verify(dialog.title.indexOf("Delete ") === 0 && dialog.title.indexOf(dialog.numberText) > 0, dialog.title)
        compare(item(dialog, "confirmTitle").text, dialog.title)
        verify(item(dialog, "confirmSubtitle").text.indexOf(row.userName) >= 0)
        const first = item(dialog, "consequence0")
        verify(first.text.indexOf(dialog.numberText) === 0, first.text)
        verify(first.text.indexOf(row.userName + "'s account") > 0, first.text)
        const texts = consequenceTexts(dialog)
        verify(texts.indexOf("becomes the primary number") >= 0 || texts.indexOf("Clerk makes one of the other numbers primary") >= 0,
               texts)
        const action = item(dialog, "confirmActionButton")
        compare(action.text, "Delete number")
        verify(action.enabled)
        compare(Helpers.rawValuesShown(dialog.contentItem), [])
    }

    function test_theRedButtonIsNeverTheDefault() {
        const row = findRow(() => true)
        const dialog = openDialog(deleteComponent, row)
        const action = item(dialog, "confirmActionButton")
        verify(!action.highlighted, "not drawn as the default")
        verify(!action.activeFocus, "the keyboard does not start on it")
        verify(item(dialog, "confirmCancelButton").activeFocus, "the keyboard starts on Cancel")
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Enter)
        verify(!dialog.deleter.busy, "Enter sent nothing")
        wait(100)
        verify(Workspace.filtered.rowOfId(row.id) >= 0, "the number is still there")
        if (dialog.opened) {
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.visible, 5000, "Escape cancels")
        }
        verify(Workspace.filtered.rowOfId(row.id) >= 0)
    }

    function test_resetMfaNamesTheUserAndTheSecondFactors() {
        const row = findRow(r => r.reservedForSecondFactor === true)
        verify(row !== null, "one of our users has a number reserved for two-step sign-in")
        const dialog = openDialog(resetComponent, row)
        compare(dialog.title, "Reset MFA for " + row.userName + "?")
        compare(item(dialog, "confirmActionButton").text, "Reset MFA")
        const texts = consequenceTexts(dialog)
        verify(texts.indexOf(row.formatted) >= 0, texts)
        verify(texts.indexOf("Two-step sign-in turns off") >= 0, texts)
        verify(texts.indexOf("The phone numbers stay") >= 0, texts)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000, "Escape cancels")
    }

    function test_clerksRefusalStaysInTheDialog() {
        // A user Clerk does not know: the reset comes back as not found, with a trace id.
        const dialog = openDialog(resetComponent, { userId: "user_not_there", userName: "Nobody Here" })
        const action = item(dialog, "confirmActionButton")
        verify(action.enabled)
        mouseClick(action)
        if (dialog.resetter.busy) {
            compare(action.text, "Resetting…")
            verify(!action.enabled, "no second submit while sending")
            verify(!item(dialog, "confirmCancelButton").enabled)
        }
        tryVerify(() => dialog.resetter.error.length > 0, 15000, "Clerk refuses")
        verify(dialog.opened, "the dialog stays open")
        const notice = item(dialog, "confirmError")
        verify(notice.visible)
        compare(notice.title, "Clerk refused the change")
        compare(item(dialog, "confirmErrorText").text, dialog.resetter.error)
        verify(dialog.resetter.errorTraceId.length > 0)
        verify(item(dialog, "traceIdLabel").text.indexOf(dialog.resetter.errorTraceId) >= 0)
        verify(!item(dialog, "confirmBusyIndicator").visible)
        compare(action.text, "Reset MFA")
        verify(action.enabled, "the agent may try again")
    }

    function test_aNumberNotInTheListCannotBeDeleted() {
        const dialog = openDialog(deleteComponent, { id: "idn_gone", phoneNumber: "+4915100000000", isE164: true,
                                                     userId: "user_gone", userName: "Nobody Here" })
        verify(!item(dialog, "confirmActionButton").enabled, "the consequences cannot be stated")
        verify(item(dialog, "consequence0").text.indexOf("not in the list any more") >= 0)
        verify(!item(dialog, "confirmError").visible)
        mouseClick(item(dialog, "confirmCancelButton"))
        tryVerify(() => !dialog.visible, 5000, "Cancel closes at once")
    }

    function test_replaceWaitsForAValidNumber() {
        const row = findRow(() => true)
        const dialog = openDialog(replaceComponent, row)
        compare(dialog.title, "Replace all numbers of " + row.userName + "?")
        const field = item(dialog, "newNumberField")
        verify(field.activeFocus, "the keyboard starts in the number field")
        const action = item(dialog, "confirmActionButton")
        compare(action.text, "Replace all numbers")
        verify(!action.enabled, "no number yet")
        verify(consequenceTexts(dialog).indexOf(row.userName) >= 0)

        type("0151")
        const validity = item(dialog, "newNumberValidity")
        verify(validity.visible)
        verify(validity.text.indexOf("country code") >= 0, validity.text)
        verify(!action.enabled)
        field.selectAll()
        type("+49 151 23456789")
        compare(dialog.replacer.number.e164, "+4915123456789")
        verify(validity.text.indexOf("Germany") >= 0, validity.text)
        verify(action.enabled, "a valid number can be sent")
        keyClick(Qt.Key_Return)
        verify(!dialog.replacer.busy, "Enter in the field sends nothing")

        // The status choice, Clerk's default first; each reads into the consequences.
        verify(item(dialog, "status_verified").checked)
        mouseClick(item(dialog, "status_unverified"))
        compare(dialog.replacer.identificationStatus, IdentificationStatus.Unverified)
        verify(consequenceTexts(dialog).indexOf("locked out") >= 0)
        mouseClick(item(dialog, "status_reserved"))
        compare(dialog.replacer.identificationStatus, IdentificationStatus.Reserved)
        verify(consequenceTexts(dialog).indexOf("+49 1512 3456789 becomes") >= 0, consequenceTexts(dialog))
    }

    function test_replaceAsksBeforeDroppingTheTypedNumber() {
        const dialog = openDialog(replaceComponent, findRow(() => true))
        type("+49 151")
        keyClick(Qt.Key_Escape)
        const ask = findChild(dialog, "discardDialog")
        tryVerify(() => ask.opened, 5000, "Escape asks before dropping the number")
        verify(dialog.opened)
        mouseClick(findChild(ask.footer, "keepEditingButton"))
        tryVerify(() => !ask.visible)
        compare(dialog.replacer.number.text, "+49 151")

        mouseClick(item(dialog, "confirmCancelButton"))
        tryVerify(() => ask.opened)
        mouseClick(findChild(ask.footer, "discardButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
        compare(dialog.replacer.number.text, "")
    }

    function test_zz_deleteRemovesTheRow() {
        const row = findRow((r, own) => r.isPrimary !== true && r.reservedForSecondFactor !== true && own.length >= 2,
                            used)
        verify(row !== null, "one of our users has a plain second number")
        used.push(row.userId)
        const dialog = openDialog(deleteComponent, row)
        const action = item(dialog, "confirmActionButton")
        mouseClick(action)
        if (dialog.deleter.busy)
            compare(action.text, "Deleting…")
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk deleted the number")
        compare(dialog.deleter.error, "")
        tryVerify(() => Workspace.filtered.rowOfId(row.id) < 0, 15000, "the row leaves the list")
        verify(rowsOfUser(row.userId).length >= 1, "the owner's other numbers stay")
    }

    function test_zz_resetMfaReachesEveryRowOfTheOwner() {
        const row = findRow(r => r.reservedForSecondFactor === true, used)
        verify(row !== null, "one of our users has a number reserved for two-step sign-in")
        used.push(row.userId)
        const dialog = openDialog(resetComponent, row)
        mouseClick(item(dialog, "confirmActionButton"))
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk reset the MFA")
        tryVerify(() => rowsOfUser(row.userId).every(r => r.reservedForSecondFactor !== true
                                                          && r.userTwoFactorEnabled === false), 15000,
                  "no row of the owner is a second factor any more")
        compare(rowsOfUser(row.userId).length > 0, true)
    }

    function test_zz_replaceLeavesOnlyTheNewNumber() {
        const row = findRow(() => true, used)
        used.push(row.userId)
        const dialog = openDialog(replaceComponent, row)
        type("+31 6 12345678")
        verify(dialog.replacer.number.valid, dialog.replacer.number.problem)
        mouseClick(item(dialog, "status_reserved"))
        mouseClick(item(dialog, "confirmActionButton"))
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk replaced the numbers")
        tryVerify(() => rowsOfUser(row.userId).length === 1
                        && rowsOfUser(row.userId)[0].phoneNumber === "+31612345678", 15000,
                  "only the new number is left")
        const added = rowsOfUser(row.userId)[0]
        verify(added.isPrimary)
        compare(added.reserved, true)
        compare(added.verificationState, "none")
    }
}

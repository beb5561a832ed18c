// SPDX-License-Identifier: MIT
// The verification dialog against the demo sandbox (see tst_qml.cpp): what is disabled before a
// code is sent, the live countdown of a sent code, a wrong code and its attempts, the right code
// read from the demo customer's phone verifying the number in the list, Clerk's refusal shown with
// the typed code kept, and closing with a typed, unchecked code asking first.
// Changes only numbers of users at positions 20–29 of the sandbox's order (the third page of 10).
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "VerificationDialog"
    width: 800
    height: 760
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        VerificationDialog { phoneNumbers: Workspace.phoneNumbers }
    }

    // Phone number ids of the users at positions 20–29, in list order.
    property var ownIds: []

    function listModel() { return Workspace.phoneNumbers }

    function waitForPage(users) {
        tryVerify(() => !listModel().loading && listModel().loadedUserCount >= users, 15000,
                  users + " users are loaded")
        compare(listModel().loadedUserCount, users, "pages of 10 users")
    }

    // Loads the list from the first page, page by page, to know which rows belong to users 20–29.
    function initTestCase() {
        Workspace.filtered.clearFilters()
        if (listModel().query.length > 0)
            listModel().search("")
        else
            listModel().refresh()
        waitForPage(10)
        listModel().fetchMore(listModel().index(-1, 0))
        waitForPage(20)
        const first = listModel().rowCount()
        listModel().fetchMore(listModel().index(-1, 0))
        waitForPage(30)
        const ids = []
        for (let i = first; i < listModel().rowCount(); ++i)
            ids.push(String(listModel().data(listModel().index(i, 0), PhoneNumberListModel.IdRole)))
        verify(ids.length >= 3, "users 20–29 have numbers to verify")
        ownIds = ids
    }

    function cleanupTestCase() {
        Workspace.filtered.clearFilters()
    }

    function rowOf(id) {
        const index = Workspace.filtered.rowOfId(id)
        verify(index >= 0, id + " is in the list")
        return Workspace.filtered.get(index)
    }

    // The first of this test's numbers for which `wanted(row)` holds.
    function ownRow(wanted) {
        for (const id of ownIds) {
            const row = rowOf(id)
            if (wanted(row))
                return row
        }
        fail("users 20–29 have the number this test needs")
    }
    function anyRow() { return ownRow(() => true) }
    function unverifiedRow() { return ownRow((row) => row.verificationState !== "verified") }

    // Open dialogs are closed after each test, so that no modal popup outlives it.
    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                dialog.codeField.clear()
                dialog.close()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    function openDialog(row) {
        const dialog = createTemporaryObject(dialogComponent, testCase, { row: row })
        verify(dialog !== null, "the dialog was created")
        opened.push(dialog)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        return dialog
    }

    function item(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
        verify(found !== null, name + " exists")
        return found
    }

    function sendCode(dialog) {
        const send = item(dialog, "sendCodeButton")
        verify(send.enabled)
        mouseClick(send)
        if (dialog.verifier.busy) {
            compare(send.text, "Sending…")
            verify(!send.enabled, "no second send while one is in flight")
        }
        tryVerify(() => !dialog.verifier.busy, 15000, "Clerk answers")
        compare(dialog.verifier.error, "")
        verify(dialog.verifier.hasPending)
        tryVerify(() => item(dialog, "codeField").activeFocus, 5000, "the code field takes the keyboard")
    }

    function typeText(text) {
        for (const character of text)
            keyClick(character)
    }

    function typeCode(dialog, code) {
        const field = item(dialog, "codeField")
        field.forceActiveFocus()
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Delete)
        typeText(code)
        compare(field.text, code)
    }

    // Six digits that are neither the demo customer's code nor Clerk's test code.
    function wrongCodeFor(dialog) {
        return dialog.demoCode === "111111" ? "222222" : "111111"
    }

    function test_beforeSendingOnlySendIsPossible() {
        const dialog = openDialog(anyRow())
        compare(dialog.title.indexOf("Verify "), 0)
        verify(item(dialog, "verificationOwnerLine").text.length > 0)
        const send = item(dialog, "sendCodeButton")
        compare(send.text, "Send code")
        verify(send.enabled)
        verify(send.activeFocus, "the keyboard starts on Send code")
        verify(!item(dialog, "codeField").enabled, "no code to type before one is sent")
        verify(!item(dialog, "checkCodeButton").enabled)
        verify(!item(dialog, "pendingVerification").visible)
        verify(!item(dialog, "demoCustomerPhone").visible)
        verify(!item(dialog, "verificationOutcome").visible)
        verify(!item(dialog, "verificationError").visible)
        verify(item(dialog, "codeHint").text.indexOf("Send a code first") === 0)
        const labels = { verified: "Verified", unverified: "Pending", expired: "Expired", failed: "Failed", none: "Never verified" }
        compare(item(dialog, "verificationStateBadge").text, labels[dialog.row.verificationState])
        compare(Helpers.rawValuesShown(dialog.contentItem), [])

        // Nothing typed, nothing to lose: Close closes at once.
        mouseClick(item(dialog, "verificationCloseButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes without asking")
        verify(!findChild(dialog, "discardCodeDialog").visible)
    }

    function test_aSentCodeCountsDown() {
        const row = unverifiedRow()
        const dialog = openDialog(row)
        sendCode(dialog)
        compare(item(dialog, "sendCodeButton").text, "Send a new code")
        verify(item(dialog, "pendingVerification").visible)
        compare(item(dialog, "channelLabel").text, "Sent by SMS")
        compare(item(dialog, "attemptsLabel").text, Workspace.codeAttemptLimit + " attempts left")
        // The list row shows the pending code too.
        tryCompare(item(dialog, "verificationStateBadge"), "text", "Pending")

        const countdown = item(dialog, "countdownLabel")
        verify(/^Code expires in (9|10):\d\d$/.test(countdown.text), countdown.text)
        const before = countdown.text
        tryVerify(() => countdown.text !== before, 3000, "the countdown moves every second")
        verify(/^Code expires in \d+:\d\d$/.test(countdown.text), countdown.text)

        // At the expiry it says so (the clock is moved on; its next tick puts it back).
        Clock.now = new Date(dialog.verifier.expireAt.getTime() + 1000)
        compare(countdown.text, "Code expired")
        Clock.now = new Date()
        verify(countdown.text.indexOf("Code expires in ") === 0)

        // In demo mode the customer's phone is shown, and only in demo mode.
        verify(Workspace.demo)
        const phone = item(dialog, "demoCustomerPhone")
        verify(phone.visible)
        const code = Workspace.demoCustomerCode(dialog.verifier.verificationId)
        verify(/^\d{6}$/.test(code), code)
        compare(item(dialog, "demoCustomerPhoneText").text, "Demo: the customer's phone shows " + code)
        compare(Helpers.rawValuesShown(dialog.contentItem), [])

        // A sent code is not lost by closing: nothing is asked.
        mouseClick(item(dialog, "verificationCloseButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes without asking")
        compare(Clock.secondsWatchers, 0, "the clock goes back to its slow tick")
    }

    function test_aWrongCodeCountsAnAttempt() {
        const dialog = openDialog(unverifiedRow())
        sendCode(dialog)
        const check = item(dialog, "checkCodeButton")
        verify(!check.enabled, "nothing typed yet")

        // A code of the wrong length cannot be checked, and says why.
        typeCode(dialog, "123")
        verify(!check.enabled)
        compare(item(dialog, "codeHint").text, "The code has 6 digits; this has 3")
        // Letters do not get in.
        typeText("ab")
        compare(item(dialog, "codeField").text, "123")

        typeCode(dialog, wrongCodeFor(dialog))
        verify(check.enabled)
        keyClick(Qt.Key_Return)
        tryVerify(() => dialog.verifier.outcome.length > 0, 15000, "Clerk answers the check")
        tryVerify(() => !dialog.verifier.busy, 15000)
        compare(dialog.verifier.outcome, "wrongCode")
        const outcome = item(dialog, "verificationOutcome")
        verify(outcome.visible)
        compare(outcome.tone, "warning")
        compare(outcome.title, "Wrong code")
        compare(item(dialog, "verificationOutcomeText").text, dialog.verifier.outcomeText)
        compare(item(dialog, "attemptsLabel").text, (Workspace.codeAttemptLimit - 1) + " attempts left")
        compare(item(dialog, "codeField").text, "", "a checked code is not kept")
        verify(item(dialog, "pendingVerification").visible, "the code can be tried again")
    }

    function test_aDialogDestroyedWhileCountingStopsTheFastClock() {
        const dialog = openDialog(unverifiedRow())
        sendCode(dialog)
        compare(Clock.secondsWatchers, 1)
        dialog.destroy()
        tryVerify(() => Clock.secondsWatchers === 0, 5000, "the clock goes back to its slow tick")
    }

    function test_closingWithATypedCodeAsksFirst() {
        const dialog = openDialog(unverifiedRow())
        sendCode(dialog)
        typeCode(dialog, "12")
        keyClick(Qt.Key_Escape)
        const ask = findChild(dialog, "discardCodeDialog")
        verify(ask !== null)
        tryVerify(() => ask.opened, 5000, "Escape asks before dropping the typed code")
        verify(dialog.opened, "the dialog stays open while asking")

        mouseClick(findChild(ask.footer, "keepCodeButton"))
        tryVerify(() => !ask.visible)
        verify(dialog.opened)
        compare(item(dialog, "codeField").text, "12")

        mouseClick(item(dialog, "verificationCloseButton"))
        tryVerify(() => ask.opened)
        mouseClick(findChild(ask.footer, "discardCodeButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
        compare(item(dialog, "codeField").text, "")
    }

    // Someone else checks the same verification with Clerk's test code, as another agent might.
    function useVerificationElsewhere(phoneId, verificationId) {
        const request = new XMLHttpRequest()
        let finished = false
        request.onreadystatechange = () => {
            if (request.readyState === XMLHttpRequest.DONE)
                finished = true
        }
        request.open("POST", Workspace.apiUrl + "/phone_numbers/" + phoneId + "/attempt_verification")
        request.setRequestHeader("Authorization", "Bearer sk_test_phonedesk_demo")
        request.setRequestHeader("Content-Type", "application/json")
        request.send(JSON.stringify({ verification_id: verificationId, code: "424242" }))
        tryVerify(() => finished, 15000, "the other check is answered")
        compare(request.status, 200, request.responseText)
    }

    function test_y_aRefusalIsShownAndTheCodeKept() {
        // A verified number, when there is one: the test code verifies the number too, and the
        // last test needs an unverified one.
        const verified = ownIds.map(rowOf).filter((candidate) => candidate.verificationState === "verified")
        const row = verified.length > 0 ? verified[0] : anyRow()
        const dialog = openDialog(row)
        sendCode(dialog)
        const code = dialog.demoCode
        useVerificationElsewhere(String(row.id), dialog.verifier.verificationId)
        typeCode(dialog, code)
        mouseClick(item(dialog, "checkCodeButton"))
        tryVerify(() => dialog.verifier.error.length > 0, 15000, "Clerk refuses")
        compare(dialog.verifier.errorCode, "verification_already_verified")
        verify(dialog.opened, "the dialog stays open")
        const notice = item(dialog, "verificationError")
        verify(notice.visible)
        compare(item(dialog, "verificationErrorText").text, dialog.verifier.error)
        verify(dialog.verifier.errorTraceId.length > 0)
        compare(Helpers.find(notice, "traceIdLabel").text, "Clerk trace id: " + dialog.verifier.errorTraceId)
        compare(item(dialog, "codeField").text, code, "the code is kept")
        verify(item(dialog, "codeField").enabled)
        verify(!item(dialog, "verificationOutcome").visible, "nothing was checked")
        verify(!item(dialog, "verificationBusy").visible, "no spinner outlives the request")
    }

    function test_z_theRightCodeVerifiesInTheList() {
        const row = unverifiedRow()
        const id = String(row.id)
        const dialog = openDialog(row)
        verify(item(dialog, "verificationStateBadge").text !== "Verified")
        sendCode(dialog)
        const code = Workspace.demoCustomerCode(dialog.verifier.verificationId)
        compare(dialog.demoCode, code)
        // As the customer reads it out, in two groups.
        typeCode(dialog, code.substring(0, 3) + " " + code.substring(3))
        mouseClick(item(dialog, "checkCodeButton"))
        tryVerify(() => dialog.verifier.outcome === "verified", 15000, "the code verifies")
        tryVerify(() => !dialog.verifier.busy, 15000)
        const outcome = item(dialog, "verificationOutcome")
        verify(outcome.visible)
        compare(outcome.tone, "success")
        compare(outcome.title, "Verified")
        compare(item(dialog, "verificationStateBadge").text, "Verified")
        compare(rowOf(id).verificationState, "verified")
        verify(!item(dialog, "pendingVerification").visible)
        verify(!item(dialog, "demoCustomerPhone").visible, "the used code is no longer shown")
        verify(!item(dialog, "checkCodeButton").enabled)
        compare(item(dialog, "codeField").text, "")
        verify(item(dialog, "sendCodeButton").enabled, "a new code can be sent")
    }
}

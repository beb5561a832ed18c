// SPDX-License-Identifier: MIT
// The edit dialog against the demo sandbox (see tst_qml.cpp): Save waits for a valid change,
// every change reads before → after, reserving an unverified number for two-step sign-in is
// refused before sending, a saved change closes the dialog and reaches the list, and cancelling
// with changes asks first.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "EditNumberDialog"
    width: 800
    height: 700
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        EditNumberDialog { phoneNumbers: Workspace.phoneNumbers }
    }
    // Someone else changing a number while the dialog is open.
    Component {
        id: otherEditorComponent
        PhoneNumberEditor { model: Workspace.phoneNumbers }
    }

    // A loaded row of the demo that is unverified, not primary and not reserved for 2FA.
    function unverifiedRow() {
        const model = Workspace.filtered
        tryVerify(() => model.count > 0, 15000, "rows are loaded")
        for (let i = 0; i < model.count; ++i) {
            const row = model.get(i)
            if (row.verificationState !== "verified" && row.isPrimary !== true
                    && row.reservedForSecondFactor !== true)
                return row
        }
        fail("the demo has an unverified number")
    }

    // Runs after tst_main (the file name sorts after it): the main window loads the first rows at
    // start, which this test must not do before it. Whatever search or filter it left is cleared.
    function initTestCase() {
        Workspace.filtered.clearFilters()
        if (Workspace.phoneNumbers.query.length > 0)
            Workspace.phoneNumbers.search("")
        else if (Workspace.phoneNumbers.rowCount() === 0 && !Workspace.phoneNumbers.loading)
            Workspace.phoneNumbers.refresh()
    }

    // Open dialogs are closed after each test, so that no modal popup outlives it.
    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                dialog.editor.revert()
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

    function listRowState(id) {
        const row = Workspace.filtered.rowOfId(id)
        return row < 0 ? "" : Workspace.filtered.get(row).verificationState
    }

    function test_saveWaitsForAChange() {
        const row = unverifiedRow()
        const dialog = openDialog(row)
        verify(dialog.title.indexOf("Edit ") === 0)
        verify(item(dialog, "verifiedSwitch").activeFocus, "the keyboard starts on the first switch")
        const save = item(dialog, "editSaveButton")
        verify(!save.enabled, "nothing changed yet")
        verify(!item(dialog, "editChanges").visible)

        mouseClick(item(dialog, "verifiedSwitch"))
        verify(dialog.editor.verified)
        verify(save.enabled, "a valid change can be saved")
        const change = item(dialog, "verifiedChange")
        verify(change.visible)
        compare(change.text, "Verified: No → Yes")
        verify(item(dialog, "editChanges").visible)
        compare(Helpers.rawValuesShown(dialog.contentItem), [])
    }

    function test_reservingAnUnverifiedNumberIsRefused() {
        const dialog = openDialog(unverifiedRow())
        mouseClick(item(dialog, "reservedSwitch"))
        verify(dialog.editor.reservedForSecondFactor)
        const message = item(dialog, "editValidation")
        verify(message.visible)
        verify(message.text.indexOf("verified") >= 0, message.text)
        verify(!item(dialog, "editSaveButton").enabled)
        compare(item(dialog, "reservedChange").text, "Reserved for two-step sign-in: No → Yes")

        // Verifying it as well makes the draft valid.
        mouseClick(item(dialog, "verifiedSwitch"))
        verify(!message.visible)
        verify(item(dialog, "editSaveButton").enabled)
    }

    function test_cancelWithChangesAsksFirst() {
        const dialog = openDialog(unverifiedRow())
        mouseClick(item(dialog, "verifiedSwitch"))
        mouseClick(item(dialog, "editCancelButton"))
        const ask = findChild(dialog, "discardDialog")
        verify(ask !== null)
        tryVerify(() => ask.opened, 5000, "the discard question opens")
        verify(ask.title.indexOf("Discard the changes to ") === 0, ask.title)
        verify(dialog.opened, "the dialog stays open while asking")

        // Keep editing: the draft stays.
        mouseClick(findChild(ask.footer, "keepEditingButton"))
        tryVerify(() => !ask.visible)
        verify(dialog.opened)
        verify(dialog.editor.hasUnsentInput)

        // Discard: the dialog closes.
        mouseClick(item(dialog, "editCancelButton"))
        tryVerify(() => ask.opened)
        mouseClick(findChild(ask.footer, "discardButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
    }

    function test_unverifyingAPrimaryNumberWarns() {
        const model = Workspace.filtered
        let row = null
        for (let i = 0; i < model.count && row === null; ++i) {
            const candidate = model.get(i)
            // Their only number: the lockout guard sees them lose sign-in by phone.
            if (candidate.verificationState === "verified" && candidate.isPrimary === true
                    && candidate.otherNumbers.length === 0)
                row = candidate
        }
        verify(row !== null, "the demo has a user with one verified number")
        const dialog = openDialog(row)
        const warning = item(dialog, "editLockoutWarning")
        verify(!warning.visible)
        mouseClick(item(dialog, "verifiedSwitch"))
        verify(warning.visible, "un-verifying the only number warns of a lock-out")
        verify(warning.message.indexOf("After this, " + row.userName + " can no longer sign in with a phone number") === 0,
               warning.message)
        compare(item(dialog, "verifiedChange").text, "Verified: Yes → No")

        // Taking primary away is refused before sending.
        mouseClick(item(dialog, "verifiedSwitch"))
        verify(!warning.visible)
        mouseClick(item(dialog, "primarySwitch"))
        verify(item(dialog, "editValidation").text.indexOf("make another number primary") >= 0)
        verify(!item(dialog, "editSaveButton").enabled)
    }

    function test_escapeWithChangesAsksFirst() {
        const dialog = openDialog(unverifiedRow())
        mouseClick(item(dialog, "verifiedSwitch"))
        keyClick(Qt.Key_Escape)
        const ask = findChild(dialog, "discardDialog")
        tryVerify(() => ask.opened, 5000, "Escape asks before discarding")
        verify(dialog.opened)
        mouseClick(findChild(ask.footer, "discardButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
    }

    function test_failureKeepsTheDialogAndTheDraft() {
        // A number that is no longer in the list: the editor refuses to send, like a failure.
        const dialog = openDialog({ id: "idn_gone", phoneNumber: "+4915100000000", isE164: true })
        mouseClick(item(dialog, "verifiedSwitch"))
        mouseClick(item(dialog, "editSaveButton"))
        tryVerify(() => dialog.editor.error.length > 0, 5000, "the save fails")
        verify(dialog.opened, "the dialog stays open")
        verify(dialog.editor.verified, "the draft stays")
        const top = item(dialog, "editTopError")
        verify(top.visible, "a failure without a field is shown at the top")
        compare(item(dialog, "editTopErrorText").text, dialog.editor.error)
        verify(!item(dialog, "editBusyIndicator").visible)
    }

    function test_errorsGoNextToTheFieldTheyName() {
        const dialog = openDialog(unverifiedRow())
        compare(dialog.fieldOfParam("reserved_for_second_factor"), "reserved")
        compare(dialog.fieldOfParam("primary_phone_number_id"), "primary")
        compare(dialog.fieldOfParam("verified"), "verified")
        compare(dialog.fieldOfParam(""), "")
        compare(dialog.fieldOfParam("phone_number"), "")
        compare(dialog.errorField, "", "no error, no field")
    }

    function test_cancelWithoutChangesCloses() {
        const dialog = openDialog(unverifiedRow())
        mouseClick(item(dialog, "editCancelButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes without asking")
        verify(!findChild(dialog, "discardDialog").visible)
    }

    function changeElsewhere(id, reserved) {
        const other = createTemporaryObject(otherEditorComponent, testCase, { phoneNumberId: id })
        const done = createTemporaryObject(spyComponent, testCase, { target: other })
        other.reservedForSecondFactor = reserved
        verify(other.canSubmit, other.validationError)
        other.submit()
        done.wait(15000)
    }
    Component {
        id: spyComponent
        SignalSpy { signalName: "done" }
    }

    function test_yy_staleNumberIsShownNotOverwritten() {
        // A verified number nobody reserved: another agent reserves it while the dialog is open.
        const model = Workspace.filtered
        let row = null
        for (let i = 0; i < model.count && row === null; ++i) {
            const candidate = model.get(i)
            if (candidate.verificationState === "verified" && candidate.isPrimary !== true
                    && candidate.reservedForSecondFactor !== true)
                row = candidate
        }
        verify(row !== null, "the demo has a verified number that is not primary nor reserved")
        const dialog = openDialog(row)
        mouseClick(item(dialog, "primarySwitch"))
        verify(item(dialog, "editSaveButton").enabled)
        wait(20) // a later updated_at
        changeElsewhere(String(row.id), true)

        mouseClick(item(dialog, "editSaveButton"))
        tryVerify(() => dialog.editor.staleNotice.length > 0, 15000, "the change on the server is noticed")
        verify(dialog.opened, "the dialog stays open")
        verify(item(dialog, "editStaleNotice").visible)
        compare(item(dialog, "editStaleNoticeText").text, dialog.editor.staleNotice)
        verify(dialog.editor.originalReservedForSecondFactor, "the originals show the server's state")

        // Put the demo back as it was.
        dialog.editor.revert()
        dialog.close()
        wait(20)
        changeElsewhere(String(row.id), false)
    }

    function test_zz_saveReachesTheList() {
        const row = unverifiedRow()
        const dialog = openDialog(row)
        mouseClick(item(dialog, "verifiedSwitch"))
        const save = item(dialog, "editSaveButton")
        verify(save.enabled)
        mouseClick(save)
        if (dialog.editor.busy) {
            verify(item(dialog, "editBusyIndicator").visible, "sending shows that it is busy")
            verify(!save.enabled, "no second submit while sending")
        }
        tryVerify(() => !dialog.visible, 15000, "the dialog closes once Clerk took the change")
        compare(dialog.editor.error, "")
        tryVerify(() => listRowState(row.id) === "verified", 15000, "the list row is verified")

        // Put the demo back as it was, for the other tests of the window.
        const again = openDialog(Workspace.filtered.get(Workspace.filtered.rowOfId(row.id)))
        mouseClick(item(again, "verifiedSwitch"))
        verify(!again.editor.verified)
        mouseClick(item(again, "editSaveButton"))
        tryVerify(() => !again.visible, 15000, "the second save closes the dialog too")
        tryVerify(() => listRowState(row.id) !== "verified", 15000, "the list row is unverified again")
    }
}

// SPDX-License-Identifier: MIT
// Production safety in the dialogs and read-only profiles in the actions, against the shared demo
// sandbox (see tst_qml.cpp). The demo is a development instance, so each dialog's ProductionGuard
// is switched to production on the dialog instance itself: then the send button waits for the
// tick (Edit, Add, Verification) or for the number / user id typed exactly (Delete, Reset MFA,
// Replace all), a wrong text keeps it off, and a development instance shows no guard at all.
// Nothing is sent: no user of the sandbox is changed.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "ProductionGuardDialogs"
    width: 900
    height: 900
    visible: true
    when: windowShown

    Component { id: deleteComponent; DeleteNumberDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: resetComponent; ResetMfaDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: replaceComponent; ReplaceNumbersDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: editComponent; EditNumberDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: addComponent; AddNumberDialog { phoneNumbers: Workspace.phoneNumbers } }
    Component { id: verificationComponent; VerificationDialog { phoneNumbers: Workspace.phoneNumbers } }

    property var row: null

    function initTestCase() {
        const list = Workspace.phoneNumbers
        tryVerify(() => !list.loading, 15000)
        if (list.loadedUserCount === 0)
            list.refresh()
        tryVerify(() => !list.loading && Workspace.filtered.count > 0, 15000, "rows to open the dialogs on")
        compare(Workspace.environment, "development", "the demo's key is a development key")
        row = Workspace.filtered.get(0)
        verify(String(row.phoneNumber).length > 0)
    }

    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                if (dialog.editor)
                    dialog.editor.revert()
                if (dialog.creator)
                    dialog.creator.cancel()
                if (dialog.replacer)
                    dialog.replacer.clear()
                dialog.close()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    // Opens a dialog on `row`, switched to production (instance "Support live" at api.clerk.com)
    // unless `development`.
    function openDialog(component, development) {
        const dialog = createTemporaryObject(component, testCase, { row: testCase.row })
        verify(dialog !== null, "the dialog was created")
        if (!development) {
            dialog.productionGuard.environment = "production"
            dialog.productionGuard.profileName = "Support live"
            dialog.productionGuard.host = "api.clerk.com"
        }
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

    function typeInto(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const character of text)
            keyClick(character)
    }

    function verifyNoticeNamesInstance(dialog) {
        const notice = item(dialog, "productionNotice")
        verify(notice.visible, "the production notice shows")
        verify(notice.title.indexOf("Support live") >= 0, notice.title)
        verify(notice.title.indexOf("api.clerk.com") >= 0, notice.title)
    }

    // A typed confirmation: off until `accepted` is typed, `wrong` keeps it off.
    function verifyTypedConfirmation(dialog, accepted, wrong) {
        const button = item(dialog, "confirmActionButton")
        const field = item(dialog, "productionConfirmField")
        const mismatch = item(dialog, "productionConfirmMismatch")
        verify(field.visible)
        verify(!item(dialog, "productionConfirmBox").visible, "no tick box where typing is asked")
        verify(!button.enabled, "the action waits for the typed confirmation")
        typeInto(field, wrong)
        verify(!button.enabled, "a wrong text keeps the action off")
        verify(mismatch.visible, "and says it does not match")
        for (const text of accepted) {
            typeInto(field, text)
            tryVerify(() => button.enabled, 2000, "typing " + text + " turns the action on")
            verify(!mismatch.visible)
        }
        typeInto(field, "")
        verify(!button.enabled, "an emptied field turns it off again")
    }

    function test_deleteOnProductionNeedsTheNumber() {
        const dialog = openDialog(deleteComponent)
        tryVerify(() => dialog.deleter.canSubmit, 5000, "the deleter is ready")
        verifyNoticeNamesInstance(dialog)
        verify(item(dialog, "productionConfirmField").activeFocus, "the keyboard starts where the number goes")
        const digits = String(row.phoneNumber)
        // As shown, as E.164, and in other spacing; a number off by one digit is not it.
        const wrong = digits.slice(0, -1) + (digits.slice(-1) === "9" ? "8" : "9")
        verifyTypedConfirmation(dialog, [dialog.numberText, digits, digits.slice(0, 3) + " " + digits.slice(3)], wrong)
    }

    function test_deleteOnDevelopmentHasNoGuard() {
        const dialog = openDialog(deleteComponent, true)
        tryVerify(() => dialog.deleter.canSubmit, 5000)
        verify(!dialog.productionGuard.visible, "no guard on development")
        verify(!item(dialog, "productionNotice").visible)
        verify(item(dialog, "confirmActionButton").enabled, "the action is there at once")
    }

    function test_resetMfaOnProductionNeedsTheUserId() {
        const dialog = openDialog(resetComponent)
        tryVerify(() => dialog.resetter.canSubmit, 5000)
        verifyNoticeNamesInstance(dialog)
        verifyTypedConfirmation(dialog, [String(row.userId)], String(row.userId) + "x")
        // A phone number is not the user id.
        typeInto(item(dialog, "productionConfirmField"), String(row.phoneNumber))
        verify(!item(dialog, "confirmActionButton").enabled)
    }

    function test_replaceOnProductionNeedsTheUserId() {
        const dialog = openDialog(replaceComponent)
        dialog.replacer.number.text = "+4915123456789"
        tryVerify(() => dialog.replacer.canSubmit, 5000, "a valid new number")
        verifyNoticeNamesInstance(dialog)
        verifyTypedConfirmation(dialog, [String(row.userId)], "user_0")
    }

    // A tick box: off until ticked.
    function verifyTick(dialog, button, ready) {
        verifyNoticeNamesInstance(dialog)
        const box = item(dialog, "productionConfirmBox")
        verify(box.visible)
        verify(!item(dialog, "productionConfirmField").visible, "no typing where a tick is asked")
        verify(box.text.indexOf("Support live (api.clerk.com)") >= 0, box.text)
        tryVerify(ready, 5000, "the dialog could send")
        verify(!button.enabled, "the button waits for the tick")
        mouseClick(box)
        tryVerify(() => button.enabled, 2000, "ticked, it can send")
        mouseClick(box)
        verify(!button.enabled, "unticked, it cannot")
    }

    function test_editOnProductionNeedsTheTick() {
        const dialog = openDialog(editComponent)
        dialog.editor.verified = !dialog.editor.verified
        verifyTick(dialog, item(dialog, "editSaveButton"), () => dialog.editor.canSubmit)
    }

    function test_addOnProductionNeedsTheTick() {
        const dialog = openDialog(addComponent)
        dialog.creator.number.text = "+4915123456780"
        verifyTick(dialog, item(dialog, "addButton"), () => dialog.creator.canSubmit)
    }

    function test_verificationOnProductionNeedsTheTick() {
        const dialog = openDialog(verificationComponent)
        verifyTick(dialog, item(dialog, "sendCodeButton"), () => dialog.verifier.canSend)
    }

    function test_developmentDialogsHaveNoGuard() {
        const edit = openDialog(editComponent, true)
        edit.editor.verified = !edit.editor.verified
        tryVerify(() => edit.editor.canSubmit, 5000)
        verify(!edit.productionGuard.visible)
        verify(item(edit, "editSaveButton").enabled)
        cleanup()
        const verification = openDialog(verificationComponent, true)
        verify(!verification.productionGuard.visible)
        tryVerify(() => item(verification, "sendCodeButton").enabled, 5000)
    }

    function test_reopenedDialogAsksAgain() {
        const dialog = openDialog(deleteComponent)
        tryVerify(() => dialog.deleter.canSubmit, 5000)
        typeInto(item(dialog, "productionConfirmField"), String(row.phoneNumber))
        tryVerify(() => item(dialog, "confirmActionButton").enabled)
        dialog.close()
        tryVerify(() => !dialog.visible)
        dialog.open()
        tryVerify(() => dialog.opened)
        compare(item(dialog, "productionConfirmField").text, "")
        verify(!item(dialog, "confirmActionButton").enabled, "the confirmation is asked again")
    }
}

// SPDX-License-Identifier: MIT
// The add dialog against the demo sandbox (see tst_qml.cpp): the user is found by search and
// picked with the keyboard, the number is formatted as it is typed with its validity said live,
// Add waits for a number that can be sent, reserving an unverified number is refused before
// sending, a number Clerk takes lands in the list, Clerk's refusal is shown next to the number
// with the input kept, and closing with a typed number asks first.
// Changes only the users at positions 10–19 of the sandbox's list order.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "AddNumberDialog"
    width: 800
    height: 760
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        AddNumberDialog { phoneNumbers: Workspace.phoneNumbers }
    }
    // The sandbox's users in list order ("user_" is in every id), to find this file's users.
    Component {
        id: everyUserComponent
        UserPicker {
            model: Workspace.phoneNumbers
            debounceInterval: 0
        }
    }

    property var reservedUsers: []
    // Runs after tst_main (the file name sorts after it), which must find the list not loaded
    // yet. Whatever search or filter an earlier file left is cleared.
    function initTestCase() {
        Workspace.filtered.clearFilters()
        if (Workspace.phoneNumbers.query.length > 0)
            Workspace.phoneNumbers.search("")
        const picker = createTemporaryObject(everyUserComponent, testCase)
        picker.query = "user_"
        tryVerify(() => !picker.loading && picker.count === 20, 15000, "the first 20 users are listed")
        const users = []
        for (let i = 10; i < 20; ++i)
            users.push(picker.get(i))
        reservedUsers = users
    }

    // Open dialogs are closed after each test, so that no modal popup outlives it.
    property var opened: []
    function cleanup() {
        for (const dialog of opened) {
            if (dialog && dialog.visible) {
                dialog.discard()
                tryVerify(() => !dialog.visible)
            }
        }
        opened = []
    }

    function openDialog(properties) {
        const dialog = createTemporaryObject(dialogComponent, testCase, properties || {})
        verify(dialog !== null, "the dialog was created")
        opened.push(dialog)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        return dialog
    }
    function openFor(user) {
        const dialog = openDialog({ presetUserId: user.userId, presetUserLabel: user.label })
        dialog.creator.number.region = "DE"
        return dialog
    }

    function item(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
        verify(found !== null, name + " exists")
        return found
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_addWaitsForAValidNumber() {
        const dialog = openFor(reservedUsers[0])
        const field = item(dialog, "numberField")
        verify(field.activeFocus, "a dialog for a known user starts on the number")
        const add = item(dialog, "addButton")
        const validity = item(dialog, "validityLine")
        verify(!add.enabled, "nothing typed yet")
        verify(!validity.visible)
        compare(item(dialog, "chosenUser").text, reservedUsers[0].label)

        typeText("+49151")
        compare(field.text, "+49 151")
        verify(validity.visible)
        compare(validity.text, "Too short for Germany")
        compare(String(validity.color), String(Theme.toneForeground("danger")))
        verify(!add.enabled, "a number that is too short cannot be added")

        typeText("23456789")
        compare(field.text, "+49 1512 3456789")
        compare(field.cursorPosition, field.text.length, "the cursor stays at the end")
        compare(validity.text, "Valid mobile number for Germany")
        compare(String(validity.color), String(Theme.toneForeground("success")))
        compare(item(dialog, "sentAsLine").text, "Sent to Clerk as +4915123456789")
        verify(add.enabled, "a valid number can be added")

        // Reserving for two-step sign-in needs Verified: refused before sending.
        mouseClick(item(dialog, "reservedSwitch"))
        const why = item(dialog, "addValidation")
        verify(why.visible)
        verify(why.text.indexOf("verified") >= 0, why.text)
        verify(!add.enabled)
        mouseClick(item(dialog, "verifiedSwitch"))
        verify(!why.visible)
        verify(add.enabled)

        // Deleting back to an invalid number disables Add again.
        field.forceActiveFocus()
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Backspace)
        verify(!dialog.creator.number.valid)
        verify(!add.enabled)
        compare(Helpers.rawValuesShown(dialog.contentItem), [])
    }

    function test_aNationalNumberFormatsForTheRegion() {
        const dialog = openFor(reservedUsers[1])
        const box = item(dialog, "regionBox")
        dialog.creator.number.region = "US"
        compare(box.currentText, "United States (+1)")
        item(dialog, "numberField").forceActiveFocus()
        typeText("2015550123")
        compare(item(dialog, "numberField").text, "(201) 555-0123")
        compare(dialog.creator.number.e164, "+12015550123")
        verify(item(dialog, "validityLine").text.indexOf("United States") > 0)

        // Choosing another region in the box reads the same digits for it.
        box.currentIndex = box.indexOfValue("DE")
        box.activated(box.currentIndex)
        compare(dialog.creator.number.region, "DE")
        compare(dialog.creator.number.e164, "+492015550123")
        compare(item(dialog, "numberField").text, "2015550123")

        // A "+" code names the country: the box follows it.
        item(dialog, "numberField").forceActiveFocus()
        item(dialog, "numberField").selectAll()
        typeText("+34612")
        compare(dialog.creator.number.region, "ES")
        compare(box.currentText, "Spain (+34)")
    }

    function test_theRegionBoxSearchesAsYouType() {
        const dialog = openFor(reservedUsers[1])
        const box = item(dialog, "regionBox")
        box.forceActiveFocus()
        typeText("spa")
        compare(dialog.creator.number.region, "ES")
        compare(box.currentText, "Spain (+34)")
        wait(1100) // a pause starts a new search
        typeText("+49")
        compare(dialog.creator.number.region, "DE")
        compare(box.currentText, "Germany (+49)")
    }

    function test_theUserIsFoundAndPickedWithTheKeyboard() {
        const dialog = openDialog()
        const search = item(dialog, "userSearchField")
        verify(search.visible)
        verify(search.activeFocus, "a dialog without a user starts on the search")
        verify(!item(dialog, "addButton").enabled)

        const user = reservedUsers[2]
        typeText(user.userId)
        const results = item(dialog, "userResults")
        tryVerify(() => results.count === 1, 10000, "the search finds the user")
        verify(results.visible)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(dialog.creator.userId, user.userId)
        compare(item(dialog, "chosenUser").text, user.label)
        verify(!search.visible, "a chosen user replaces the search")
        verify(item(dialog, "numberField").activeFocus, "typing goes on with the number")

        // Change: back to searching, with no user chosen.
        mouseClick(item(dialog, "changeUserButton"))
        compare(dialog.creator.userId, "")
        verify(search.visible)
        verify(search.activeFocus)
    }

    function test_aSearchWithoutMatchesSaysSo() {
        const dialog = openDialog()
        typeText("nobody-is-called-like-this")
        const status = item(dialog, "userSearchStatus")
        tryVerify(() => status.text.indexOf("No user matches") === 0, 10000, "no match is said")
        verify(status.visible)
        compare(item(dialog, "userResults").visible, false)
    }

    function test_cancelWithATypedNumberAsksFirst() {
        const dialog = openFor(reservedUsers[3])
        typeText("+4915")
        mouseClick(item(dialog, "addCancelButton"))
        const ask = findChild(dialog, "discardDialog")
        tryVerify(() => ask.opened, 5000, "the discard question opens")
        verify(dialog.opened, "the dialog stays open while asking")
        mouseClick(findChild(ask.footer, "keepEditingButton"))
        tryVerify(() => !ask.visible)
        compare(item(dialog, "numberField").text, "+49 15", "the input is kept")

        // Escape asks too; Discard closes.
        keyClick(Qt.Key_Escape)
        tryVerify(() => ask.opened, 5000, "Escape asks before discarding")
        mouseClick(findChild(ask.footer, "discardButton"))
        tryVerify(() => !dialog.visible, 5000, "the dialog closes")
    }

    function test_cancelWithoutInputCloses() {
        const dialog = openFor(reservedUsers[3])
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000, "the dialog closes without asking")
        verify(!findChild(dialog, "discardDialog").visible)
    }

    function test_errorsGoNextToTheFieldTheyName() {
        const dialog = openFor(reservedUsers[3])
        compare(dialog.fieldOfParam("phone_number"), "number")
        compare(dialog.fieldOfParam("user_id"), "user")
        compare(dialog.fieldOfParam("reserved_for_second_factor"), "reserved")
        compare(dialog.fieldOfParam("verified"), "verified")
        compare(dialog.fieldOfParam(""), "")
        compare(dialog.errorField, "", "no error, no field")
    }

    function test_openedForARowChoosesItsOwner() {
        const user = reservedUsers[4]
        const dialog = openDialog({ row: { id: "idn_x", userId: user.userId, userName: user.name, userEmail: user.email } })
        compare(dialog.creator.userId, user.userId)
        compare(item(dialog, "chosenUser").text, user.name + (user.email ? " · " + user.email : ""))
        verify(!item(dialog, "userSearchField").visible)
    }

    Component {
        id: spyComponent
        SignalSpy { signalName: "added" }
    }

    function test_zz_anAddedNumberLandsInTheListAndATakenOneIsRefused() {
        // The list shows its first page; this file's users are on the second, outside it.
        const model = Workspace.phoneNumbers
        if (model.rowCount() === 0 && !model.loading)
            model.refresh()
        tryVerify(() => !model.loading && model.rowCount() > 0, 15000, "the first page is loaded")
        const number = "+4915112377"
        const first = openFor(reservedUsers[5])
        const added = createTemporaryObject(spyComponent, testCase, { target: first })
        typeText(number + "041")
        mouseClick(item(first, "verifiedSwitch"))
        const add = item(first, "addButton")
        verify(add.enabled, first.creator.validationError)
        mouseClick(add)
        if (first.creator.busy) {
            compare(add.text, "Adding…")
            verify(!add.enabled, "no second submit while sending")
            verify(item(first, "addBusyIndicator").visible)
        }
        tryVerify(() => !first.visible, 15000, "the dialog closes once Clerk took the number")
        compare(added.count, 1)
        const id = added.signalArguments[0][0]
        verify(id.indexOf("idn_") === 0, id)
        const row = Workspace.phoneNumbers.rowOfId(id)
        verify(row >= 0, "the new number is in the list")

        // The same verified number for another user: Clerk refuses it, shown next to the number.
        const second = openFor(reservedUsers[6])
        typeText(number + "041")
        mouseClick(item(second, "verifiedSwitch"))
        mouseClick(item(second, "addButton"))
        tryVerify(() => second.creator.error.length > 0, 15000, "Clerk refuses the taken number")
        verify(second.opened, "the dialog stays open")
        compare(second.creator.errorCode, "form_identifier_exists")
        const error = item(second, "numberError")
        verify(error.visible)
        verify(error.text.indexOf("taken") >= 0, error.text)
        verify(!item(second, "addTopError").visible)
        compare(item(second, "numberField").text, "+49 1511 2377041", "the input is kept")
        verify(second.creator.verified)
        verify(!item(second, "addBusyIndicator").visible)
        compare(item(second, "addButton").text, "Add")
    }
}

// SPDX-License-Identifier: MIT
// The SMS blocklist in the list, against the demo sandbox (SMS blocked to BR and IN, see
// tst_qml.cpp): rows of a blocked country carry the "SMS blocked" badge and only they pass the
// filter bar's SMS blocked filter; Send code… warns before it sends to such a number and shows
// Clerk's refusal (403) when sent anyway. Changes no account.
import QtQuick
import QtTest
import PhoneDesk
import "rows.js" as Rows
import "helpers.js" as Helpers
import "signin.js" as SignIn

TestCase {
    id: testCase
    name: "SignInList"
    width: 1200
    height: 900
    visible: true
    when: windowShown

    Component {
        id: delegateComponent
        PhoneNumberDelegate { width: 1100 }
    }
    Component {
        id: filterBarComponent
        FilterBar { width: 1100; filterModel: Workspace.filtered }
    }
    Component {
        id: verificationComponent
        VerificationDialog { phoneNumbers: Workspace.phoneNumbers }
    }

    function initTestCase() {
        Workspace.filtered.clearFilters()
        tryVerify(() => Workspace.smsBlocklist.known, 10000, "the blocklist is read")
    }

    function cleanupTestCase() {
        Workspace.filtered.clearFilters()
        Workspace.phoneNumbers.search("")
        tryVerify(() => !Workspace.phoneNumbers.loading, 15000)
    }

    function item(root, name) {
        const found = Helpers.find(root, name)
        verify(found !== null, name + " exists")
        return found
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

    function test_theBlocklistAsRead() {
        compare(Workspace.smsBlocklist.countryCodes, ["BR", "IN"])
        compare(Workspace.smsBlocklist.error, "")
        verify(Workspace.smsBlocklist.blocksRegion("br"))
        verify(!Workspace.smsBlocklist.blocksRegion("GB"))
    }

    function test_badgeOnRowsOfBlockedCountries() {
        const blocked = createTemporaryObject(delegateComponent, testCase, Rows.delegateProperties(Rows.complete({ smsBlocked: true })))
        const badge = item(blocked, "smsBlockedBadge")
        verify(badge.visible)
        compare(badge.text, "SMS blocked")
        verify(!item(createTemporaryObject(delegateComponent, testCase, Rows.delegateProperties(Rows.complete({ smsBlocked: false }))),
                     "smsBlockedBadge").visible)
        // Unknown (the blocklist was not read): no badge, and nothing raw on screen.
        const unknown = createTemporaryObject(delegateComponent, testCase, Rows.delegateProperties(Rows.complete({ smsBlocked: undefined })))
        verify(!item(unknown, "smsBlockedBadge").visible)
        compare(Helpers.rawValuesShown(unknown), [])

        // The list's own rows: a Brazilian number is blocked, a British one is not.
        compare(rowOf(SignIn.smsCountryBlocked).smsBlocked, true)
        compare(rowOf(SignIn.activeSessions).smsBlocked, false)
    }

    function test_filterShowsOnlyBlockedCountries() {
        const list = Workspace.phoneNumbers
        list.search("")
        tryVerify(() => !list.loading && list.query === "", 15000)
        const all = Workspace.filtered.count
        const bar = createTemporaryObject(filterBarComponent, testCase)
        const box = item(bar, "smsBlockedFilter")
        verify(!box.checked)
        mouseClick(box)
        verify(Workspace.filtered.smsBlockedOnly)
        verify(Workspace.filtered.filtering)
        verify(Workspace.filtered.count > 0, "the first page has numbers in BR or IN")
        verify(Workspace.filtered.count < all)
        for (let i = 0; i < Workspace.filtered.count; ++i) {
            const row = Workspace.filtered.get(i)
            compare(row.smsBlocked, true)
            verify(row.regionCode === "BR" || row.regionCode === "IN", row.phoneNumber)
        }
        // Cleared from elsewhere (View > Clear filters): the box follows.
        Workspace.filtered.clearFilters()
        verify(!box.checked)
        compare(Workspace.filtered.count, all)
    }

    function test_sendCodeWarnsFirstAndSaysWhyClerkRefused() {
        const row = rowOf(SignIn.smsCountryBlocked)
        const dialog = createTemporaryObject(verificationComponent, testCase, { row: row })
        dialog.open()
        tryVerify(() => dialog.opened, 5000)
        const warning = item(dialog.contentItem, "smsBlockedWarning")
        verify(warning.visible, "warned before anything is sent")
        compare(warning.title, "SMS to Brazil is blocked")
        verify(warning.message.indexOf("403") > 0, warning.message)
        const send = item(dialog.contentItem, "sendCodeButton")
        compare(send.text, "Send anyway")
        verify(!send.highlighted)
        mouseClick(send)
        const error = item(dialog.contentItem, "verificationError")
        tryVerify(() => error.visible, 10000, "Clerk's refusal is shown")
        verify(error.code.length > 0, "with Clerk's error code")
        verify(!dialog.verifier.hasPending, "no code went out")
        dialog.close()
        tryVerify(() => !dialog.visible)

        // A number of another country: no warning, and the usual button.
        const other = createTemporaryObject(verificationComponent, testCase, { row: rowOf(SignIn.activeSessions) })
        other.open()
        tryVerify(() => other.opened, 5000)
        verify(!item(other.contentItem, "smsBlockedWarning").visible)
        compare(item(other.contentItem, "sendCodeButton").text, "Send code")
        other.close()
        tryVerify(() => !other.visible)
    }
}

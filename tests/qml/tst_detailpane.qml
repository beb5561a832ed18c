// SPDX-License-Identifier: MIT
// The detail pane: every fact in words, "unknown" for what the API left out (never 0, "No" or
// "undefined"), "Never verified" for a null verification, times relative and absolute,
// linked identities and the owner's other numbers.
import QtQuick
import QtTest
import PhoneDesk
import "rows.js" as Rows
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "DetailPane"
    width: 600
    height: 2400
    visible: true
    when: windowShown

    Component {
        id: paneComponent
        DetailPane {
            width: 560
            height: 2400
        }
    }

    SignalSpy {
        id: activatedSpy
        signalName: "otherNumberActivated"
    }

    function makePane(row) {
        const pane = createTemporaryObject(paneComponent, testCase, { row: row })
        verify(pane !== null, "the pane was created")
        return pane
    }

    function item(pane, name) {
        const found = Helpers.find(pane, name)
        verify(found !== null, name + " exists")
        return found
    }

    function valueOf(pane, name) {
        return item(pane, name).value
    }

    function test_nothingSelected() {
        const pane = makePane({})
        verify(!pane.hasRow)
        verify(item(pane, "noSelectionView").visible)
        verify(!item(pane, "detailFlickable").visible)
    }

    function test_completeRow() {
        const pane = makePane(Rows.complete({}))
        verify(pane.hasRow)
        compare(item(pane, "detailNumber").text, "+49 1512 3456789")
        verify(!item(pane, "detailNotE164").visible)
        compare(valueOf(pane, "e164Field"), "+4915123456789")
        compare(valueOf(pane, "internationalField"), "+49 1512 3456789")
        compare(valueOf(pane, "nationalField"), "01512 3456789")
        compare(valueOf(pane, "regionField"), "DE")
        compare(valueOf(pane, "countryField"), "Germany")
        compare(valueOf(pane, "typeField"), "mobile")
        compare(valueOf(pane, "ownerNameField"), "Erika Mustermann")
        compare(valueOf(pane, "ownerEmailField"), "erika@example.com")
        compare(valueOf(pane, "userIdField"), "user_complete")
        compare(valueOf(pane, "twoFactorField"), "On")
        compare(valueOf(pane, "totpField"), "Off")
        compare(valueOf(pane, "backupCodesField"), "On")
        compare(valueOf(pane, "bannedField"), "No")
        compare(valueOf(pane, "verificationKindField"), "One-time code")
        compare(valueOf(pane, "verificationStatusField"), "verified")
        compare(valueOf(pane, "verificationStrategyField"), "phone_code")
        compare(valueOf(pane, "verificationChannelField"), "sms")
        compare(valueOf(pane, "attemptsField"), "1")
        compare(valueOf(pane, "reservedField"), "No")
        compare(valueOf(pane, "reservedForSecondFactorField"), "Yes")
        compare(valueOf(pane, "defaultSecondFactorField"), "Yes")
        compare(valueOf(pane, "phoneNumberIdField"), "idn_complete")
        compare(item(pane, "detailVerificationBadge").text, "Verified")
        compare(Helpers.rawValuesShown(pane), [])
    }

    // Each flag of the sign-in role says what it means.
    function test_flagsExplainThemselves() {
        const pane = makePane(Rows.complete({}))
        for (const name of ["primaryField", "reservedField", "reservedForSecondFactorField", "defaultSecondFactorField"]) {
            const note = Helpers.find(item(pane, name), "noteText")
            verify(note.visible && note.text.length > 20, name + " has a line saying what it means")
        }
    }

    function test_expiredCodeIsRelativeAndAbsolute() {
        const expiredAt = new Date(Date.now() - 3 * 86400 * 1000)
        const pane = makePane(Rows.complete({ verificationState: "expired", verificationStatus: "expired",
                                              expireAt: expiredAt, isExpired: true }))
        const expiry = item(pane, "expiryField")
        compare(expiry.label, "Code expired")
        verify(expiry.value.startsWith("3 days ago · "), expiry.value)
        // The locale's short date (the C locale's numbers read as en_US's, see Format.locale()).
        verify(expiry.value.indexOf(expiredAt.toLocaleDateString(Qt.locale("en_US"), Locale.ShortFormat)) >= 0, expiry.value)
        compare(item(pane, "detailVerificationBadge").text, "Expired")
    }

    function test_pendingCodeExpiresInMinutes() {
        const pane = makePane(Rows.complete({ verificationState: "unverified", verificationStatus: "unverified",
                                              expireAt: new Date(Date.now() + 4 * 60 * 1000 + 20 * 1000),
                                              isExpired: false, attempts: 0 }))
        const expiry = item(pane, "expiryField")
        compare(expiry.label, "Code expires")
        verify(expiry.value.startsWith("in 4 min · "), expiry.value)
        // Zero attempts is a known zero, not an unknown.
        compare(valueOf(pane, "attemptsField"), "0")
        compare(item(pane, "detailVerificationBadge").text, "Pending")
    }

    function test_nullVerificationIsNeverVerified() {
        const pane = makePane(Rows.complete({ verificationState: "none", verificationStatus: undefined,
                                              verificationKind: "none", verificationStrategy: undefined,
                                              attempts: undefined, expireAt: undefined, isExpired: false }))
        compare(item(pane, "detailVerificationBadge").text, "Never verified")
        const never = item(pane, "neverVerifiedLabel")
        verify(never.visible)
        verify(never.text.indexOf("Never verified") === 0, never.text)
        verify(!item(pane, "attemptsField").visible)
        verify(!item(pane, "expiryField").visible)
        compare(Helpers.rawValuesShown(pane), [])
    }

    function test_unknownValuesAreUnknown() {
        const pane = makePane(Rows.sparse({}))
        verify(pane.hasRow)
        for (const name of ["e164Field", "internationalField", "nationalField", "regionField", "countryField",
                            "typeField", "ownerNameField", "ownerEmailField", "userIdField", "twoFactorField",
                            "totpField", "backupCodesField", "bannedField", "lockedField", "verificationKindField",
                            "verificationStatusField", "verificationStrategyField", "verificationChannelField",
                            "attemptsField", "expiryField", "reservedField", "reservedForSecondFactorField",
                            "defaultSecondFactorField", "primaryField", "createdField", "updatedField"]) {
            const value = valueOf(pane, name)
            verify(value === "unknown" || (name === "e164Field" && value === "Not E.164"), name + ": " + value)
        }
        compare(item(pane, "detailVerificationBadge").text, "unknown")
        compare(Helpers.rawValuesShown(pane), [])
    }

    function test_notE164IsMarkedAndShownAsStored() {
        const pane = makePane(Rows.complete({ phoneNumber: "030 1234567", formatted: "030 1234567",
                                              nationalFormat: "030 1234567", isE164: false,
                                              regionCode: "", countryName: "", numberType: "unknown type" }))
        compare(item(pane, "detailNumber").text, "030 1234567")
        verify(item(pane, "detailNotE164").visible)
        verify(item(pane, "detailNotE164").text.indexOf("“030 1234567”") >= 0)
        compare(valueOf(pane, "e164Field"), "Not E.164")
        compare(Helpers.find(item(pane, "e164Field"), "noteText").text, "Stored as “030 1234567”.")
        compare(valueOf(pane, "regionField"), "unknown")
        compare(valueOf(pane, "typeField"), "unknown")
    }

    function test_linkedIdentitiesAreListed() {
        const pane = makePane(Rows.complete({ linkedTo: [
            { type: "oauth_google", id: "idn_google_1", provider: "Google" },
            { type: "oauth_apple", id: "idn_apple_2", provider: "Apple" }
        ] }))
        const links = Helpers.findAll(pane, "linkedIdentity")
        compare(links.length, 2)
        compare(links[0].label, "Google")
        compare(links[0].value, "idn_google_1")
        compare(links[1].label, "Apple")
        compare(links[1].value, "idn_apple_2")
        verify(!item(pane, "noLinkedIdentities").visible)
        compare(item(pane, "linkedBadge").text, "Linked: Google, Apple")
    }

    function test_noLinkedIdentities() {
        const pane = makePane(Rows.complete({ linkedTo: [] }))
        compare(Helpers.findAll(pane, "linkedIdentity").length, 0)
        verify(item(pane, "noLinkedIdentities").visible)
    }

    function test_otherNumbersSelectOnClick() {
        const pane = makePane(Rows.complete({ otherNumbers: [
            { id: "idn_other", phoneNumber: "+33612345678", formatted: "+33 6 12 34 56 78", verificationState: "failed", isPrimary: false }
        ] }))
        activatedSpy.target = pane
        activatedSpy.clear()
        const others = Helpers.findAll(pane, "otherNumber")
        compare(others.length, 1)
        verify(!item(pane, "noOtherNumbers").visible)
        mouseClick(others[0])
        compare(activatedSpy.count, 1)
        compare(activatedSpy.signalArguments[0][0], "idn_other")
    }
}

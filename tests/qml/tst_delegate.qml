// SPDX-License-Identifier: MIT
// The list row: verification badges in words, the not-E.164 marker, owner, linked identities,
// and "unknown" wording where the API left values out.
import QtQuick
import QtTest
import PhoneDesk
import "rows.js" as Rows
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "PhoneNumberDelegate"
    width: 1200
    height: 200
    visible: true
    when: windowShown

    Component {
        id: delegateComponent
        PhoneNumberDelegate { width: 1100 }
    }

    function makeRow(overrides) {
        const item = createTemporaryObject(delegateComponent, testCase, Rows.delegateProperties(Rows.complete(overrides)))
        verify(item !== null, "the delegate was created")
        return item
    }

    function textOf(item, name) {
        const found = Helpers.find(item, name)
        verify(found !== null, name + " exists")
        return found.text
    }

    function visibleOf(item, name) {
        const found = Helpers.find(item, name)
        verify(found !== null, name + " exists")
        return found.visible
    }

    function test_verificationBadge_data() {
        return [
            { tag: "verified", state: "verified", status: "verified", label: "Verified" },
            { tag: "pending", state: "unverified", status: "unverified", label: "Pending" },
            { tag: "expired", state: "expired", status: "expired", label: "Expired" },
            { tag: "failed", state: "failed", status: "failed", label: "Failed" },
            { tag: "never", state: "none", status: undefined, label: "Never verified" },
            { tag: "unknown status as sent", state: "other", status: "transferable", label: "transferable" },
            { tag: "no status at all", state: "other", status: undefined, label: "unknown" }
        ]
    }

    function test_verificationBadge(data) {
        const row = makeRow({ verificationState: data.state, verificationStatus: data.status })
        compare(textOf(row, "verificationBadge"), data.label)
        verify(visibleOf(row, "verificationBadge"))
    }

    // Colour is never the only cue: every state has its own words, and known states their own tone.
    function test_statesDifferInWordsAndTone() {
        const states = ["verified", "unverified", "expired", "failed", "none"]
        const labels = {}
        const tones = {}
        for (const state of states) {
            const badge = Helpers.find(makeRow({ verificationState: state }), "verificationBadge")
            labels[badge.text] = true
            tones[badge.tone] = true
        }
        compare(Object.keys(labels).length, states.length)
        compare(Object.keys(tones).length, states.length)
    }

    function test_e164NumberIsFormatted() {
        const row = makeRow({})
        compare(textOf(row, "numberLabel"), "+49 1512 3456789")
        verify(!visibleOf(row, "notE164Badge"))
        compare(textOf(row, "regionLabel"), "DE · Germany · mobile")
    }

    function test_notE164NumberIsMarkedAndShownAsStored() {
        const row = makeRow({ phoneNumber: "0301234567", formatted: "0301234567", isE164: false,
                              regionCode: "", countryName: "", numberType: "unknown type" })
        compare(textOf(row, "numberLabel"), "0301234567")
        verify(visibleOf(row, "notE164Badge"))
        compare(textOf(row, "notE164Badge"), "Not E.164")
        compare(textOf(row, "regionLabel"), "Region unknown")
    }

    function test_owner() {
        const row = makeRow({})
        compare(textOf(row, "ownerNameLabel"), "Erika Mustermann")
        compare(textOf(row, "ownerEmailLabel"), "erika@example.com")
    }

    function test_linkedIdentitiesNameTheirProviders() {
        const row = makeRow({ linkedTo: [
            { type: "oauth_google", id: "idn_g", provider: "Google" },
            { type: "oauth_github", id: "idn_h", provider: "GitHub" }
        ] })
        verify(visibleOf(row, "linkedBadge"))
        compare(textOf(row, "linkedBadge"), "Linked: Google, GitHub")
        verify(!visibleOf(makeRow({ linkedTo: [] }), "linkedBadge"))
    }

    function test_flagBadges() {
        const flagged = makeRow({ isPrimary: true, defaultSecondFactor: true, reservedForSecondFactor: true,
                                  userBanned: true, userLocked: true })
        verify(visibleOf(flagged, "primaryBadge"))
        compare(textOf(flagged, "secondFactorBadge"), "2FA default")
        verify(visibleOf(flagged, "bannedBadge"))
        verify(visibleOf(flagged, "lockedBadge"))

        const reservedOnly = makeRow({ defaultSecondFactor: false, reservedForSecondFactor: true })
        compare(textOf(reservedOnly, "secondFactorBadge"), "2FA reserved")

        const plain = makeRow({ isPrimary: false, defaultSecondFactor: false, reservedForSecondFactor: false,
                                userBanned: false, userLocked: false })
        verify(!visibleOf(plain, "primaryBadge"))
        verify(!visibleOf(plain, "secondFactorBadge"))
        verify(!visibleOf(plain, "bannedBadge"))
        verify(!visibleOf(plain, "lockedBadge"))
    }

    function test_unknownValuesAreWorded() {
        const item = createTemporaryObject(delegateComponent, testCase, Rows.delegateProperties(Rows.sparse({})))
        verify(item !== null)
        compare(textOf(item, "numberLabel"), "unknown")
        compare(textOf(item, "ownerNameLabel"), "Unknown owner")
        compare(textOf(item, "ownerEmailLabel"), "No email address")
        compare(textOf(item, "regionLabel"), "Region unknown")
        compare(textOf(item, "verificationBadge"), "unknown")
        // Unknown flags are no badges: "unknown" is not "yes".
        verify(!visibleOf(item, "primaryBadge"))
        verify(!visibleOf(item, "bannedBadge"))
        compare(Helpers.rawValuesShown(item), [])
    }
}

// SPDX-License-Identifier: MIT
// The detail pane's sign-in check against the demo sandbox's users planted in each sign-in state
// (signin.js): each finding in a sentence with its evidence and the button of its fix, the lockout
// counting down live or never ending, "Nothing blocks sign-in", the user's sign-in fields, the
// fixes hidden on a read-only profile, and a user who cannot be read said so with a retry.
// Changes no account.
import QtQuick
import QtTest
import PhoneDesk
import "helpers.js" as Helpers
import "signin.js" as SignIn

TestCase {
    id: testCase
    name: "SignInCheck"
    width: 600
    height: 1600
    visible: true
    when: windowShown

    Component {
        id: sectionComponent
        SignInCheckSection { width: 560 }
    }

    SignalSpy {
        id: fixSpy
        signalName: "fixRequested"
    }

    function initTestCase() {
        Workspace.filtered.clearFilters()
    }

    function cleanupTestCase() {
        Workspace.phoneNumbers.search("")
        tryVerify(() => !Workspace.phoneNumbers.loading, 15000)
    }

    // The number's row as the list shows it after a search for it.
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

    function checked(row, properties) {
        const given = properties || {}
        given.row = row
        const section = createTemporaryObject(sectionComponent, testCase, given)
        verify(section !== null, "the section was created")
        tryVerify(() => section.checker.diagnosed && !section.checker.loading, 10000, "the check answers")
        return section
    }

    function findings(section) {
        return Helpers.findAll(section, "signInFinding")
    }

    function item(root, name) {
        const found = Helpers.find(root, name)
        verify(found !== null, name + " exists")
        return found
    }

    function test_lockoutCountsDownLive() {
        const section = checked(rowOf(SignIn.lockedExpiring))
        const found = findings(section)
        verify(found.length >= 1)
        compare(found[0].kind, "locked")
        compare(item(found[0], "signInFindingKind").text, "Locked")
        verify(item(found[0], "signInFindingMessage").text.indexOf("is locked after too many failed sign-in attempts") > 0)
        const countdown = item(found[0], "signInFindingCountdown")
        verify(countdown.text.startsWith("Lockout ends in 2"), countdown.text)
        const before = countdown.text
        tryVerify(() => countdown.text !== before, 3000, "the countdown ticks every second")
        const evidence = item(found[0], "signInFindingEvidence").text
        verify(evidence.indexOf("lockout_expires_in_seconds: ") >= 0, evidence)
        verify(evidence.indexOf("verification_attempts_remaining: 0") >= 0, evidence)

        const locked = item(section, "signInLockedField")
        verify(locked.value.startsWith("Yes · ends in 2"), locked.value)
        const lockedBefore = locked.value
        tryVerify(() => locked.value !== lockedBefore, 3000, "the field counts down too")
        compare(item(section, "signInAttemptsField").value, "0")
        compare(item(section, "signInTotpField").value, "Off")
        compare(item(section, "signInBackupCodesField").value, "Off")
        verify(item(section, "signInLastSignInField").value.indexOf("2 days ago") === 0, item(section, "signInLastSignInField").value)
        compare(item(section, "signInMfaEnabledField").value, "Never")
        verify(!item(section, "signInAllClear").visible)
        verify(item(section, "signInUnlockButton").enabled)
        compare(Helpers.rawValuesShown(section), [])
    }

    function test_lockoutThatNeverEnds() {
        const section = checked(rowOf(SignIn.lockedForever))
        const found = findings(section)
        compare(found[0].kind, "locked")
        verify(item(found[0], "signInFindingCountdown").text.indexOf("never expires") > 0)
        verify(item(section, "signInLockedField").value.startsWith("Yes · never expires"), item(section, "signInLockedField").value)
        compare(Helpers.rawValuesShown(section), [])
    }

    // Most blocking first: the planted state is the first finding, with its fix.
    function test_eachFindingWithItsFix_data() {
        return [
            { tag: "banned", number: SignIn.banned, kind: "banned", action: "unban", button: "Unban…" },
            { tag: "locked", number: SignIn.lockedExpiring, kind: "locked", action: "unlock", button: "Unlock…" },
            { tag: "no usable identifier", number: SignIn.noUsableIdentifier, kind: "no_usable_identifier", action: "verify", button: "Send code…" },
            { tag: "second factor unusable", number: SignIn.secondFactorUnusable, kind: "second_factor_unusable", action: "edit", button: "Edit number…" },
            { tag: "sms country blocked", number: SignIn.smsCountryBlocked, kind: "sms_country_blocked", action: "", button: "" },
            { tag: "code pending", number: SignIn.codePending, kind: "code_pending", action: "verify", button: "Send code…" },
            { tag: "code expired", number: SignIn.codeExpired, kind: "code_expired", action: "verify", button: "Send code…" },
            { tag: "number invalid", number: SignIn.numberInvalid, kind: "number_invalid", action: "add", button: "Add a number…" },
        ]
    }
    function test_eachFindingWithItsFix(data) {
        const section = checked(rowOf(data.number))
        const found = findings(section)
        verify(found.length >= 1, "a finding for " + data.tag)
        compare(found[0].kind, data.kind)
        verify(item(found[0], "signInFindingMessage").text.length > 20)
        verify(item(found[0], "signInFindingEvidence").text.length > 0, "the evidence is shown")
        verify(item(found[0], "signInFindingFix").text.length > 10, "the fix is said")
        const button = item(found[0], "signInFixButton")
        compare(button.visible, data.action.length > 0)
        compare(found[0].fixAction, data.action)
        if (data.action.length > 0)
            compare(button.text, data.button)
        verify(!item(section, "signInAllClear").visible)
        compare(Helpers.rawValuesShown(section), [])
    }

    function test_blockedCountryNamesTheBlocklist() {
        const section = checked(rowOf(SignIn.smsCountryBlocked))
        verify(section.checker.blocklistKnown)
        const found = findings(section)
        compare(found.length, 1)
        verify(item(found[0], "signInFindingMessage").text.indexOf("Brazil (BR)") > 0)
        verify(item(found[0], "signInFindingEvidence").text.indexOf("blocked_country_codes: BR, IN") >= 0)
        verify(item(found[0], "signInFindingFix").text.indexOf("Clerk Dashboard") > 0)
        verify(!item(section, "smsBlocklistError").visible, "the blocklist was read")
    }

    // A fix about another number of the owner names that number for Main to select.
    function test_fixButtonsAskForTheirDialog() {
        const row = rowOf(SignIn.noUsableIdentifier)
        const section = checked(row)
        fixSpy.target = section
        fixSpy.clear()
        const found = findings(section)
        compare(found[0].kind, "no_usable_identifier")
        mouseClick(item(found[0], "signInFixButton"))
        compare(fixSpy.count, 1)
        compare(fixSpy.signalArguments[0][0], "verify")
        compare(fixSpy.signalArguments[0][1], row.id)
        // The user-wide fixes under the fields ask for the owner, without a number.
        mouseClick(item(section, "signInRevokeSessionsButton"))
        compare(fixSpy.count, 2)
        compare(fixSpy.signalArguments[1][0], "revokeSessions")
        compare(fixSpy.signalArguments[1][1], "")
        // Nothing to act on for this user: off.
        verify(!item(section, "signInUnlockButton").enabled)
        verify(!item(section, "signInRemoveTotpButton").enabled)
        compare(item(section, "signInBanButton").text, "Ban…")
    }

    function test_bannedUserIsOfferedUnban() {
        const section = checked(rowOf(SignIn.banned))
        compare(item(section, "signInBanButton").text, "Unban…")
        fixSpy.target = section
        fixSpy.clear()
        mouseClick(item(section, "signInBanButton"))
        compare(fixSpy.signalArguments[0][0], "unban")
    }

    function test_nothingBlocksSignIn() {
        const section = checked(rowOf(SignIn.activeSessions))
        compare(findings(section).length, 0)
        const clear = item(section, "signInAllClear")
        verify(clear.visible)
        compare(clear.title, "Nothing blocks sign-in")
        compare(item(section, "signInLockedField").value, "No")
        compare(Helpers.rawValuesShown(section), [])
    }

    function test_readOnlyProfileHidesTheFixes() {
        const section = checked(rowOf(SignIn.lockedForever), { readOnly: true })
        const found = findings(section)
        compare(found[0].kind, "locked")
        verify(!item(found[0], "signInFixButton").visible, "no fix button on a read-only profile")
        verify(item(found[0], "signInFindingFix").visible, "the fix is still said")
        verify(!item(section, "signInUnlockButton").visible)
    }

    function test_againAfterTheSelectionMovesToAnotherUser() {
        const first = rowOf(SignIn.lockedForever)
        const section = checked(first)
        compare(findings(section)[0].kind, "locked")
        section.row = rowOf(SignIn.codePending)
        tryVerify(() => section.checker.diagnosed && !section.checker.loading && findings(section).length > 0, 10000)
        compare(findings(section)[0].kind, "code_pending")
        verify(item(findings(section)[0], "signInFindingCountdown").text.startsWith("The code works for "))
    }

    function test_aUserThatCannotBeReadIsSaidWithARetry() {
        const section = createTemporaryObject(sectionComponent, testCase,
                                              { row: { id: "idn_missing", userId: "user_missing", userName: "Nobody" } })
        const error = item(section, "signInError")
        tryVerify(() => error.visible, 10000, "the failure is shown")
        verify(error.title.indexOf("Nobody") > 0, error.title)
        verify(error.code.length > 0, "Clerk's error code")
        verify(item(section, "signInErrorRetry").visible)
        verify(!item(section, "signInAllClear").visible, "a failed read is not taken for a clean one")
        compare(findings(section).length, 0)
        compare(Helpers.rawValuesShown(section), [])
    }
}

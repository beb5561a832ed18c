// SPDX-License-Identifier: MIT
// The first section of the detail pane: why the selected number's owner may not be able to sign
// in. It reads the owner and diagnoses them (SignInChecker, core's SignInDiagnosis) against the
// instance's SMS blocklist, lists each finding most blocking first with its evidence and its fix,
// or says plainly that nothing blocks sign-in; below, the owner's sign-in fields with the lockout
// counting down live, and the fixes that are always at hand (SignInActions). It checks again after
// any change made to the owner in the window and when the selection moves.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    // One row of Workspace.filtered.get(): roles by name.
    property var row: ({})
    // The profile allows no changes: the fixes are said, their buttons are not offered.
    property bool readOnly: false
    // Where the owner is read from and what changes to them are followed in, and the blocklist.
    property PhoneNumberListModel phoneNumbers: Workspace.phoneNumbers
    property SmsBlocklistReader smsBlocklist: Workspace.smsBlocklist
    readonly property alias checker: checker

    // A fix's button: `action` is one of Main's runAction names, for the number `phoneNumberId`
    // (empty: the selected one).
    signal fixRequested(string action, string phoneNumberId)

    readonly property var user: checker.user
    readonly property string userName: Format.text(user.userName, Format.text(row.userName, qsTr("this user")))
    readonly property real lockoutSecondsLeft: user.locked === true && Format.isDate(user.lockoutEndsAt)
                                               ? Math.ceil((user.lockoutEndsAt.getTime() - Clock.now.getTime()) / 1000) : NaN

    objectName: "signInCheckSection"
    title: qsTr("Sign-in check")

    SignInChecker {
        id: checker
        model: section.phoneNumbers
        blocklist: section.smsBlocklist
        userId: Format.isKnown(section.row.userId) ? String(section.row.userId) : ""
    }

    // The lockout counts down every second while it is shown; counted once at most.
    // (Not by lockoutSecondsLeft: counting changes the clock, which that follows.)
    readonly property bool countingDown: visible && user.locked === true && Format.isDate(user.lockoutEndsAt)
    property bool countsSeconds: false
    function countSeconds(on) {
        if (on === countsSeconds)
            return
        countsSeconds = on
        Clock.secondsWatchers += on ? 1 : -1
    }
    onCountingDownChanged: countSeconds(countingDown)
    Component.onDestruction: countSeconds(false)

    RowLayout {
        spacing: Theme.gapM
        Layout.fillWidth: true
        BusyIndicator {
            objectName: "signInLoading"
            visible: checker.loading
            running: visible
            implicitWidth: 20
            implicitHeight: 20
        }
        Label {
            objectName: "signInStatus"
            text: checker.loading ? qsTr("Checking %1's sign-in…").arg(section.userName)
                  : checker.diagnosed ? qsTr("Checked %1 against what Clerk has for %2")
                                        .arg(Format.since(checker.user.readAt, Clock.now)).arg(section.userName)
                  : ""
            color: Theme.secondaryText
            font.pointSize: Theme.smallPointSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "signInRefreshButton"
            text: qsTr("Check again")
            enabled: !checker.loading
            Accessible.name: qsTr("Check %1's sign-in again").arg(section.userName)
            onClicked: checker.refresh()
        }
    }

    ErrorNotice {
        objectName: "signInError"
        title: qsTr("Could not check %1's sign-in").arg(section.userName)
        message: checker.error
        code: checker.errorCode
        traceId: checker.errorTraceId
        retryable: true
        onRetryRequested: checker.refresh()
    }
    ErrorNotice {
        objectName: "smsBlocklistError"
        title: qsTr("The instance's SMS blocklist could not be read")
        message: section.smsBlocklist && section.smsBlocklist.error.length > 0
                 ? qsTr("Numbers are not checked for countries the instance sends no SMS to. %1").arg(section.smsBlocklist.error) : ""
        code: section.smsBlocklist ? section.smsBlocklist.errorCode : ""
        traceId: section.smsBlocklist ? section.smsBlocklist.errorTraceId : ""
        retryable: true
        onRetryRequested: section.smsBlocklist.read()
    }

    EditNotice {
        objectName: "signInAllClear"
        visible: checker.diagnosed && checker.findings.count === 0
        tone: "success"
        title: qsTr("Nothing blocks sign-in")
        message: qsTr("%1 is not banned or locked, has a verified way to sign in and a usable second factor, "
                      + "and no number of theirs is in a blocked country, invalid or waiting for a code.").arg(section.userName)
    }

    Repeater {
        model: checker.findings
        delegate: SignInFindingItem {
            readOnly: section.readOnly
            onFixRequested: (action, phoneNumberId) => section.fixRequested(action, phoneNumberId)
        }
    }

    ColumnLayout {
        objectName: "signInFields"
        visible: checker.diagnosed
        spacing: Theme.gapM
        Layout.fillWidth: true
        Layout.topMargin: Theme.gapS

        DetailField {
            objectName: "signInLockedField"
            label: qsTr("Locked")
            value: Format.lockout(section.user.locked, section.user.lockoutEndsAt, section.lockoutSecondsLeft)
        }
        DetailField {
            objectName: "signInAttemptsField"
            label: qsTr("Attempts left")
            value: Format.isKnown(section.user.verificationAttemptsRemaining)
                   ? Format.count(section.user.verificationAttemptsRemaining) : qsTr("unknown")
            note: Format.isKnown(section.user.verificationAttemptsRemaining)
                  ? qsTr("Failed sign-in attempts the user has before Clerk locks them out.")
                  : qsTr("Clerk did not say: lockout after failed attempts may be off for this instance.")
        }
        DetailField {
            objectName: "signInTotpField"
            label: qsTr("Authenticator app")
            value: Format.onOff(section.user.totpEnabled)
        }
        DetailField {
            objectName: "signInBackupCodesField"
            label: qsTr("Backup codes")
            value: Format.onOff(section.user.backupCodeEnabled)
        }
        DetailField {
            objectName: "signInLastSignInField"
            label: qsTr("Last sign-in")
            value: Format.isDate(section.user.lastSignInAt) ? Format.pastMoment(section.user.lastSignInAt, Clock.now) : qsTr("Never")
        }
        DetailField {
            objectName: "signInMfaEnabledField"
            label: qsTr("MFA enabled")
            value: Format.isDate(section.user.mfaEnabledAt) ? Format.pastMoment(section.user.mfaEnabledAt, Clock.now) : qsTr("Never")
        }
        DetailField {
            objectName: "signInMfaDisabledField"
            label: qsTr("MFA disabled")
            value: Format.isDate(section.user.mfaDisabledAt) ? Format.pastMoment(section.user.mfaDisabledAt, Clock.now) : qsTr("Never")
        }
    }

    SignInActions {
        visible: !section.readOnly && checker.userId.length > 0
        user: section.user
        diagnosed: checker.diagnosed
        onActionRequested: (action) => section.fixRequested(action, "")
    }
}

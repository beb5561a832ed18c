// SPDX-License-Identifier: MIT
// Verify a number with the customer on the line: "Send code" has Clerk text them a one-time code
// (prepare_verification), the pending code counts down to its expiry, and "Check code" checks the
// code they read out (attempt_verification) and says how it went. The dialog owns its
// PhoneNumberVerifier; Clerk's refusals are shown with the trace id and the typed code kept. Needs
// `row` and `phoneNumbers` (the list model it goes through): `row` is one row of
// Workspace.filtered.get() (roles by name). In demo mode it also shows the code the demo customer's
// phone received, since there is no customer to read it out. On production, sending and checking
// wait for the agent to confirm the instance (ProductionGuard). A number in a country the instance
// sends no SMS to is warned about before anything is sent: Clerk would refuse the code with 403.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ModalDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    // One row of Workspace.filtered.get() (roles by name): the number to verify.
    property var row: ({})
    readonly property string numberText: Format.number(row.formatted, row.phoneNumber, row.isE164)
    readonly property alias verifier: verifier
    readonly property alias codeField: codeField
    readonly property alias productionGuard: guard

    // The number's state as the list shows it now, else as the row was when the dialog opened.
    readonly property string numberState: verifier.numberState.length > 0 ? verifier.numberState
                                                                            : Format.text(row.verificationState, "other")
    readonly property var numberStatus: verifier.numberState.length > 0 ? verifier.numberStatus : row.verificationStatus

    // Seconds until the pending code expires, by this machine's clock; NaN when unknown.
    readonly property real secondsLeft: Format.isDate(verifier.expireAt)
                                        ? Math.ceil((verifier.expireAt.getTime() - Clock.now.getTime()) / 1000) : NaN
    readonly property string demoCode: Workspace.demo && verifier.hasPending
                                       ? Workspace.demoCustomerCode(verifier.verificationId) : ""
    // What the agent typed and has not had checked: closing asks before dropping it.
    readonly property bool codeTyped: codeField.text.trim().length > 0
    readonly property string codeProblem: codeTyped ? verifier.codeProblem(codeField.text) : ""
    // The instance sends no SMS to the number's country (the list's smsBlocked role, or the
    // blocklist as read now): sending is allowed, and warned about first.
    readonly property bool smsBlocked: row.smsBlocked === true || Workspace.smsBlocklist.blocksRegion(Format.text(row.regionCode, ""))

    objectName: "verificationDialog"
    title: qsTr("Verify %1").arg(numberText)
    titleName: "verificationTitle"
    // Close, Escape: closes at once unless a typed code would be lost; a sent code is not lost.
    hasUnsentInput: codeTyped
    discardTitle: qsTr("Close without checking the code?")
    discardMessage: qsTr("The code you typed has not been checked with Clerk. Closing drops it; the number stays as it is.")
    discardText: qsTr("Close")
    keepText: qsTr("Keep the code")
    discardQuestionName: "discardCodeDialog"
    discardButtonName: "discardCodeButton"
    keepButtonName: "keepCodeButton"
    onDiscarded: codeField.clear()

    PhoneNumberVerifier {
        id: verifier
        model: dialog.phoneNumbers
        maxAttempts: Workspace.codeAttemptLimit
        userId: dialog.row.userId !== undefined ? String(dialog.row.userId) : ""
        phoneNumberId: dialog.row.id !== undefined ? String(dialog.row.id) : ""
        // A checked code is used up, and a new code makes a typed one meaningless.
        onChecked: codeField.clear()
        onSent: codeField.clear()
        // The code field is where the agent goes next, once it takes input again.
        onBusyChanged: {
            if (!busy && hasPending && dialog.opened)
                codeField.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    // The countdown needs the clock every second, but only while it is shown. Counted once at
    // most, whether the dialog is closed or destroyed first.
    readonly property bool countingDown: visible && verifier.hasPending
    property bool countsSeconds: false
    function countSeconds(on) {
        if (on === countsSeconds)
            return
        countsSeconds = on
        Clock.secondsWatchers += on ? 1 : -1
    }
    onCountingDownChanged: countSeconds(countingDown)
    Component.onDestruction: countSeconds(false)

    onOpened: sendButton.forceActiveFocus(Qt.TabFocusReason)
    onAboutToShow: {
        if (!verifier.busy)
            guard.reset()
    }

    function checkTypedCode() {
        if (verifier.canCheck && codeProblem.length === 0 && codeTyped && guard.confirmed)
            verifier.checkCode(codeField.text)
    }

    // "Code expires in 9:41"
    function countdownText(seconds) {
        const text = isNaN(seconds) ? qsTr("Expiry unknown")
                   : seconds <= 0 ? qsTr("Code expired")
                   : qsTr("Code expires in %1").arg(Format.countdown(seconds))
        return text
    }

    function channelText(channel) {
        const byChannel = { "sms": qsTr("Sent by SMS"), "whatsapp": qsTr("Sent by WhatsApp"), "": qsTr("Sent") }
        const text = byChannel[channel] !== undefined ? byChannel[channel] : qsTr("Sent by %1").arg(channel)
        return text
    }

    function attemptsText() {
        const text = verifier.attemptsLeft >= 0 ? qsTr("%Ln attempts left", "", verifier.attemptsLeft)
                   : verifier.attempts >= 0 ? qsTr("%Ln attempts so far", "", verifier.attempts)
                   : qsTr("Attempts unknown")
        return text
    }

    function outcomeTone(outcome) {
        switch (outcome) {
        case "verified": return "success"
        case "wrongCode": return "warning"
        case "expired": return "warning"
        }
        return "danger"
    }

    function outcomeTitle(outcome) {
        const byOutcome = {
            "verified": qsTr("Verified"),
            "wrongCode": qsTr("Wrong code"),
            "expired": qsTr("Code expired"),
            "tooManyAttempts": qsTr("Too many wrong codes"),
        }
        const text = byOutcome[outcome] !== undefined ? byOutcome[outcome] : qsTr("Verification failed")
        return text
    }

    buttons: [
        Button {
            objectName: "verificationCloseButton"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        Label {
            objectName: "verificationOwnerLine"
            text: Format.text(dialog.row.userName, qsTr("Unknown owner")) + " · " + Format.text(dialog.row.userEmail, qsTr("no email address"))
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            Label {
                text: qsTr("Now")
                color: Theme.secondaryText
            }
            VerificationBadge {
                objectName: "verificationStateBadge"
                verificationState: dialog.numberState
                verificationStatus: dialog.numberStatus
            }
            Label {
                objectName: "verificationStateMeaning"
                text: Format.verificationMeaning(dialog.numberState)
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        ErrorNotice {
            objectName: "verificationError"
            title: fromClerk || traceId.length > 0 ? qsTr("Clerk answered with an error") : qsTr("Not sent")
            message: verifier.error
            code: verifier.errorCode
            traceId: verifier.errorTraceId
        }

        // The instance sends no SMS to the number's country: said before anything is sent, since
        // Clerk refuses the code with 403 and the customer would wait for nothing.
        EditNotice {
            objectName: "smsBlockedWarning"
            visible: dialog.smsBlocked
            tone: "danger"
            title: qsTr("SMS to %1 is blocked").arg(Format.text(dialog.row.countryName, Format.text(dialog.row.regionCode, qsTr("this country"))))
            message: qsTr("This instance's SMS blocklist has %1: Clerk refuses to send the code (403) and no SMS reaches %2. "
                          + "Take %3 off the blocklist in the Clerk Dashboard, or verify another number.")
                     .arg(Format.text(dialog.row.regionCode, qsTr("this number's country")))
                     .arg(dialog.numberText)
                     .arg(Format.text(dialog.row.regionCode, qsTr("the country")))
        }

        // On production: names the instance; sending a code and checking one wait for the tick.
        ProductionGuard {
            id: guard
            inputEnabled: !verifier.busy
        }

        // Step 1: the code goes out.
        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            Button {
                id: sendButton
                objectName: "sendCodeButton"
                text: verifier.sending ? qsTr("Sending…")
                      : dialog.smsBlocked ? qsTr("Send anyway")
                      : (verifier.verificationId.length > 0 ? qsTr("Send a new code") : qsTr("Send code"))
                enabled: verifier.canSend && guard.confirmed
                highlighted: !verifier.hasPending && !dialog.smsBlocked
                Accessible.name: text
                Accessible.description: qsTr("Clerk texts a one-time code to this number")
                onClicked: {
                    if (guard.confirmed)
                        verifier.sendCode()
                }
            }
            Label {
                text: qsTr("Clerk texts a one-time code to this number; the customer reads it out to you.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        // The pending code: how it went out, how long it works, how many tries are left.
        Rectangle {
            objectName: "pendingVerification"
            visible: verifier.hasPending
            color: Theme.sectionBackground
            border.color: Theme.separator
            radius: Theme.radius
            implicitHeight: pending.implicitHeight + 2 * Theme.gapM
            Layout.fillWidth: true

            RowLayout {
                id: pending
                anchors.fill: parent
                anchors.margins: Theme.gapM
                spacing: Theme.gapL

                Label {
                    objectName: "countdownLabel"
                    text: dialog.countdownText(dialog.secondsLeft)
                    font.weight: Font.DemiBold
                    color: dialog.secondsLeft <= 0 ? Theme.toneForeground("warning") : Theme.text
                }
                Label {
                    objectName: "channelLabel"
                    text: dialog.channelText(verifier.channel)
                    color: Theme.secondaryText
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "attemptsLabel"
                    text: dialog.attemptsText()
                    color: Theme.secondaryText
                }
            }
        }

        EditNotice {
            objectName: "demoCustomerPhone"
            tone: "accent"
            title: qsTr("Demo customer's phone")
            message: qsTr("Demo: the customer's phone shows %1").arg(dialog.demoCode)
            visible: dialog.demoCode.length > 0
        }

        // Step 2: the code the customer reads out.
        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            TextField {
                id: codeField
                objectName: "codeField"
                placeholderText: qsTr("%1-digit code").arg(verifier.codeLength)
                enabled: verifier.hasPending && !verifier.busy
                inputMethodHints: Qt.ImhDigitsOnly
                // Digits, and the spaces and dashes of a code read out in groups.
                validator: RegularExpressionValidator { regularExpression: /[0-9 \-]{0,12}/ }
                font.pointSize: Theme.largePointSize
                font.letterSpacing: 2
                Accessible.name: qsTr("Code the customer reads out")
                Accessible.description: qsTr("%1 digits; spaces and dashes are ignored").arg(verifier.codeLength)
                onAccepted: dialog.checkTypedCode()
                Layout.preferredWidth: 180
            }
            Button {
                objectName: "checkCodeButton"
                text: verifier.checking ? qsTr("Checking…") : qsTr("Check code")
                enabled: verifier.canCheck && dialog.codeTyped && dialog.codeProblem.length === 0 && guard.confirmed
                highlighted: verifier.hasPending
                Accessible.name: text
                onClicked: dialog.checkTypedCode()
            }
            BusyIndicator {
                objectName: "verificationBusy"
                visible: verifier.busy
                running: verifier.busy
                implicitWidth: 24
                implicitHeight: 24
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            objectName: "codeHint"
            visible: text.length > 0
            text: dialog.codeProblem.length > 0 ? dialog.codeProblem
                  : (!verifier.hasPending && verifier.outcome.length === 0 ? qsTr("Send a code first; then type the code the customer reads out.") : "")
            color: dialog.codeProblem.length > 0 ? Theme.toneForeground("danger") : Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        EditNotice {
            objectName: "verificationOutcome"
            tone: dialog.outcomeTone(verifier.outcome)
            title: dialog.outcomeTitle(verifier.outcome)
            message: verifier.outcomeText
            visible: verifier.outcome.length > 0
        }
    }
}

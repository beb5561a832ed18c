// SPDX-License-Identifier: MIT
// The frame of the confirmations of destructive account changes (Delete number, Reset MFA,
// Replace all numbers): a title that names what changes, a line on whom it concerns, the
// dialog's own inputs (the default property), the consequences from the backend, Clerk's refusal
// with its trace id, and a red action button that is never the default: the keyboard starts on
// Cancel (or on the first input, or on production on the typed confirmation), Enter does not
// reach the action, Escape cancels. While the request is in flight the action says so and nothing
// else can be sent; on success it closes, on failure it stays open with everything as it was.
// Unsent input is never dropped without asking.
// On a production instance the action also waits for the agent to type what the dialog names in
// productionConfirmation (the number, the user id): see ProductionGuard.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    // The backend: a PhoneNumberDeleter, MfaResetter or PhoneNumberReplacer (a ConfirmedChange).
    property QtObject change
    // The line under the title: who and what it concerns.
    property string subtitle
    // The action button's text, and its text while the request is in flight.
    property string actionText
    property string busyText
    // The item the keyboard starts on; Cancel when unset.
    property Item initialFocusItem: null
    // What the agent types to confirm on production, in any of its spellings, and what it is in
    // words ("the phone number").
    property var productionConfirmation: []
    property string productionConfirmationName
    readonly property alias productionGuard: guard
    // The dialog's own inputs, shown above the consequences.
    default property alias inputs: inputColumn.data
    // Lines shown under the consequences (whether the change can be undone).
    property alias notes: notesColumn.data
    // False while there is nothing to send (the change is in place already): the sentences would
    // describe a change that will not happen.
    property bool consequencesShown: true
    // Closes once the change is made; a dialog that reports what it did (Sign out everywhere)
    // stays open and hides its action (actionShown) instead.
    property bool closesWhenDone: true
    property bool actionShown: true
    property string cancelText: qsTr("Cancel")
    // What the action button does, for screen readers: the title's question by default.
    property string actionDescription: title

    // The keyboard to Cancel (or Close), e.g. once the action is gone.
    function focusCancel() {
        cancelButton.forceActiveFocus(Qt.OtherFocusReason)
    }

    preferredWidth: 600
    // Cancel, Escape: closes at once, asks first with unsent input (hasUnsentInput, set by the
    // dialog); nothing while sending.
    closeBlocked: change !== null && change.busy
    discardMessage: qsTr("Nothing has been sent to Clerk yet. Discarding keeps the account as it is.")

    onAboutToShow: {
        // A dialog opened again starts without the last attempt's error.
        if (change && !change.busy)
            change.cancel()
        if (!(change && change.busy))
            guard.reset()
    }
    // On production with nothing else to type, the keyboard starts where the confirmation goes.
    onOpened: (initialFocusItem ? initialFocusItem
                                : guard.active && guard.typed ? guard.confirmField : cancelButton).forceActiveFocus(Qt.TabFocusReason)

    Connections {
        target: dialog.change
        function onDone() {
            if (dialog.closesWhenDone)
                dialog.close()
        }
    }

    header: ColumnLayout {
        spacing: Theme.gapXs
        Label {
            objectName: "confirmTitle"
            text: dialog.title
            font.pointSize: Theme.largePointSize
            font.weight: Font.DemiBold
            color: Theme.toneForeground("danger")
            wrapMode: Text.Wrap
            leftPadding: Theme.gapXl
            rightPadding: Theme.gapXl
            topPadding: Theme.gapXl
            Layout.fillWidth: true
        }
        Label {
            objectName: "confirmSubtitle"
            visible: text.length > 0
            text: dialog.subtitle
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            leftPadding: Theme.gapXl
            rightPadding: Theme.gapXl
            Layout.fillWidth: true
        }
    }

    buttons: [
        DangerButton {
            id: actionButton
            objectName: "confirmActionButton"
            // After a lost answer and a read showing the change was not made, sending it again is safe.
            text: dialog.change && dialog.change.busy ? dialog.busyText
                  : dialog.change && dialog.change.retryable ? qsTr("Try again") : dialog.actionText
            enabled: dialog.change ? dialog.change.canSubmit && guard.confirmed : false
            visible: dialog.actionShown
            Accessible.description: dialog.actionDescription
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                // The button can be reached by keyboard only while enabled; checked again all the same.
                if (guard.confirmed)
                    dialog.change.submit()
            }
        },
        Button {
            id: cancelButton
            objectName: "confirmCancelButton"
            text: dialog.cancelText
            enabled: !(dialog.change && dialog.change.busy)
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        ErrorNotice {
            objectName: "confirmError"
            // Clerk's refusals carry a code; a failure on the way or a refusal here does not.
            title: fromClerk ? qsTr("Clerk refused the change") : qsTr("The change was not made")
            message: dialog.change ? dialog.change.error : ""
            code: dialog.change ? dialog.change.errorCode : ""
            traceId: dialog.change ? dialog.change.errorTraceId : ""
        }

        ColumnLayout {
            id: inputColumn
            visible: children.length > 0
            spacing: Theme.gapM
            Layout.fillWidth: true
        }

        // The lockout guard: the owner would be left without a way to sign in, or without 2FA.
        EditNotice {
            objectName: "confirmLockoutWarning"
            tone: "danger"
            title: qsTr("Sign-in or two-step sign-in at risk")
            message: dialog.change && dialog.change.lockoutWarning !== undefined ? dialog.change.lockoutWarning : ""
            visible: message.length > 0
        }

        ConsequenceList {
            objectName: "confirmConsequences"
            visible: dialog.consequencesShown
            sentences: dialog.change ? dialog.change.consequences : []
        }

        ColumnLayout {
            id: notesColumn
            visible: children.length > 0
            spacing: Theme.gapM
            Layout.fillWidth: true
        }

        ProductionGuard {
            id: guard
            typedConfirmation: dialog.productionConfirmation
            typedName: dialog.productionConfirmationName
            inputEnabled: !(dialog.change && dialog.change.busy)
        }

        RowLayout {
            objectName: "confirmBusyIndicator"
            visible: dialog.change ? dialog.change.busy : false
            spacing: Theme.gapM
            BusyIndicator {
                running: parent.visible
                implicitWidth: 24
                implicitHeight: 24
            }
            Label {
                text: qsTr("Sending to Clerk…")
                color: Theme.secondaryText
            }
        }
    }
}

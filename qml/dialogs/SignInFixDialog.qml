// SPDX-License-Identifier: MIT
// The frame of the sign-in fix dialogs (Unlock, Ban, Unban, Remove authenticator app, Remove
// backup codes, Sign out everywhere): a ConfirmationDialog whose backend, a SignInFixer, first
// reads the user from Clerk, so that the dialog shows their state now, says when there is nothing
// to do, and names what the fix does to them and whether it can be undone. Needs `row` and
// `phoneNumbers` (the list model it goes through): `row` is one row of Workspace.filtered.get()
// (roles by name: userId, userName, userEmail); any of the user's rows will do. On production the
// agent types the user id for a fix that cannot be undone, and ticks the instance for ban and
// unban (see ProductionGuard). The change is journaled; the list and the sign-in check show the
// user as Clerk has them after it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ConfirmationDialog {
    id: dialog

    // The list model the change goes through (its client and journal) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    property var row: ({})
    // SignInFix.Unlock, .Ban, …
    property int action: SignInFix.Unlock
    readonly property alias fixer: fixer
    readonly property var owner: fixer.owner
    readonly property string userName: Format.text(owner.userName, Format.text(row.userName, Format.text(row.userId, qsTr("this user"))))
    // The user's state that matters to this fix, in a line ("Now: locked · …"); each dialog says it.
    property string stateText

    // A flag of the owner in a state line: "on", "off", "unknown".
    function onOff(value) {
        return !Format.isKnown(value) ? qsTr("unknown") : value ? qsTr("on") : qsTr("off")
    }

    busyText: qsTr("Sending…")
    subtitle: Format.text(row.userId, "") + (Format.isKnown(row.userEmail) ? " · " + row.userEmail : "")
    // A fix that cannot be undone asks for the user id on production; ban and unban for a tick.
    productionConfirmation: !fixer.undoable && row.userId !== undefined ? [String(row.userId)] : []
    productionConfirmationName: qsTr("the user id")
    consequencesShown: fixer.alreadyInPlace.length === 0
    change: SignInFixer {
        id: fixer
        model: dialog.phoneNumbers
        action: dialog.action
        userId: dialog.row.userId !== undefined ? String(dialog.row.userId) : ""
    }

    RowLayout {
        objectName: "signInFixReading"
        visible: fixer.reading
        spacing: Theme.gapM
        Layout.fillWidth: true
        BusyIndicator {
            running: parent.visible
            implicitWidth: 24
            implicitHeight: 24
        }
        Label {
            text: qsTr("Reading %1's account from Clerk…").arg(dialog.userName)
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    ErrorNotice {
        objectName: "signInFixReadError"
        title: qsTr("Could not read %1's account").arg(dialog.userName)
        message: fixer.readError
        code: fixer.readErrorCode
        traceId: fixer.readErrorTraceId
        retryable: true
        onRetryRequested: fixer.readAgain()
    }
    Label {
        objectName: "signInFixState"
        visible: text.length > 0 && dialog.owner.userName !== undefined
        text: dialog.stateText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    EditNotice {
        objectName: "signInFixAlreadyInPlace"
        tone: "info"
        title: qsTr("Nothing to do")
        message: fixer.alreadyInPlace
        visible: message.length > 0
    }

    notes: RowLayout {
        objectName: "signInFixUndo"
        spacing: Theme.gapM
        Layout.fillWidth: true
        Badge {
            objectName: "signInFixUndoBadge"
            text: dialog.fixer.undoable ? qsTr("Can be undone") : qsTr("Cannot be undone")
            tone: dialog.fixer.undoable ? "success" : "warning"
            Layout.alignment: Qt.AlignTop
        }
        Label {
            objectName: "signInFixUndoText"
            text: dialog.fixer.undoText
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}

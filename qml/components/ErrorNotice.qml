// SPDX-License-Identifier: MIT
// A failure, shown the same way wherever it happens (a dialog's change, the list, the audit, the
// journal, a connection): a title saying what did not happen, the reason in Clerk's or
// PhoneDesk's words, Clerk's trace id with a copy button for a support ticket, and Retry when
// sending again may help. Hidden while there is no message.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

EditNotice {
    id: notice

    // Clerk's error code; empty when the failure was not Clerk's answer (on the way, or refused
    // before anything was sent).
    property string code
    readonly property bool fromClerk: code.length > 0
    // Offers a Retry button (retryText), which emits retryRequested().
    property bool retryable: false
    property string retryText: qsTr("Retry")
    // The Retry button's objectName, for tests.
    property string retryName: objectName + "Retry" // untranslated: an objectName

    signal retryRequested()

    tone: "danger"
    visible: message.length > 0

    Button {
        objectName: notice.retryName
        visible: notice.retryable
        text: notice.retryText
        //: The Retry button's name for screen readers: %1 is the button's text, %2 what failed
        Accessible.name: qsTr("%1: %2").arg(notice.retryText).arg(notice.title)
        onClicked: notice.retryRequested()
    }
}

// SPDX-License-Identifier: MIT
// Shown when the first page could not be loaded: what did not happen, the server's reason,
// Clerk's trace id for a support ticket, and Retry, in the order every failure reads in
// (ErrorNotice), as a full-area state screen.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

StateView {
    id: view

    // The failure: PhoneNumberListModel's error, its Clerk code and trace id.
    property string code
    property string traceId

    signal retryRequested()

    objectName: "errorView"
    title: qsTr("Could not load phone numbers")

    TraceIdLine {
        traceId: view.traceId
        Layout.alignment: Qt.AlignHCenter
    }
    Button {
        objectName: "retryButton"
        text: qsTr("Retry")
        highlighted: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: view.retryRequested()
    }
}

// SPDX-License-Identifier: MIT
// Shown when the first page could not be loaded: the server's reason, Clerk's trace id for a
// support ticket, and Retry.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

StateView {
    id: view

    // PhoneNumberListModel's error and errorTraceId.
    property string error
    property string traceId

    signal retryRequested()

    objectName: "errorView"
    title: "Could not load phone numbers"
    message: error

    TraceIdLine {
        traceId: view.traceId
        Layout.alignment: Qt.AlignHCenter
    }
    Button {
        objectName: "retryButton"
        text: "Retry"
        highlighted: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: view.retryRequested()
    }
}

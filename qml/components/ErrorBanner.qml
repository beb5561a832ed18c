// SPDX-License-Identifier: MIT
// A failure while rows are already listed (a later page, a refresh): the rows stay, the reason
// and Retry show above them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Banner {
    id: banner

    property string error
    property string traceId

    signal retryRequested()

    objectName: "errorBanner"
    tone: "danger"

    Label {
        text: "⚠ " + banner.error
        color: Theme.toneForeground("danger")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TraceIdLine {
        traceId: banner.traceId
    }
    Button {
        objectName: "bannerRetryButton"
        text: "Retry"
        onClicked: banner.retryRequested()
    }
}

// SPDX-License-Identifier: MIT
// A failure while rows are already listed (a later page, a refresh): the rows stay; the failure,
// worded as every failure is (ErrorNotice), and Retry show in a strip above them.
import QtQuick
import QtQuick.Layouts
import PhoneDesk

Banner {
    id: banner

    // What did not happen, why, Clerk's code and trace id.
    property string title: qsTr("Could not load phone numbers")
    property string message
    property string code
    property string traceId
    // Offers Retry.
    property bool retryable: true

    signal retryRequested()

    objectName: "errorBanner"
    tone: "danger"

    ErrorNotice {
        objectName: "bannerError"
        boxed: false
        title: banner.title
        message: banner.message
        code: banner.code
        traceId: banner.traceId
        retryable: banner.retryable
        retryName: "bannerRetryButton"
        onRetryRequested: banner.retryRequested()
    }
}

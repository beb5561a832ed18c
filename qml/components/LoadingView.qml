// SPDX-License-Identifier: MIT
// Shown while the first page of users is on its way and nothing is listed yet.
import QtQuick
import PhoneDesk

StateView {
    property string instanceLabel
    // A rate-limit wait or a retry under way: the first page is late for a reason worth saying.
    property string networkStatus

    objectName: "loadingView"
    busy: true
    title: "Loading phone numbers…"
    message: networkStatus.length > 0 ? networkStatus
             : instanceLabel.length > 0 ? "Reading users from " + instanceLabel + "." : ""
}

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
    title: qsTr("Loading phone numbers…")
    message: networkStatus.length > 0 ? networkStatus
             //: %1 is the instance: its host name or "Demo sandbox"
             : instanceLabel.length > 0 ? qsTr("Reading users from %1.").arg(instanceLabel) : ""
}

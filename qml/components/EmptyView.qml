// SPDX-License-Identifier: MIT
// Shown when the instance answered and no user has a phone number, which is not an error.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

StateView {
    id: view

    // Users loaded so far, and whether the server has more of them.
    property int loadedUserCount: 0
    property bool hasMore: false

    signal refreshRequested()
    signal loadAllRequested()

    objectName: "emptyView"
    title: qsTr("No phone numbers")
    message: hasMore
             ? qsTr("None of the %Ln user(s) loaded so far has a phone number. Load the rest to look further.", "", loadedUserCount)
             : loadedUserCount > 0
               ? qsTr("None of the %Ln user(s) of this instance has a phone number.", "", loadedUserCount)
               : qsTr("This instance has no users yet.")

    RowLayout {
        spacing: Theme.gapM
        Layout.alignment: Qt.AlignHCenter

        Button {
            objectName: "emptyLoadAllButton"
            text: qsTr("Load all users")
            visible: view.hasMore
            onClicked: view.loadAllRequested()
        }
        Button {
            objectName: "emptyRefreshButton"
            text: qsTr("Refresh")
            onClicked: view.refreshRequested()
        }
    }
}

// SPDX-License-Identifier: MIT
// Shown when the instance answered and no user has a phone number, which is not an error.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "Format.js" as Format

StateView {
    id: view

    // Users loaded so far, and whether the server has more of them.
    property int loadedUserCount: 0
    property bool hasMore: false

    signal refreshRequested()
    signal loadAllRequested()

    objectName: "emptyView"
    title: "No phone numbers"
    message: hasMore
             ? "None of the " + Format.plural(loadedUserCount, "user", "users") + " loaded so far has a phone number. Load the rest to look further."
             : loadedUserCount > 0
               ? "None of the " + Format.plural(loadedUserCount, "user", "users") + " of this instance has a phone number."
               : "This instance has no users yet."

    RowLayout {
        spacing: Theme.gapM
        Layout.alignment: Qt.AlignHCenter

        Button {
            objectName: "emptyLoadAllButton"
            text: "Load all users"
            visible: view.hasMore
            onClicked: view.loadAllRequested()
        }
        Button {
            objectName: "emptyRefreshButton"
            text: "Refresh"
            onClicked: view.refreshRequested()
        }
    }
}

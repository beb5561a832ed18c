// SPDX-License-Identifier: MIT
// Shown when rows exist but the search or the filters exclude all of them: says which, and
// offers to undo it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

StateView {
    id: view

    // The search the rows answer ("" for none) and whether local filters are set.
    property string query
    property bool filtering: false
    // Filters only see loaded rows: when more users exist, loading them may find matches.
    property bool hasMore: false
    property int loadedUserCount: 0

    signal clearFiltersRequested()
    signal clearSearchRequested()
    signal loadAllRequested()

    objectName: "noMatchView"
    title: qsTr("No matching numbers")
    message: {
        const parts = []
        if (filtering && query.length > 0)
            parts.push(qsTr("No number of the users matching “%1” passes the filters.").arg(query))
        else if (filtering)
            parts.push(qsTr("The filters exclude every loaded number."))
        else
            parts.push(qsTr("No user with a phone number matches “%1”. The search looks at user ids, names, email addresses, usernames and phone numbers.").arg(query))
        if (filtering && hasMore)
            parts.push(qsTr("Filters only look at the %Ln user(s) loaded so far.", "", loadedUserCount))
        return parts.join(" ")
    }

    RowLayout {
        spacing: Theme.gapM
        Layout.alignment: Qt.AlignHCenter

        Button {
            objectName: "noMatchClearFiltersButton"
            text: qsTr("Clear filters")
            visible: view.filtering
            onClicked: view.clearFiltersRequested()
        }
        Button {
            objectName: "noMatchClearSearchButton"
            text: qsTr("Clear search")
            visible: view.query.length > 0
            onClicked: view.clearSearchRequested()
        }
        Button {
            objectName: "noMatchLoadAllButton"
            text: qsTr("Load all users")
            visible: view.filtering && view.hasMore
            onClicked: view.loadAllRequested()
        }
    }
}

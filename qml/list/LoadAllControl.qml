// SPDX-License-Identifier: MIT
// "Load all": walks every remaining page, so that the local filters cover the whole instance.
// While it runs: progress in users ("600 of 1,200 users") and Cancel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

RowLayout {
    id: control

    // The PhoneNumberListModel (Workspace.phoneNumbers).
    required property PhoneNumberListModel pagingModel

    readonly property bool running: pagingModel.loadingAll
    readonly property int total: pagingModel.totalCount
    readonly property int loaded: pagingModel.loadedUserCount

    spacing: Theme.gapM

    Button {
        objectName: "loadAllButton"
        visible: !control.running
        // "All loaded" only once the server said there is no more; before that, or after a
        // failure, the button waits.
        readonly property bool allLoaded: Format.isDate(control.pagingModel.lastRefreshed) && !control.pagingModel.hasMore
                                          && control.pagingModel.error.length === 0
        text: allLoaded ? qsTr("All loaded") : qsTr("Load all")
        enabled: control.pagingModel.hasMore && control.pagingModel.error.length === 0
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Loads every remaining user, so that filters and sorting cover the whole instance.")
        Accessible.description: ToolTip.text
        onClicked: control.pagingModel.loadAll()
    }

    ProgressBar {
        objectName: "loadAllProgress"
        visible: control.running
        from: 0
        to: Math.max(1, control.total)
        value: control.loaded
        indeterminate: control.total < 0
        Layout.preferredWidth: Theme.progressWidth
        Accessible.name: qsTr("Loading all users")
    }
    Label {
        objectName: "loadAllProgressLabel"
        visible: control.running
        text: control.total >= 0 ? qsTr("%1 of %Ln user(s)", "", control.total).arg(Format.count(control.loaded))
                                 : qsTr("%Ln user(s)", "", control.loaded)
    }
    Button {
        objectName: "cancelLoadAllButton"
        visible: control.running
        text: qsTr("Cancel")
        Accessible.description: qsTr("Stops loading the remaining users; those loaded so far stay in the list")
        onClicked: control.pagingModel.cancelLoadAll()
    }
}

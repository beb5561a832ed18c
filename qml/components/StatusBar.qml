// SPDX-License-Identifier: MIT
// The window's footer: which instance this is (demo data said plainly; the profile and whether
// its key is a development or a production one), how much of it is loaded, and when it was last
// refreshed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "Format.js" as Format

Rectangle {
    id: bar

    required property PhoneNumberListModel pagingModel
    required property PhoneNumberFilterModel filterModel
    property bool demo: false
    // The connection: "development", "production" or "" (EnvironmentBadge), and its profile.
    property string environment
    property string profileName
    property string instanceLabel
    property string apiUrl
    // The profile allows no changes.
    property bool readOnly: false
    // A short-lived message, e.g. why a click did nothing.
    property string notice
    // Trouble on the way to the server: a rate-limit countdown or a retry under way.
    property string networkStatus

    function showNotice(text) {
        notice = text
        noticeTimer.restart()
    }

    objectName: "statusBar"
    implicitHeight: row.implicitHeight + 2 * Theme.gapS
    color: Theme.window

    RowCount {
        id: loadedRows
        model: bar.pagingModel
    }

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.separator
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gapXl
        anchors.rightMargin: Theme.gapXl
        spacing: Theme.gapL

        Badge {
            objectName: "demoDataBadge"
            text: qsTr("Demo data")
            tone: "accent"
            visible: bar.demo
        }
        EnvironmentBadge {
            objectName: "environmentBadge"
            // The demo has its own badge above.
            visible: !bar.demo && text.length > 0
            environment: bar.environment
        }
        Badge {
            objectName: "readOnlyBadge"
            text: qsTr("Read-only")
            tone: "warning"
            visible: bar.readOnly
            ToolTip.visible: readOnlyHover.hovered
            ToolTip.text: qsTr("This profile is read-only: changes are switched off and refused before they are sent.")
            HoverHandler { id: readOnlyHover }
        }
        Label {
            objectName: "profileNameLabel"
            text: bar.profileName
            visible: !bar.demo && text.length > 0
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "instanceLabel"
            text: bar.instanceLabel
            font.weight: Font.DemiBold
            ToolTip.visible: instanceHover.hovered && bar.apiUrl.length > 0
            ToolTip.text: bar.apiUrl
            HoverHandler { id: instanceHover }
        }
        Separator {}
        Label {
            objectName: "rowsLabel"
            text: {
                const numbers = bar.filterModel.filtering
                        //: %1 numbers of all the loaded ones pass the search and filters
                        ? qsTr("%1 of %Ln number(s) shown", "", loadedRows.value).arg(Format.count(bar.filterModel.count))
                        : qsTr("%Ln number(s)", "", loadedRows.value)
                const users = bar.pagingModel.totalCount >= 0
                        //: %1 users of the instance's total are loaded
                        ? qsTr("%1 of %Ln user(s)", "", bar.pagingModel.totalCount).arg(Format.count(bar.pagingModel.loadedUserCount))
                        : qsTr("%Ln user(s)", "", bar.pagingModel.loadedUserCount)
                return numbers + " · " + users
            }
        }
        Label {
            objectName: "noticeLabel"
            text: bar.notice
            visible: noticeTimer.running
            color: Theme.toneForeground("info")
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapL
        }
        Item {
            visible: !noticeTimer.running
            Layout.fillWidth: true
        }
        NetworkStatusLabel {
            text: bar.networkStatus
            Layout.maximumWidth: bar.width / 2
        }
        BusyIndicator {
            running: bar.pagingModel.loading
            visible: running
            Layout.preferredWidth: Theme.gapXl
            Layout.preferredHeight: Theme.gapXl
        }
        Label {
            objectName: "refreshedLabel"
            color: Theme.secondaryText
            text: Format.isDate(bar.pagingModel.lastRefreshed)
                  //: %1 is the time of day of the last refresh, %2 how long ago that was ("3 min ago")
                  ? qsTr("Refreshed %1 (%2)").arg(Format.clock(bar.pagingModel.lastRefreshed))
                                            .arg(Format.since(bar.pagingModel.lastRefreshed, Clock.now))
                  : qsTr("Not loaded yet")
        }
    }

    Timer {
        id: noticeTimer
        interval: 5000
    }
}

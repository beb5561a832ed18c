// SPDX-License-Identifier: MIT
// Below the last row: whether more users are on their way, can be asked for, or all are here.
// When filters leave few rows the view has nothing to scroll, so "Load more" is offered here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

Item {
    id: footer

    property PhoneNumberListModel pagingModel: null
    property int shownCount: 0

    readonly property bool loadingMore: pagingModel !== null && pagingModel.loading && shownCount > 0
    readonly property bool moreAvailable: pagingModel !== null && pagingModel.hasMore && pagingModel.error === ""
    // "600 of 1,200 users", or "600 users" while the total is not known.
    readonly property string users: pagingModel === null ? ""
                                    : pagingModel.totalCount >= 0
                                      ? qsTr("%1 of %Ln user(s)", "", pagingModel.totalCount).arg(Format.count(pagingModel.loadedUserCount))
                                      : qsTr("%Ln user(s)", "", pagingModel.loadedUserCount)

    implicitHeight: shownCount > 0 ? content.implicitHeight + 2 * Theme.gapL : 0
    visible: shownCount > 0

    RowLayout {
        id: content
        anchors.centerIn: parent
        spacing: Theme.gapM

        BusyIndicator {
            running: footer.loadingMore
            visible: running
            Layout.preferredWidth: Theme.gapXxl
            Layout.preferredHeight: Theme.gapXxl
        }
        Label {
            objectName: "listFooterLabel"
            color: Theme.secondaryText
            font.pointSize: Theme.smallPointSize
            text: footer.pagingModel === null ? ""
                  : footer.loadingMore ? qsTr("Loading more users… (%1 loaded)").arg(footer.users)
                  : footer.moreAvailable ? qsTr("%1 loaded").arg(footer.users)
                  : qsTr("End of the list: all %Ln user(s) loaded", "", footer.pagingModel.loadedUserCount)
        }
        Button {
            objectName: "loadMoreButton"
            text: qsTr("Load more")
            visible: footer.moreAvailable && !footer.loadingMore
            onClicked: footer.pagingModel.fetchMore(footer.pagingModel.index(-1, -1))
        }
    }
}

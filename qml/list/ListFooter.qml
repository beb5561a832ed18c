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
            text: {
                if (footer.pagingModel === null)
                    return ""
                const users = footer.pagingModel.totalCount >= 0
                        ? Format.count(footer.pagingModel.loadedUserCount) + " of " + Format.plural(footer.pagingModel.totalCount, "user", "users")
                        : Format.plural(footer.pagingModel.loadedUserCount, "user", "users")
                if (footer.loadingMore)
                    return "Loading more users… (" + users + " loaded)"
                if (footer.moreAvailable)
                    return users + " loaded"
                return "End of the list: all " + Format.plural(footer.pagingModel.loadedUserCount, "user", "users") + " loaded"
            }
        }
        Button {
            objectName: "loadMoreButton"
            text: "Load more"
            visible: footer.moreAvailable && !footer.loadingMore
            onClicked: footer.pagingModel.fetchMore(footer.pagingModel.index(-1, -1))
        }
    }
}

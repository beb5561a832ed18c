// SPDX-License-Identifier: MIT
// The left side of the window: the list, or the screen that explains why there is no list
// (loading, nothing at all, nothing matching, a failure).
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

Item {
    id: area

    required property PhoneNumberListModel listModel
    required property PhoneNumberFilterModel filterModel
    property string instanceLabel
    // Trouble on the way to the server, said while the first page is awaited.
    property string networkStatus
    readonly property alias list: list

    signal clearSearchRequested()

    // "list", "loading", "error", "empty" or "noMatch".
    readonly property string screen: {
        if (filterModel.count > 0)
            return "list"
        if (listModel.error.length > 0)
            return "error"
        // Before the first page has landed there is nothing to judge yet.
        if (listModel.loading || !Format.isDate(listModel.lastRefreshed))
            return "loading"
        if (filterModel.filtering || listModel.query.length > 0)
            return "noMatch"
        return "empty"
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.base
    }

    PhoneNumberList {
        id: list
        anchors.fill: parent
        visible: area.screen === "list"
        model: area.filterModel
        pagingModel: area.listModel
    }
    LoadingView {
        anchors.fill: parent
        visible: area.screen === "loading"
        instanceLabel: area.instanceLabel
        networkStatus: area.networkStatus
    }
    ErrorView {
        anchors.fill: parent
        visible: area.screen === "error"
        message: area.listModel.error
        traceId: area.listModel.errorTraceId
        onRetryRequested: area.listModel.retry()
    }
    EmptyView {
        anchors.fill: parent
        visible: area.screen === "empty"
        loadedUserCount: area.listModel.loadedUserCount
        hasMore: area.listModel.hasMore
        onRefreshRequested: area.listModel.refresh()
        onLoadAllRequested: area.listModel.loadAll()
    }
    NoMatchView {
        anchors.fill: parent
        visible: area.screen === "noMatch"
        query: area.listModel.query
        filtering: area.filterModel.filtering
        hasMore: area.listModel.hasMore
        loadedUserCount: area.listModel.loadedUserCount
        onClearFiltersRequested: area.filterModel.clearFilters()
        onClearSearchRequested: area.clearSearchRequested()
        onLoadAllRequested: area.listModel.loadAll()
    }
}

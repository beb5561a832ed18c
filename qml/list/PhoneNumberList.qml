// SPDX-License-Identifier: MIT
// The list of phone numbers. Selection goes through rowSelected(), so that Main can follow the
// selected number by id when rows are re-sorted, filtered or reloaded; the view only shows it.
// Paging is driven by the view: reaching the end asks the model for the next page. The delegate
// model asks by itself only when it creates the last row afresh; with reuseItems that row often
// comes from the reuse pool instead, so the list also asks whenever its end scrolls into view.
import QtQuick
import QtQuick.Controls
import PhoneDesk

ListView {
    id: list

    // The list model behind the filter (PhoneNumberListModel): paging state for the footer.
    property PhoneNumberListModel pagingModel: null

    // A row was picked by click or keyboard; Main moves currentIndex.
    signal rowSelected(int row)
    // Enter or a double click: show the details.
    signal rowActivated(int row)
    // The Delete key on a row: Main asks before anything is deleted.
    signal deleteRequested(int row)

    objectName: "phoneNumberList"
    reuseItems: true
    clip: true
    focus: true
    activeFocusOnTab: true
    keyNavigationEnabled: false
    highlightFollowsCurrentItem: false
    boundsBehavior: Flickable.StopAtBounds
    currentIndex: -1

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Phone numbers")

    ScrollBar.vertical: ScrollBar {}

    delegate: PhoneNumberDelegate {
        width: ListView.view.width
        selected: ListView.isCurrentItem
        onClicked: {
            list.forceActiveFocus()
            list.rowSelected(index)
        }
        onDoubleClicked: list.rowActivated(index)
    }

    // The column titles stay on top while the rows scroll.
    header: ListColumnsHeader {
        width: list.width
    }
    headerPositioning: ListView.OverlayHeader

    footer: ListFooter {
        width: list.width
        pagingModel: list.pagingModel
        shownCount: list.count
    }

    readonly property int rowsPerPage: Math.max(1, Math.floor(height / Theme.rowHeight) - 1)

    function requestMore() {
        if (!pagingModel)
            return
        const root = pagingModel.index(-1, -1)
        if (pagingModel.canFetchMore(root))
            pagingModel.fetchMore(root)
    }
    onAtYEndChanged: if (atYEnd && count > 0) requestMore()

    // Scrolls a row into view, clear of the column titles that overlay the top.
    function reveal(row) {
        positionViewAtIndex(row, ListView.Contain)
        const item = itemAtIndex(row)
        const top = contentY + (headerItem ? headerItem.height : 0)
        if (item && item.y < top)
            contentY = item.y - (headerItem ? headerItem.height : 0)
    }

    function select(row) {
        if (count === 0)
            return
        rowSelected(Math.max(0, Math.min(count - 1, row)))
    }

    Keys.onUpPressed: select(currentIndex < 0 ? 0 : currentIndex - 1)
    Keys.onDownPressed: select(currentIndex + 1)
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_PageUp)
            select(currentIndex - rowsPerPage)
        else if (event.key === Qt.Key_PageDown)
            select(currentIndex + rowsPerPage)
        else if (event.key === Qt.Key_Home)
            select(0)
        else if (event.key === Qt.Key_End)
            select(count - 1)
        else
            return
        event.accepted = true
    }
    Keys.onDeletePressed: if (currentIndex >= 0) deleteRequested(currentIndex)
    Keys.onReturnPressed: if (currentIndex >= 0) rowActivated(currentIndex)
    Keys.onEnterPressed: if (currentIndex >= 0) rowActivated(currentIndex)
}

// SPDX-License-Identifier: MIT
// Follows the selected number by id, not by row: when rows are sorted, filtered, paged in or
// reloaded, the same number stays selected (or, when it is gone, the first row is), and its
// details are re-read from the model. A change of data re-reads the row only when it touches
// the selected one: the rows around it change often (pages landing, other numbers edited), and
// reading a row copies all of its roles.
import QtQuick
import PhoneDesk

QtObject {
    id: tracker

    // The rows, and the list showing them.
    property PhoneNumberFilterModel filterModel: null
    property PhoneNumberList view: null

    property string selectedId
    // Roles by name of the selected row; empty when nothing is selected.
    property var row: ({})
    // The selected number's row in filterModel as last read; -1 when nothing is selected. Rows
    // inserted, removed or moved find it again by id before it is used.
    property int selectedRow: -1

    // Selects a row at the user's request and scrolls it into view.
    function select(rowIndex) {
        show(rowIndex, true)
    }

    // Selects the number with this id; false when it is not among the filtered rows.
    function selectId(id) {
        const rowIndex = filterModel.rowOfId(id)
        if (rowIndex < 0)
            return false
        show(rowIndex, true)
        return true
    }

    // Finds the selected number again after the rows changed.
    function follow(scroll) {
        if (!filterModel)
            return
        let rowIndex = selectedId.length > 0 ? filterModel.rowOfId(selectedId) : -1
        if (rowIndex < 0 && filterModel.count > 0)
            rowIndex = 0
        if (rowIndex < 0) {
            selectedId = ""
            selectedRow = -1
            row = ({})
            if (view)
                view.currentIndex = -1
            return
        }
        show(rowIndex, scroll)
    }

    function show(rowIndex, scroll) {
        const data = filterModel.get(rowIndex)
        selectedId = data.id !== undefined ? String(data.id) : ""
        selectedRow = selectedId.length > 0 ? rowIndex : -1
        row = data
        if (!view)
            return
        const moved = view.currentIndex !== rowIndex
        view.currentIndex = rowIndex
        // Rows paged in must not pull the agent back to the selection; a new sort or a pick does.
        if (scroll && (moved || view.currentItem === null))
            view.reveal(rowIndex)
    }

    // The view reacts to the model's signals too: following once it has, and once per burst of
    // signals, settles the current index. A reset or a new order also scrolls to the selection.
    property bool followPending: false
    property bool scrollPending: false
    function scheduleFollow(scroll) {
        scrollPending = scrollPending || scroll
        if (followPending)
            return
        followPending = true
        Qt.callLater(followScheduled)
    }
    function followScheduled() {
        const scroll = scrollPending
        followPending = false
        scrollPending = false
        follow(scroll)
    }

    // Data changed in rows first..last: the selection is read again when it is among them (or
    // when nothing is selected yet). A follow already on its way reads it anyway.
    function dataChangedIn(first, last) {
        if (followPending)
            return
        if (selectedRow < 0 ? filterModel.count > 0 : selectedRow >= first && selectedRow <= last)
            scheduleFollow(false)
    }

    onFilterModelChanged: scheduleFollow(false)

    property Connections watcher: Connections {
        target: tracker.filterModel
        function onModelReset() { tracker.scheduleFollow(true) }
        function onLayoutChanged() { tracker.scheduleFollow(true) }
        function onRowsInserted() { tracker.scheduleFollow(false) }
        function onRowsRemoved() { tracker.scheduleFollow(false) }
        function onRowsMoved() { tracker.scheduleFollow(false) }
        function onDataChanged(topLeft, bottomRight) { tracker.dataChangedIn(topLeft.row, bottomRight.row) }
    }
}

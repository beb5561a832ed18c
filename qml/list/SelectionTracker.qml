// SPDX-License-Identifier: MIT
// Follows the selected number by id, not by row: when rows are sorted, filtered, paged in or
// reloaded, the same number stays selected (or, when it is gone, the first row is), and its
// details are re-read from the model.
import QtQuick
import PhoneDesk

QtObject {
    id: tracker

    // The PhoneNumberFilterModel the rows come from, and the PhoneNumberList showing them.
    property var filterModel: null
    property var view: null

    property string selectedId
    // Roles by name of the selected row; empty when nothing is selected.
    property var row: ({})

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
    property bool scrollPending: false
    function scheduleFollow(scroll) {
        scrollPending = scrollPending || scroll
        Qt.callLater(followScheduled)
    }
    function followScheduled() {
        const scroll = scrollPending
        scrollPending = false
        follow(scroll)
    }

    onFilterModelChanged: scheduleFollow(false)

    property Connections watcher: Connections {
        target: tracker.filterModel
        function onModelReset() { tracker.scheduleFollow(true) }
        function onLayoutChanged() { tracker.scheduleFollow(true) }
        function onRowsInserted() { tracker.scheduleFollow(false) }
        function onRowsRemoved() { tracker.scheduleFollow(false) }
        function onDataChanged() { tracker.scheduleFollow(false) }
    }
}

// SPDX-License-Identifier: MIT
// The row count of a QAbstractItemModel as a property that updates: a list model has rowCount()
// but no count to bind to.
import QtQuick
import PhoneDesk

QtObject {
    id: counter

    property PhoneNumberListModel model: null
    property int value: 0

    function update() {
        value = model ? model.rowCount() : 0
    }

    onModelChanged: update()

    property Connections watcher: Connections {
        target: counter.model
        function onRowsInserted() { counter.update() }
        function onRowsRemoved() { counter.update() }
        function onModelReset() { counter.update() }
    }
}

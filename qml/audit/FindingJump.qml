// SPDX-License-Identifier: MIT
// Takes the main window to an audit finding: selects the finding's number when the list has it;
// otherwise clears the filters, searches for the finding's user and selects the number (or, for a
// finding about the user as a whole, their first number) once the answer is in.
import QtQuick
import PhoneDesk

QtObject {
    id: jump

    required property PhoneNumberListModel listModel
    required property PhoneNumberFilterModel filterModel
    // The window's selection, which the finding's number goes to.
    required property SelectionTracker selection

    // A search for a finding's user is on the way; the number to select when it lands.
    property bool pending: false
    property string pendingId

    // The jump searched for `text`: the window shows it in its search field.
    signal searched(string text)
    // The finding's number is not on the instance any more.
    signal notFound(string message)

    function show(userId, phoneNumberId) {
        if (phoneNumberId.length > 0 && selection.selectId(phoneNumberId))
            return
        filterModel.clearFilters()
        pendingId = phoneNumberId
        pending = true
        listModel.search(userId)
        searched(userId)
        if (!listModel.loading)
            selectPending()
    }

    function selectPending() {
        const id = pendingId
        pending = false
        if (id.length > 0 && selection.selectId(id))
            return
        // A finding about the user as a whole: their first number.
        if (id.length === 0 && filterModel.count > 0) {
            selection.select(0)
            return
        }
        notFound(qsTr("That number is no longer on the instance; run the audit again."))
    }

    property Connections watcher: Connections {
        target: jump.listModel
        function onLoadingChanged() {
            if (!jump.listModel.loading && jump.pending)
                jump.selectPending()
        }
    }
}

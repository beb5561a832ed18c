// SPDX-License-Identifier: MIT
// The search field. Typing searches the server after a pause (250 ms), so that each keystroke
// does not cost a request; Enter searches at once, Escape clears.
import QtQuick
import QtQuick.Controls
import PhoneDesk

TextField {
    id: field

    // The text to search for; "" lists every user.
    signal searchRequested(string text)
    // A search is running: a spinner shows at the field's end.
    property bool busy: false
    property alias debounceInterval: debounce.interval

    function clearSearch() {
        debounce.stop()
        text = ""
        searchRequested("")
    }

    objectName: "searchField"
    placeholderText: qsTr("Search numbers, names, emails, user ids   (Ctrl+F)")
    selectByMouse: true
    rightPadding: Theme.gapM + (spinner.visible ? spinner.width + Theme.gapS : 0)
    Accessible.name: qsTr("Search phone numbers")
    Accessible.description: qsTr("A whole phone number is looked up exactly; other text matches ids, names, emails and numbers.")

    onTextEdited: debounce.restart()
    onAccepted: {
        debounce.stop()
        searchRequested(text)
    }
    Keys.onEscapePressed: (event) => {
        if (text.length === 0) {
            event.accepted = false
            return
        }
        clearSearch()
    }

    Timer {
        id: debounce
        interval: 250
        onTriggered: field.searchRequested(field.text)
    }

    BusyIndicator {
        id: spinner
        running: field.busy
        visible: running
        width: field.height - 2 * Theme.gapS
        height: width
        anchors.right: parent.right
        anchors.rightMargin: Theme.gapS
        anchors.verticalCenter: parent.verticalCenter
    }
}

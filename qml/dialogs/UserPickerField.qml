// SPDX-License-Identifier: MIT
// Picking the owner of a new number: a search field whose results (Clerk's `query` over names,
// emails, ids and numbers) list below it, chosen with the mouse or with Down/Up and Enter; a
// chosen user reads as one line with a "Change" link that goes back to searching.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: field

    // The list model whose client searches for users.
    required property PhoneNumberListModel phoneNumbers
    // The chosen user; "" while searching.
    property string userId
    property string userLabel
    property string error
    property string traceId
    property bool busy: false
    readonly property alias picker: picker

    // A user was picked from the results: {userId, label, phoneNumbers, …} (UserPicker.get).
    signal picked(var user)
    // "Change": the chosen user is let go, to search again.
    signal cleared()

    function focusSearch() { search.forceActiveFocus(Qt.TabFocusReason) }
    // Enter: the highlighted result, once the results answer what is typed (Enter before the
    // pause sends the search at once and picks nothing from the older results).
    function pickCurrent() {
        picker.searchNow()
        if (!picker.loading)
            pick(results.currentIndex)
    }
    function pick(row) {
        const user = picker.get(row)
        if (user.userId === undefined)
            return
        field.picked(user)
    }

    spacing: Theme.gapS
    Layout.fillWidth: true

    UserPicker {
        id: picker
        model: field.phoneNumbers
    }

    // Searching.
    TextField {
        id: search
        objectName: "userSearchField"
        visible: field.userId.length === 0
        enabled: !field.busy
        placeholderText: qsTr("Search users by name, email, phone or id")
        Accessible.name: qsTr("Search for the user")
        Accessible.description: qsTr("Name, email, phone or id; Down and Up choose a result, Enter picks it")
        Layout.fillWidth: true
        onTextEdited: picker.query = text
        Keys.onDownPressed: results.currentIndex = Math.min(results.currentIndex + 1, results.count - 1)
        Keys.onUpPressed: results.currentIndex = Math.max(results.currentIndex - 1, 0)
        Keys.onReturnPressed: field.pickCurrent()
        Keys.onEnterPressed: field.pickCurrent()
    }
    Rectangle {
        visible: field.userId.length === 0 && picker.count > 0
        color: Theme.base
        border.color: Theme.separator
        radius: Theme.radius
        implicitHeight: results.implicitHeight + 2 * border.width
        Layout.fillWidth: true

        ListView {
            id: results
            objectName: "userResults"
            anchors.fill: parent
            anchors.margins: parent.border.width
            model: picker
            clip: true
            currentIndex: count > 0 ? 0 : -1
            implicitHeight: Math.min(count, 4) * (Theme.rowHeight - Theme.gapL)
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: result
                required property int index
                required property string name
                required property string email
                required property int phoneCount
                required property var twoFactorEnabled

                objectName: "userResult" + index
                width: ListView.view.width
                height: Theme.rowHeight - Theme.gapL
                highlighted: ListView.isCurrentItem
                onClicked: field.pick(index)
                Accessible.name: result.name
                Accessible.description: details.text

                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: result.name
                        color: result.highlighted ? Theme.highlightedText : Theme.text
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        id: details
                        text: [result.email.length > 0 ? result.email : qsTr("no email address"),
                               qsTr("%Ln numbers", "", result.phoneCount),
                               result.twoFactorEnabled === true ? qsTr("two-step sign-in on") : ""]
                              .filter((part) => part.length > 0).join(" · ")
                        color: result.highlighted ? Theme.highlightedText : Theme.secondaryText
                        font.pointSize: Theme.smallPointSize
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
    Label {
        objectName: "userSearchStatus"
        visible: field.userId.length === 0 && text.length > 0
        text: picker.error.length > 0 ? qsTr("The search failed: %1").arg(picker.error)
              : picker.loading ? qsTr("Searching…")
              : picker.query.trim().length > 0 && picker.count === 0 ? qsTr("No user matches “%1”").arg(picker.query.trim())
              : ""
        color: picker.error.length > 0 ? Theme.toneForeground("danger") : Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Chosen.
    RowLayout {
        visible: field.userId.length > 0
        spacing: Theme.gapM
        Layout.fillWidth: true
        Label {
            objectName: "chosenUser"
            text: field.userLabel.length > 0 ? field.userLabel : field.userId
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Button {
            objectName: "changeUserButton"
            text: qsTr("Change")
            flat: true
            enabled: !field.busy
            Accessible.name: qsTr("Choose another user")
            onClicked: {
                field.cleared()
                field.focusSearch()
            }
        }
    }
    Label {
        objectName: "userError"
        visible: field.error.length > 0
        text: field.error
        color: Theme.toneForeground("danger")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TraceIdLine {
        traceId: field.error.length > 0 ? field.traceId : ""
    }
}

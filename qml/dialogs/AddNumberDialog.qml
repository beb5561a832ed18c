// SPDX-License-Identifier: MIT
// Add a phone number to a user. Opens with nothing set (the agent searches for the user), with
// `row` set to a row of Workspace.filtered.get() (the number's owner is chosen), or with
// presetUserId/presetUserLabel. The number is formatted as it is typed for the chosen region
// (or the one its "+" code names) and its validity shown live; Add stays disabled until it can
// be sent, Clerk's refusal is shown next to the field it names with the input kept, and typed
// input is never dropped without asking. On success the dialog closes and `added(id)` names
// the new number, which the list already shows. On production, Add waits for the agent to confirm
// the instance (ProductionGuard).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    // The list model the change goes through (its client) and whose rows show the result.
    required property PhoneNumberListModel phoneNumbers
    // Optional: one row of Workspace.filtered.get() (roles by name) whose owner gets the number.
    property var row: ({})
    // Optional: the owner, when there is no row.
    property string presetUserId: row && row.userId !== undefined ? String(row.userId) : ""
    property string presetUserLabel: row && row.userName !== undefined
                                     ? String(row.userName) + (row.userEmail ? " · " + row.userEmail : "") : ""
    readonly property alias creator: creator
    readonly property alias productionGuard: guard

    // The number Clerk created; the window can select it.
    signal added(string phoneNumberId)

    objectName: "addNumberDialog"
    title: qsTr("Add a phone number")
    titleName: "addTitle"
    preferredWidth: 600
    // Cancel, Escape: closes at once without a typed number, asks first with one.
    hasUnsentInput: creator.hasUnsentInput
    discardTitle: qsTr("Discard the number you typed?")
    discardMessage: creator.busy ? qsTr("It is being sent to Clerk; discarding stops waiting for the answer.")
                                    : qsTr("Nothing has been sent to Clerk yet. Discarding adds no number.")
    onDiscarded: creator.cancel()

    PhoneNumberCreator {
        id: creator
        model: dialog.phoneNumbers
        userId: dialog.presetUserId
        userLabel: dialog.presetUserLabel
        onDone: {
            dialog.added(creator.createdId)
            dialog.close()
        }
    }
    RegionListModel {
        id: regions
    }
    Component.onCompleted: creator.number.region = regions.defaultCode()

    onAboutToShow: guard.reset()
    onOpened: {
        if (creator.userId.length > 0)
            numberField.forceActiveFocus(Qt.TabFocusReason)
        else
            userField.focusSearch()
    }

    // Which field a Clerk error's meta.param_name names: "number", "user", "verified", "primary",
    // "reserved", or "" for none (the message then goes at the top).
    function fieldOfParam(param) {
        const name = String(param || "").toLowerCase()
        if (name.indexOf("reserved") >= 0 || name.indexOf("second_factor") >= 0)
            return "reserved"
        if (name.indexOf("primary") >= 0)
            return "primary"
        if (name.indexOf("verif") >= 0)
            return "verified"
        if (name === "phone_number")
            return "number"
        if (name === "user_id")
            return "user"
        return ""
    }
    readonly property string errorField: creator.error.length > 0 ? fieldOfParam(creator.errorField) : ""

    buttons: [
        Button {
            objectName: "addButton"
            text: creator.busy ? qsTr("Adding…") : creator.retryable ? qsTr("Try again") : qsTr("Add")
            enabled: creator.canSubmit && guard.confirmed
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (guard.confirmed)
                    creator.submit()
            }
        },
        Button {
            objectName: "addCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        ErrorNotice {
            objectName: "addTopError"
            // Clerk's refusals carry a code; a failure without one was not Clerk's answer.
            title: fromClerk ? qsTr("Clerk refused the number") : qsTr("The number was not added")
            message: creator.error
            code: creator.errorCode
            traceId: creator.errorTraceId
            visible: creator.error.length > 0 && dialog.errorField.length === 0
        }

        ColumnLayout {
            spacing: Theme.gapS
            Layout.fillWidth: true
            Label {
                text: qsTr("User")
                font.weight: Font.DemiBold
            }
            UserPickerField {
                id: userField
                objectName: "userField"
                phoneNumbers: dialog.phoneNumbers
                userId: creator.userId
                userLabel: creator.userLabel
                busy: creator.busy
                error: dialog.errorField === "user" ? creator.error : ""
                traceId: creator.errorTraceId
                onPicked: (user) => {
                    creator.userLabel = user.label
                    creator.userNumbers = user.phoneNumbers
                    creator.userId = user.userId
                    numberField.forceActiveFocus(Qt.TabFocusReason)
                }
                onCleared: {
                    creator.userId = ""
                    creator.userLabel = ""
                    creator.userNumbers = []
                }
            }
        }

        ColumnLayout {
            spacing: Theme.gapS
            Layout.fillWidth: true
            Label {
                text: qsTr("Number")
                font.weight: Font.DemiBold
            }
            RowLayout {
                spacing: Theme.gapM
                Layout.fillWidth: true
                ChoiceBox {
                    id: regionBox
                    objectName: "regionBox"
                    model: regions
                    textRole: "label"
                    valueRole: "code"
                    enabled: !creator.busy
                    currentIndex: regions.indexOfCode(creator.number.region)
                    // Typing searches: "sp" finds Spain, "+49" or "49" Germany. Letters typed
                    // within a second of each other make one search, as in any list.
                    property string typedSearch
                    Timer {
                        id: typedSearchReset
                        interval: 1000
                        onTriggered: regionBox.typedSearch = ""
                    }
                    Keys.onPressed: (event) => {
                        if (event.text.length !== 1 || event.text.trim().length === 0
                                || (event.modifiers & (Qt.ControlModifier | Qt.AltModifier)))
                            return
                        regionBox.typedSearch += event.text
                        typedSearchReset.restart()
                        const row = regions.find(regionBox.typedSearch)
                        if (row >= 0)
                            creator.number.region = regions.codeAt(row)
                        event.accepted = true
                    }
                    onActivated: creator.number.region = currentValue
                    // Kept on the region however it changes (the "+" code, a preset), even after
                    // a direct write to currentIndex replaced the binding.
                    Connections {
                        target: creator.number
                        function onRegionChanged() { regionBox.currentIndex = regions.indexOfCode(creator.number.region) }
                    }
                    Accessible.name: qsTr("Region of a number typed without +")
                    Accessible.description: qsTr("Type letters or a country code to find a region")
                    Layout.preferredWidth: 240
                }
                TextField {
                    id: numberField
                    objectName: "numberField"
                    text: creator.number.formatted
                    enabled: !creator.busy
                    placeholderText: qsTr("Number, or + and country code")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    Accessible.name: qsTr("Phone number")
                    Accessible.description: creator.number.validity
                    Layout.fillWidth: true
                    onTextEdited: {
                        creator.number.text = text
                        // A "+" code names the country: the region box follows it.
                        if (creator.number.text.trim().startsWith("+") && creator.number.detectedRegion.length > 0)
                            creator.number.region = creator.number.detectedRegion
                        // Formatted as typed (the edit broke the binding: it is set again); the
                        // cursor stays at the end, where typing goes on.
                        text = Qt.binding(() => creator.number.formatted)
                        cursorPosition = text.length
                    }
                    // Enter adds, as the Add button would; not before it could.
                    Keys.onReturnPressed: if (creator.canSubmit) creator.submit()
                    Keys.onEnterPressed: if (creator.canSubmit) creator.submit()
                }
            }
            Label {
                objectName: "validityLine"
                visible: text.length > 0
                text: creator.number.validity
                color: Theme.toneForeground(creator.number.valid ? "success" : "danger")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "sentAsLine"
                visible: creator.number.valid
                text: qsTr("Sent to Clerk as %1").arg(creator.number.e164)
                color: Theme.secondaryText
                font.pointSize: Theme.smallPointSize
                Layout.fillWidth: true
            }
            Label {
                objectName: "numberError"
                visible: dialog.errorField === "number"
                text: visible ? creator.error : ""
                color: Theme.toneForeground("danger")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TraceIdLine {
                traceId: dialog.errorField === "number" ? creator.errorTraceId : ""
            }
        }

        EditFlagSwitch {
            objectName: "verifiedRow"
            switchName: "verifiedSwitch"
            text: qsTr("Verified")
            explanation: qsTr("You vouch that the number is the user's: no code is sent. Only verified numbers can be used to sign in.")
            checked: creator.verified
            onToggled: (on) => creator.verified = on
            enabled: !creator.busy
            error: dialog.errorField === "verified" ? creator.error : ""
            traceId: creator.errorTraceId
        }
        EditFlagSwitch {
            objectName: "primaryRow"
            switchName: "primarySwitch"
            text: qsTr("Primary")
            explanation: qsTr("The number shown and used first for this user. A user's first number becomes primary anyway.")
            checked: creator.primary
            onToggled: (on) => creator.primary = on
            enabled: !creator.busy
            error: dialog.errorField === "primary" ? creator.error : ""
            traceId: creator.errorTraceId
        }
        EditFlagSwitch {
            objectName: "reservedRow"
            switchName: "reservedSwitch"
            text: qsTr("Reserved for two-step sign-in")
            explanation: qsTr("Needs Verified. Codes for the second step go here; it becomes the default second factor if the user has none.")
            checked: creator.reservedForSecondFactor
            onToggled: (on) => creator.reservedForSecondFactor = on
            enabled: !creator.busy
            error: dialog.errorField === "reserved" ? creator.error : ""
            traceId: creator.errorTraceId
        }

        // What still stands in the way, once the number itself is valid (its validity line
        // already says what is wrong with it).
        Label {
            objectName: "addValidation"
            visible: text.length > 0
            text: creator.number.valid ? creator.validationError : ""
            color: Theme.toneForeground("danger")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // On production: names the instance and holds Add until the agent ticks that they mean it.
        ProductionGuard {
            id: guard
            inputEnabled: !creator.busy
        }

        RowLayout {
            objectName: "addBusyIndicator"
            visible: creator.busy
            spacing: Theme.gapM
            BusyIndicator {
                running: creator.busy
                implicitWidth: 24
                implicitHeight: 24
            }
            Label {
                text: qsTr("Sending to Clerk…")
                color: Theme.secondaryText
            }
        }
    }
}

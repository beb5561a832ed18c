// SPDX-License-Identifier: MIT
// Local filters and sorting over the loaded rows, bound to a PhoneNumberFilterModel
// (Workspace.filtered). Controls show the model's state and write to it on user action only,
// so that clearing the filters elsewhere is reflected here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Flow {
    id: bar

    // The PhoneNumberFilterModel the controls drive.
    required property PhoneNumberFilterModel filterModel

    spacing: Theme.gapL

    readonly property var states: [
        { text: qsTr("Any verification"), value: PhoneNumberFilterModel.AnyVerification },
        { text: qsTr("Verified"), value: PhoneNumberFilterModel.Verified },
        { text: qsTr("Pending (unverified)"), value: PhoneNumberFilterModel.Unverified },
        { text: qsTr("Expired"), value: PhoneNumberFilterModel.Expired },
        { text: qsTr("Failed"), value: PhoneNumberFilterModel.Failed },
        { text: qsTr("Never verified"), value: PhoneNumberFilterModel.NeverVerified }
    ]
    readonly property var sortKeys: [
        { text: qsTr("Created"), value: PhoneNumberFilterModel.Created },
        { text: qsTr("Updated"), value: PhoneNumberFilterModel.Updated },
        { text: qsTr("Number"), value: PhoneNumberFilterModel.Number },
        { text: qsTr("Owner"), value: PhoneNumberFilterModel.Owner }
    ]
    readonly property bool sortsByTime: filterModel.sortKey === PhoneNumberFilterModel.Created
                                        || filterModel.sortKey === PhoneNumberFilterModel.Updated

    ChoiceBox {
        objectName: "verificationFilter"
        model: bar.states
        textRole: "text"
        valueRole: "value"
        implicitContentWidthPolicy: ComboBox.WidestText
        currentIndex: Math.max(0, indexOfValue(bar.filterModel.verificationState))
        onActivated: bar.filterModel.verificationState = currentValue
        Accessible.name: qsTr("Verification state")
    }

    CheckBox {
        objectName: "reservedFilter"
        text: qsTr("Reserved for 2FA")
        Accessible.name: qsTr("Only numbers reserved for two-step verification")
        checked: bar.filterModel.reservedForSecondFactorOnly
        onToggled: bar.filterModel.reservedForSecondFactorOnly = checked
    }
    CheckBox {
        objectName: "defaultSecondFactorFilter"
        text: qsTr("Default 2FA")
        Accessible.name: qsTr("Only default second factors")
        checked: bar.filterModel.defaultSecondFactorOnly
        onToggled: bar.filterModel.defaultSecondFactorOnly = checked
    }
    CheckBox {
        objectName: "linkedFilter"
        text: qsTr("Linked identities")
        Accessible.name: qsTr("Only numbers with linked identities")
        checked: bar.filterModel.linkedOnly
        onToggled: bar.filterModel.linkedOnly = checked
    }
    CheckBox {
        objectName: "primaryFilter"
        text: qsTr("Primary only")
        Accessible.name: qsTr("Only primary numbers")
        checked: bar.filterModel.primaryOnly
        onToggled: bar.filterModel.primaryOnly = checked
    }
    CheckBox {
        objectName: "bannedFilter"
        text: qsTr("Banned or locked")
        Accessible.name: qsTr("Only banned or locked users")
        checked: bar.filterModel.bannedOrLockedOnly
        onToggled: bar.filterModel.bannedOrLockedOnly = checked
    }
    CheckBox {
        objectName: "smsBlockedFilter"
        text: qsTr("SMS blocked")
        Accessible.name: qsTr("Only numbers in countries the instance sends no SMS to")
        checked: bar.filterModel.smsBlockedOnly
        onToggled: bar.filterModel.smsBlockedOnly = checked
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Workspace.smsBlocklist.known
                      ? (Workspace.smsBlocklist.countryCodes.length > 0
                         ? qsTr("The instance sends no SMS to %1").arg(Workspace.smsBlocklist.countryCodes.join(", "))
                         : qsTr("The instance's SMS blocklist is empty"))
                      : qsTr("The instance's SMS blocklist has not been read")
        Accessible.description: ToolTip.text
    }

    Button {
        objectName: "clearFiltersButton"
        text: qsTr("Clear filters")
        enabled: bar.filterModel.filtering
        onClicked: bar.filterModel.clearFilters()
    }

    RowLayout {
        spacing: Theme.gapS
        height: sortCombo.height

        Label {
            text: qsTr("Sort by")
            color: Theme.secondaryText
        }
        ChoiceBox {
            id: sortCombo
            objectName: "sortKeyCombo"
            model: bar.sortKeys
            textRole: "text"
            valueRole: "value"
            implicitContentWidthPolicy: ComboBox.WidestText
            currentIndex: Math.max(0, indexOfValue(bar.filterModel.sortKey))
            onActivated: bar.filterModel.sortKey = currentValue
            Accessible.name: qsTr("Sort by")
        }
        Button {
            objectName: "sortDirectionButton"
            // Says the order in the key's own terms: newest first, or A to Z.
            readonly property string order: bar.filterModel.sortDescending
                                            ? (bar.sortsByTime ? qsTr("Newest first") : qsTr("Z to A"))
                                            : (bar.sortsByTime ? qsTr("Oldest first") : qsTr("A to Z"))
            text: (bar.filterModel.sortDescending ? "↓ " : "↑ ") + order
            onClicked: bar.filterModel.sortDescending = !bar.filterModel.sortDescending
            Accessible.name: qsTr("Sort direction: %1").arg(order)
        }
    }
}

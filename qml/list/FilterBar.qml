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
        { text: "Any verification", value: PhoneNumberFilterModel.AnyVerification },
        { text: "Verified", value: PhoneNumberFilterModel.Verified },
        { text: "Pending (unverified)", value: PhoneNumberFilterModel.Unverified },
        { text: "Expired", value: PhoneNumberFilterModel.Expired },
        { text: "Failed", value: PhoneNumberFilterModel.Failed },
        { text: "Never verified", value: PhoneNumberFilterModel.NeverVerified }
    ]
    readonly property var sortKeys: [
        { text: "Created", value: PhoneNumberFilterModel.Created },
        { text: "Updated", value: PhoneNumberFilterModel.Updated },
        { text: "Number", value: PhoneNumberFilterModel.Number },
        { text: "Owner", value: PhoneNumberFilterModel.Owner }
    ]
    readonly property bool sortsByTime: filterModel.sortKey === PhoneNumberFilterModel.Created
                                        || filterModel.sortKey === PhoneNumberFilterModel.Updated

    ComboBox {
        objectName: "verificationFilter"
        model: bar.states
        textRole: "text"
        valueRole: "value"
        implicitContentWidthPolicy: ComboBox.WidestText
        currentIndex: Math.max(0, indexOfValue(bar.filterModel.verificationState))
        onActivated: bar.filterModel.verificationState = currentValue
        Accessible.name: "Verification state"
    }

    CheckBox {
        objectName: "reservedFilter"
        text: "Reserved for 2FA"
        Accessible.name: "Only numbers reserved for two-step verification"
        checked: bar.filterModel.reservedForSecondFactorOnly
        onToggled: bar.filterModel.reservedForSecondFactorOnly = checked
    }
    CheckBox {
        objectName: "defaultSecondFactorFilter"
        text: "Default 2FA"
        Accessible.name: "Only default second factors"
        checked: bar.filterModel.defaultSecondFactorOnly
        onToggled: bar.filterModel.defaultSecondFactorOnly = checked
    }
    CheckBox {
        objectName: "linkedFilter"
        text: "Linked identities"
        Accessible.name: "Only numbers with linked identities"
        checked: bar.filterModel.linkedOnly
        onToggled: bar.filterModel.linkedOnly = checked
    }
    CheckBox {
        objectName: "primaryFilter"
        text: "Primary only"
        Accessible.name: "Only primary numbers"
        checked: bar.filterModel.primaryOnly
        onToggled: bar.filterModel.primaryOnly = checked
    }
    CheckBox {
        objectName: "bannedFilter"
        text: "Banned or locked"
        Accessible.name: "Only banned or locked users"
        checked: bar.filterModel.bannedOrLockedOnly
        onToggled: bar.filterModel.bannedOrLockedOnly = checked
    }
    CheckBox {
        objectName: "smsBlockedFilter"
        text: "SMS blocked"
        Accessible.name: "Only numbers in countries the instance sends no SMS to"
        checked: bar.filterModel.smsBlockedOnly
        onToggled: bar.filterModel.smsBlockedOnly = checked
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Workspace.smsBlocklist.known
                      ? (Workspace.smsBlocklist.countryCodes.length > 0
                         ? "The instance sends no SMS to " + Workspace.smsBlocklist.countryCodes.join(", ")
                         : "The instance's SMS blocklist is empty")
                      : "The instance's SMS blocklist has not been read"
    }

    Button {
        objectName: "clearFiltersButton"
        text: "Clear filters"
        enabled: bar.filterModel.filtering
        onClicked: bar.filterModel.clearFilters()
    }

    RowLayout {
        spacing: Theme.gapS
        height: sortCombo.height

        Label {
            text: "Sort by"
            color: Theme.secondaryText
        }
        ComboBox {
            id: sortCombo
            objectName: "sortKeyCombo"
            model: bar.sortKeys
            textRole: "text"
            valueRole: "value"
            implicitContentWidthPolicy: ComboBox.WidestText
            currentIndex: Math.max(0, indexOfValue(bar.filterModel.sortKey))
            onActivated: bar.filterModel.sortKey = currentValue
            Accessible.name: "Sort by"
        }
        Button {
            objectName: "sortDirectionButton"
            // Says the order in the key's own terms: newest first, or A to Z.
            text: bar.filterModel.sortDescending ? (bar.sortsByTime ? "↓ Newest first" : "↓ Z to A")
                                                 : (bar.sortsByTime ? "↑ Oldest first" : "↑ A to Z")
            onClicked: bar.filterModel.sortDescending = !bar.filterModel.sortDescending
            Accessible.name: "Sort direction: " + text.substring(2)
        }
    }
}

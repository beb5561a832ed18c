// SPDX-License-Identifier: MIT
// The top of the detail pane: the number large, its badges, and whose it is.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ColumnLayout {
    id: header

    // One row of Workspace.filtered.get(): roles by name.
    property var row: ({})
    // The profile allows no changes (NumberActions), and its name.
    property bool readOnly: false
    property string profileName

    // A button or menu item of NumberActions: "edit", "verify", "delete", "add", "replace", "resetMfa".
    signal actionRequested(string action)

    spacing: Theme.gapM
    Layout.fillWidth: true

    RowLayout {
        spacing: Theme.gapM
        Layout.fillWidth: true

        Label {
            objectName: "detailNumber"
            text: Format.number(header.row.formatted, header.row.phoneNumber, header.row.isE164)
            font.pointSize: Theme.titlePointSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        CopyButton {
            textToCopy: Format.text(header.row.phoneNumber, "")
            what: qsTr("number")
        }
    }
    NumberActions {
        row: header.row
        readOnly: header.readOnly
        profileName: header.profileName
        onActionRequested: (action) => header.actionRequested(action)
        Layout.fillWidth: true
    }
    Label {
        objectName: "detailNotE164"
        visible: header.row.isE164 !== true
        text: qsTr("Not E.164: stored as “%1”. Clerk expects + and the country code, e.g. +14155550123; codes may not reach this number.")
              .arg(Format.text(header.row.phoneNumber))
        color: Theme.toneForeground("danger")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    NumberBadges {
        objectName: "detailBadges"
        verificationState: header.row.verificationState
        verificationStatus: header.row.verificationStatus
        isPrimary: header.row.isPrimary
        reservedForSecondFactor: header.row.reservedForSecondFactor
        defaultSecondFactor: header.row.defaultSecondFactor
        linkedTo: header.row.linkedTo
        userBanned: header.row.userBanned
        userLocked: header.row.userLocked
        smsBlocked: header.row.smsBlocked
        Layout.fillWidth: true
    }
    Label {
        objectName: "detailOwnerLine"
        text: Format.text(header.row.userName, qsTr("Unknown owner")) + " · " + Format.text(header.row.userEmail, qsTr("no email address"))
              + " · " + Format.region(header.row.regionCode, header.row.countryName, header.row.numberType)
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}

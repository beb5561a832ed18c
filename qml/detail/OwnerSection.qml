// SPDX-License-Identifier: MIT
// The user the number belongs to: who, how to reach them, and how their sign-in is protected.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "ownerSection"
    title: qsTr("Owner")

    DetailField {
        objectName: "ownerNameField"
        label: qsTr("Name")
        value: Format.text(section.row.userName)
    }
    DetailField {
        objectName: "ownerEmailField"
        label: qsTr("Email")
        value: Format.text(section.row.userEmail)
        copyWhat: Format.isKnown(section.row.userEmail) ? qsTr("email address") : ""
    }
    DetailField {
        objectName: "userIdField"
        label: qsTr("User id")
        value: Format.text(section.row.userId)
        copyWhat: Format.isKnown(section.row.userId) ? qsTr("user id") : ""
    }
    DetailField {
        objectName: "twoFactorField"
        label: qsTr("Two-step verification")
        value: Format.onOff(section.row.userTwoFactorEnabled)
    }
    DetailField {
        objectName: "totpField"
        label: qsTr("Authenticator app")
        value: Format.onOff(section.row.userTotpEnabled)
    }
    DetailField {
        objectName: "backupCodesField"
        label: qsTr("Backup codes")
        value: Format.onOff(section.row.userBackupCodeEnabled)
        note: Format.isKnown(section.row.backupCodeCount)
              ? qsTr("%Ln backup code(s) came with this number.", "", section.row.backupCodeCount)
              : ""
    }
    DetailField {
        objectName: "bannedField"
        label: qsTr("Banned")
        value: Format.yesNo(section.row.userBanned)
        note: section.row.userBanned === true ? qsTr("The user cannot sign in until an admin lifts the ban.") : ""
    }
    DetailField {
        objectName: "lockedField"
        label: qsTr("Locked")
        value: Format.yesNo(section.row.userLocked)
        note: section.row.userLocked === true ? qsTr("Locked after too many failed sign-in attempts: the sign-in check above says when it ends and offers Unlock.") : ""
    }
}

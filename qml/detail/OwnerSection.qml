// SPDX-License-Identifier: MIT
// The user the number belongs to: who, how to reach them, and how their sign-in is protected.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "ownerSection"
    title: "Owner"

    DetailField {
        objectName: "ownerNameField"
        label: "Name"
        value: Format.text(section.row.userName)
    }
    DetailField {
        objectName: "ownerEmailField"
        label: "Email"
        value: Format.text(section.row.userEmail)
        copyWhat: Format.isKnown(section.row.userEmail) ? "email address" : ""
    }
    DetailField {
        objectName: "userIdField"
        label: "User id"
        value: Format.text(section.row.userId)
        copyWhat: Format.isKnown(section.row.userId) ? "user id" : ""
    }
    DetailField {
        objectName: "twoFactorField"
        label: "Two-step verification"
        value: Format.onOff(section.row.userTwoFactorEnabled)
    }
    DetailField {
        objectName: "totpField"
        label: "Authenticator app"
        value: Format.onOff(section.row.userTotpEnabled)
    }
    DetailField {
        objectName: "backupCodesField"
        label: "Backup codes"
        value: Format.onOff(section.row.userBackupCodeEnabled)
        note: Format.isKnown(section.row.backupCodeCount)
              ? Format.plural(section.row.backupCodeCount, "backup code", "backup codes") + " came with this number."
              : ""
    }
    DetailField {
        objectName: "bannedField"
        label: "Banned"
        value: Format.yesNo(section.row.userBanned)
        note: section.row.userBanned === true ? "The user cannot sign in until an admin lifts the ban." : ""
    }
    DetailField {
        objectName: "lockedField"
        label: "Locked"
        value: Format.yesNo(section.row.userLocked)
        note: section.row.userLocked === true ? "Locked after too many failed sign-in attempts: the sign-in check above says when it ends and offers Unlock." : ""
    }
}

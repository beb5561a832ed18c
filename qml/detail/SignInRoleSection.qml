// SPDX-License-Identifier: MIT
// What the number does for the user's sign-in: primary, reserved, second factor. Each flag says
// what it means, since the names alone are easy to confuse.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "signInRoleSection"
    title: qsTr("Sign-in role")

    DetailField {
        objectName: "primaryField"
        label: qsTr("Primary")
        value: Format.yesNo(section.row.isPrimary)
        note: qsTr("The user's main phone number, the one Clerk uses first.")
    }
    DetailField {
        objectName: "reservedField"
        label: qsTr("Reserved")
        value: Format.yesNo(section.row.reserved)
        note: qsTr("Held for this user: nobody else can add or claim it, even before it is verified.")
    }
    DetailField {
        objectName: "reservedForSecondFactorField"
        label: qsTr("Reserved for 2FA")
        value: Format.yesNo(section.row.reservedForSecondFactor)
        note: qsTr("A second factor: Clerk can text this user's two-step verification codes to it.")
    }
    DetailField {
        objectName: "defaultSecondFactorField"
        label: qsTr("Default 2FA")
        value: Format.yesNo(section.row.defaultSecondFactor)
        note: qsTr("The number Clerk texts first when this user signs in with two-step verification.")
    }
}

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
    title: "Sign-in role"

    DetailField {
        objectName: "primaryField"
        label: "Primary"
        value: Format.yesNo(section.row.isPrimary)
        note: "The user's main phone number, the one Clerk uses first."
    }
    DetailField {
        objectName: "reservedField"
        label: "Reserved"
        value: Format.yesNo(section.row.reserved)
        note: "Held for this user: nobody else can add or claim it, even before it is verified."
    }
    DetailField {
        objectName: "reservedForSecondFactorField"
        label: "Reserved for 2FA"
        value: Format.yesNo(section.row.reservedForSecondFactor)
        note: "A second factor: Clerk can text this user's two-step verification codes to it."
    }
    DetailField {
        objectName: "defaultSecondFactorField"
        label: "Default 2FA"
        value: Format.yesNo(section.row.defaultSecondFactor)
        note: "The number Clerk texts first when this user signs in with two-step verification."
    }
}

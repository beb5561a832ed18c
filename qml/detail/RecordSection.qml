// SPDX-License-Identifier: MIT
// The phone number object's id and times, for tickets and for reading Clerk's logs.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "recordSection"
    title: qsTr("Record")

    DetailField {
        objectName: "phoneNumberIdField"
        label: qsTr("Phone number id")
        value: Format.text(section.row.id)
        copyWhat: Format.isKnown(section.row.id) ? qsTr("phone number id") : ""
    }
    DetailField {
        objectName: "createdField"
        label: qsTr("Created")
        value: Format.pastMoment(section.row.createdAt, Clock.now)
    }
    DetailField {
        objectName: "updatedField"
        label: qsTr("Updated")
        value: Format.pastMoment(section.row.updatedAt, Clock.now)
    }
}

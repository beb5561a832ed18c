// SPDX-License-Identifier: MIT
// The number itself: as stored (E.164 or not), its formats, and where and what it is.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "numberSection"
    title: qsTr("Number")

    DetailField {
        objectName: "e164Field"
        label: qsTr("E.164")
        value: section.row.isE164 === true ? Format.text(section.row.phoneNumber) : qsTr("Not E.164")
        note: section.row.isE164 === true ? "" : qsTr("Stored as “%1”.").arg(Format.text(section.row.phoneNumber))
        copyWhat: Format.isKnown(section.row.phoneNumber) ? qsTr("stored number") : ""
        copyText: Format.text(section.row.phoneNumber, "")
    }
    DetailField {
        objectName: "internationalField"
        label: qsTr("International")
        value: Format.text(section.row.formatted)
    }
    DetailField {
        objectName: "nationalField"
        label: qsTr("National")
        value: Format.text(section.row.nationalFormat)
    }
    DetailField {
        objectName: "regionField"
        label: qsTr("Region")
        value: Format.text(section.row.regionCode)
    }
    DetailField {
        objectName: "countryField"
        label: qsTr("Country")
        value: Format.text(section.row.countryName)
    }
    DetailField {
        objectName: "typeField"
        label: qsTr("Type")
        value: section.row.numberType === "unknown type" ? qsTr("unknown") : Format.numberTypeText(section.row.numberType) // untranslated: the model's value for no known type
    }
}

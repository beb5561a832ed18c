// SPDX-License-Identifier: MIT
// The number itself: as stored (E.164 or not), its formats, and where and what it is.
import QtQuick
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})

    objectName: "numberSection"
    title: "Number"

    DetailField {
        objectName: "e164Field"
        label: "E.164"
        value: section.row.isE164 === true ? Format.text(section.row.phoneNumber) : "Not E.164"
        note: section.row.isE164 === true ? "" : "Stored as “" + Format.text(section.row.phoneNumber) + "”."
        copyWhat: Format.isKnown(section.row.phoneNumber) ? "stored number" : ""
        copyText: Format.text(section.row.phoneNumber, "")
    }
    DetailField {
        objectName: "internationalField"
        label: "International"
        value: Format.text(section.row.formatted)
    }
    DetailField {
        objectName: "nationalField"
        label: "National"
        value: Format.text(section.row.nationalFormat)
    }
    DetailField {
        objectName: "regionField"
        label: "Region"
        value: Format.text(section.row.regionCode)
    }
    DetailField {
        objectName: "countryField"
        label: "Country"
        value: Format.text(section.row.countryName)
    }
    DetailField {
        objectName: "typeField"
        label: "Type"
        value: section.row.numberType === "unknown type" ? "unknown" : Format.text(section.row.numberType)
    }
}

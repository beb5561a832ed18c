// SPDX-License-Identifier: MIT
// The sign-in identities (OAuth accounts) linked to the number: provider and id of each.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})
    readonly property var links: row.linkedTo !== undefined && row.linkedTo !== null ? row.linkedTo : []

    objectName: "linkedIdentitiesSection"
    title: qsTr("Linked identities")

    Label {
        objectName: "noLinkedIdentities"
        visible: section.links.length === 0
        text: qsTr("None: no social sign-in account is linked to this number.")
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: section.links
        delegate: DetailField {
            required property var modelData
            objectName: "linkedIdentity"
            label: Format.text(modelData.provider)
            value: Format.text(modelData.id)
            note: Format.text(modelData.type)
            copyWhat: qsTr("identity id")
        }
    }
}

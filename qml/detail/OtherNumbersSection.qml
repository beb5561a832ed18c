// SPDX-License-Identifier: MIT
// The owner's other phone numbers; clicking one shows it, when it is in the list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})
    readonly property var numbers: row.otherNumbers !== undefined && row.otherNumbers !== null ? row.otherNumbers : []

    // The id of the number clicked.
    signal numberActivated(string id)

    objectName: "otherNumbersSection"
    title: qsTr("The owner's other numbers")

    Label {
        objectName: "noOtherNumbers"
        visible: section.numbers.length === 0
        text: qsTr("This user has no other phone numbers.")
        color: Theme.secondaryText
        Layout.fillWidth: true
    }
    Repeater {
        model: section.numbers
        delegate: ItemDelegate {
            id: entry

            required property var modelData

            objectName: "otherNumber"
            Layout.fillWidth: true
            leftPadding: Theme.gapM
            Accessible.name: qsTr("Show %1").arg(numberLabel.text)
            onClicked: section.numberActivated(modelData.id)

            contentItem: RowLayout {
                spacing: Theme.gapM

                Label {
                    id: numberLabel
                    text: Format.text(entry.modelData.formatted, Format.text(entry.modelData.phoneNumber))
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                VerificationBadge {
                    verificationState: entry.modelData.verificationState
                }
                Badge {
                    text: qsTr("Primary")
                    tone: "info"
                    outlined: true
                    visible: entry.modelData.isPrimary === true
                }
            }
        }
    }
}

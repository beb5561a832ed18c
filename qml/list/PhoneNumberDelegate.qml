// SPDX-License-Identifier: MIT
// One row of the list: what a support agent needs at a glance. The number and where it is from,
// its owner, and badges for its verification and its role in sign-in. Light and reused
// (ListView.reuseItems): plain bindings to roles, no per-row models.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ItemDelegate {
    id: row

    required property int index
    required property var formatted
    required property var phoneNumber
    required property var isE164
    required property var regionCode
    required property var countryName
    required property var numberType
    required property var userName
    required property var userEmail
    required property var isPrimary
    required property var verificationState
    required property var verificationStatus
    required property var reservedForSecondFactor
    required property var defaultSecondFactor
    required property var linkedTo
    required property var userBanned
    required property var userLocked
    required property var smsBlocked

    // Set by the list for the row whose details are shown.
    property bool selected: false

    readonly property string numberText: Format.number(formatted, phoneNumber, isE164)

    implicitHeight: Theme.rowHeight
    leftPadding: Theme.gapXl
    rightPadding: Theme.gapXl
    topPadding: Theme.gapM
    bottomPadding: Theme.gapM
    focusPolicy: Qt.NoFocus

    Accessible.name: numberText + ", " + badges.verificationText + ", " + Format.text(userName, "unknown owner")

    background: Rectangle {
        color: row.selected ? Theme.selectedRow : row.hovered ? Theme.hoveredRow : Theme.base

        Rectangle {
            width: Theme.accentBarWidth
            height: parent.height
            color: Theme.highlight
            visible: row.selected
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.separator
        }
    }

    contentItem: RowLayout {
        spacing: Theme.gapXl

        ColumnLayout {
            Layout.preferredWidth: Theme.numberColumnWidth
            Layout.maximumWidth: Theme.numberColumnWidth
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.gapXs

            RowLayout {
                spacing: Theme.gapM
                Layout.fillWidth: true

                Label {
                    objectName: "numberLabel"
                    text: row.numberText
                    font.pointSize: Theme.largePointSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.maximumWidth: Theme.numberColumnWidth - (notE164Badge.visible ? notE164Badge.width + Theme.gapM : 0)
                }
                Badge {
                    id: notE164Badge
                    objectName: "notE164Badge"
                    text: "Not E.164"
                    tone: "danger"
                    outlined: true
                    visible: row.isE164 !== true
                }
                Item { Layout.fillWidth: true }
            }
            Label {
                objectName: "regionLabel"
                text: Format.region(row.regionCode, row.countryName, row.numberType)
                color: Theme.secondaryText
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.gapXs

            Label {
                objectName: "ownerNameLabel"
                text: Format.text(row.userName, "Unknown owner")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "ownerEmailLabel"
                text: Format.text(row.userEmail, "No email address")
                color: Theme.secondaryText
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        NumberBadges {
            id: badges
            objectName: "badges"
            Layout.preferredWidth: Theme.badgeColumnWidth
            Layout.alignment: Qt.AlignVCenter
            verificationState: row.verificationState
            verificationStatus: row.verificationStatus
            isPrimary: row.isPrimary
            reservedForSecondFactor: row.reservedForSecondFactor
            defaultSecondFactor: row.defaultSecondFactor
            linkedTo: row.linkedTo
            userBanned: row.userBanned
            userLocked: row.userLocked
            smsBlocked: row.smsBlocked
        }
    }
}

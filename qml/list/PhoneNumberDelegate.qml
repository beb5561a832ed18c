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

    // A screen reader reads the row as one sentence: the number, its owner, then its states
    // ("+49 30 1234567, Anna Berg, verified, primary, default second factor"). The list hands the
    // keyboard to its current row, so moving through the list reads each row it lands on.
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3", "a list row: number, owner, states").arg(numberText)
                         .arg(Format.text(userName, qsTr("unknown owner")))
                         .arg(stateWords.join(qsTr(", ", "between the states of a list row")))
    Accessible.selectable: true
    Accessible.selected: selected
    Accessible.focusable: true

    // The row's states in words, in the order the badges show them.
    readonly property var stateWords: {
        const words = [verificationWords(verificationState, verificationStatus)]
        if (isE164 !== true)
            words.push(qsTr("not in E.164 format"))
        if (isPrimary === true)
            words.push(qsTr("primary"))
        if (defaultSecondFactor === true)
            words.push(qsTr("default second factor"))
        else if (reservedForSecondFactor === true)
            words.push(qsTr("reserved for the second factor"))
        if (badges.linkedProviders.length > 0)
            words.push(qsTr("linked to %1").arg(badges.linkedProviders))
        if (userBanned === true)
            words.push(qsTr("owner banned"))
        if (userLocked === true)
            words.push(qsTr("owner locked"))
        if (smsBlocked === true)
            words.push(qsTr("no SMS to this country"))
        return words
    }
    function verificationWords(state, status) {
        switch (state) {
        case "verified": return qsTr("verified")
        case "unverified": return qsTr("code sent, not yet entered")
        case "expired": return qsTr("code expired")
        case "failed": return qsTr("verification failed")
        case "none": return qsTr("never verified")
        }
        // A status PhoneDesk does not know is read as Clerk sent it.
        return Format.isKnown(status) ? qsTr("verification status %1").arg(String(status)) : qsTr("verification unknown")
    }

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
                    text: qsTr("Not E.164")
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
                text: Format.text(row.userName, qsTr("Unknown owner"))
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "ownerEmailLabel"
                text: Format.text(row.userEmail, qsTr("No email address"))
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

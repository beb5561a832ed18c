// SPDX-License-Identifier: MIT
// How the number was verified, or that it never was: kind, status, strategy, channel, attempts
// and when the code expires or expired, relative and absolute.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

DetailSection {
    id: section

    property var row: ({})
    readonly property bool never: row.verificationState === "none"

    objectName: "verificationSection"
    title: qsTr("Verification")

    RowLayout {
        spacing: Theme.gapM
        Layout.fillWidth: true

        Label {
            text: qsTr("State")
            color: Theme.secondaryText
            Layout.preferredWidth: Theme.detailLabelWidth
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: Theme.gapXs
            Layout.fillWidth: true

            VerificationBadge {
                objectName: "detailVerificationBadge"
                verificationState: section.row.verificationState
                verificationStatus: section.row.verificationStatus
            }
            Label {
                objectName: section.never ? "neverVerifiedLabel" : "verificationMeaning"
                text: Format.verificationMeaning(section.row.verificationState)
                color: Theme.secondaryText
                font.pointSize: Theme.smallPointSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    DetailField {
        objectName: "verificationKindField"
        visible: !section.never
        label: qsTr("Kind")
        value: Format.verificationKindLabel(section.row.verificationKind)
    }
    DetailField {
        objectName: "verificationStatusField"
        visible: !section.never
        label: qsTr("Status")
        value: Format.text(section.row.verificationStatus)
    }
    DetailField {
        objectName: "verificationStrategyField"
        visible: !section.never
        label: qsTr("Strategy")
        value: Format.text(section.row.verificationStrategy)
    }
    DetailField {
        objectName: "verificationChannelField"
        visible: !section.never
        label: qsTr("Channel")
        value: Format.text(section.row.verificationChannel)
    }
    DetailField {
        objectName: "attemptsField"
        visible: !section.never
        label: qsTr("Attempts")
        value: Format.text(section.row.attempts)
    }
    DetailField {
        objectName: "expiryField"
        visible: !section.never
        // A verified number's code no longer matters, so its expiry is named neutrally; otherwise past or
        // future by the clock, or by the model's word when the time is unknown.
        label: section.row.verificationState === "verified" ? qsTr("Code expiry")
               : (Format.isDate(section.row.expireAt) ? section.row.expireAt < Clock.now : section.row.isExpired === true)
                 ? qsTr("Code expired") : qsTr("Code expires")
        value: Format.moment(section.row.expireAt, Clock.now)
    }
    DetailField {
        objectName: "verifiedAtClientField"
        visible: !section.never
        label: qsTr("Verified at client")
        value: Format.text(section.row.verifiedAtClient)
    }
}

// SPDX-License-Identifier: MIT
// The audit's own window (View > Audit…), beside the main one, so that a finding clicked here
// selects its number in the main list while the findings stay in view.
import QtQuick
import QtQuick.Controls
import PhoneDesk

ApplicationWindow {
    id: auditWindow

    // The list model the audit reads through (its client) and whose rows it shows; the instance
    // in words.
    required property PhoneNumberListModel phoneNumbers
    required property string instanceLabel
    property alias auditRun: run
    signal findingActivated(string userId, string phoneNumberId)

    objectName: "auditWindow"
    //: The audit window's title; %1 is the instance
    title: qsTr("Audit — %1").arg(auditWindow.instanceLabel)
    width: 960
    height: 680
    color: Theme.window
    palette.window: Theme.window
    palette.windowText: Theme.windowText
    palette.base: Theme.base
    palette.alternateBase: Theme.alternateBase
    palette.text: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.buttonText
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.highlightedText

    AuditRun {
        id: run
        model: auditWindow.phoneNumbers
    }

    AuditView {
        anchors.fill: parent
        auditRun: run
        instanceLabel: auditWindow.instanceLabel
        onFindingActivated: (userId, phoneNumberId) => auditWindow.findingActivated(userId, phoneNumberId)
    }
}

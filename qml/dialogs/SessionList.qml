// SPDX-License-Identifier: MIT
// The sessions of a sign-out everywhere, one line each: on what and where the session was last
// used, when, and what became of it ("Active" before, then "Signed out" or "Failed" with why).
// `sessions` is SignInFixer's list (SessionRow).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

ColumnLayout {
    id: list

    property var sessions: []

    spacing: Theme.gapS
    Layout.fillWidth: true

    function outcomeText(outcome) {
        const text = outcome === "revoked" ? qsTr("Signed out") : outcome === "failed" ? qsTr("Failed") : qsTr("Active")
        return text
    }
    function outcomeTone(outcome) {
        switch (outcome) {
        case "revoked": return "success"
        case "failed": return "danger"
        }
        return "info"
    }
    function joined(parts) {
        return parts.filter(part => Format.isKnown(part)).join(" · ")
    }

    Repeater {
        model: list.sessions
        delegate: Rectangle {
            id: entry
            required property var modelData
            required property int index

            objectName: "sessionRow"
            color: Theme.sectionBackground
            border.color: Theme.separator
            radius: Theme.radius
            implicitHeight: entryColumn.implicitHeight + 2 * Theme.gapM
            Layout.fillWidth: true
            Accessible.role: Accessible.ListItem
            Accessible.name: sessionLabel.text + ", " + list.outcomeText(modelData.outcome)

            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.gapM
                spacing: Theme.gapM

                ColumnLayout {
                    id: entryColumn
                    spacing: Theme.gapXs
                    Layout.fillWidth: true
                    Label {
                        id: sessionLabel
                        objectName: "sessionDevice"
                        text: Format.text(list.joined([entry.modelData.browser, entry.modelData.device]), qsTr("Unknown device"))
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "sessionPlace"
                        text: Format.text(list.joined([entry.modelData.place, entry.modelData.ipAddress]), qsTr("Place unknown"))
                        color: Theme.secondaryText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "sessionLastActive"
                        text: qsTr("Last active %1").arg(Format.pastMoment(entry.modelData.lastActiveAt, Clock.now))
                        color: Theme.secondaryText
                        font.pointSize: Theme.smallPointSize
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "sessionProblem"
                        visible: text.length > 0
                        text: Format.text(entry.modelData.problem, "")
                        color: Theme.toneForeground("danger")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Badge {
                    objectName: "sessionOutcome"
                    text: list.outcomeText(entry.modelData.outcome)
                    tone: list.outcomeTone(entry.modelData.outcome)
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }
}

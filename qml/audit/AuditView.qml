// SPDX-License-Identifier: MIT
// View > Audit…: walks the whole instance and lists what looks wrong, grouped by kind with
// counts, with progress, Cancel and Resume, and Export to CSV or JSON lines. Clicking a finding
// asks the window to select that number (findingActivated). The logic is AuditRun's.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PhoneDesk

Pane {
    id: view

    // The audit: an AuditRun on the window's list model.
    property AuditRun auditRun: null
    readonly property AuditFindingModel findings: auditRun ? auditRun.findings : null
    // The instance the audit reads, in words.
    required property string instanceLabel

    signal findingActivated(string userId, string phoneNumberId)

    objectName: "auditView"
    padding: Theme.gapXl

    FileDialog {
        id: exportDialog
        property string format: "csv"
        title: format === "csv" ? qsTr("Export findings as CSV (only your account can read the file)")
                                : qsTr("Export findings as JSON lines (only your account can read the file)")
        fileMode: FileDialog.SaveFile
        nameFilters: format === "csv" ? [qsTr("CSV files (*.csv)")] : [qsTr("JSON lines (*.jsonl)")]
        defaultSuffix: format
        onAccepted: {
            const error = view.auditRun.exportTo(selectedFile, format)
            //: %1 is the file's path
            exportStatus.text = error.length > 0 ? error
                                                 : qsTr("Exported to %1; only your account can read the file (0600).")
                                                       .arg(selectedFile.toString().replace("file://", ""))
            exportStatus.failed = error.length > 0
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gapL

        Label {
            text: qsTr("Instance audit")
            font.pointSize: Theme.titlePointSize
            font.weight: Font.DemiBold
        }
        Label {
            //: %1 is the instance: its host name or "Demo sandbox on this computer"
            text: qsTr("Reads every user of %1 and lists numbers not in E.164 form or not valid, "
                       + "the same number on different users, 2FA without a usable factor, second factors on banned or "
                       + "locked users, codes left pending or expired, and primary ids that name no number.").arg(view.instanceLabel)
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true

            Button {
                objectName: "auditStartButton"
                text: view.auditRun && (view.auditRun.complete || view.auditRun.canResume) ? qsTr("Run again") : qsTr("Run audit")
                highlighted: !(view.auditRun && view.auditRun.running)
                enabled: view.auditRun !== null && !view.auditRun.running
                Accessible.name: text
                onClicked: view.auditRun.start()
            }
            Button {
                objectName: "auditCancelButton"
                text: qsTr("Cancel")
                visible: view.auditRun !== null && view.auditRun.running
                Accessible.name: qsTr("Cancel the audit")
                onClicked: view.auditRun.cancel()
            }
            Button {
                objectName: "auditResumeButton"
                text: qsTr("Resume")
                visible: view.auditRun !== null && view.auditRun.canResume
                Accessible.name: qsTr("Resume the audit where it stopped")
                onClicked: view.auditRun.resume()
            }
            Label {
                //: Before the number of days of the audit's stale-code rule: "… for more than [7] days"
                text: qsTr("Pending or expired for more than")
            }
            SpinBox {
                id: pendingAge
                objectName: "auditPendingAge"
                from: 0
                to: 3650
                value: view.auditRun ? view.auditRun.pendingAgeDays : 7
                enabled: view.auditRun !== null && !view.auditRun.running
                Accessible.name: qsTr("Pending age in days")
                Accessible.description: qsTr("A code pending or expired for longer than this many days is a finding")
                onValueModified: view.auditRun.pendingAgeDays = value
            }
            Label {
                //: After the number of days of the audit's stale-code rule: "… for more than [7] days"
                text: qsTr("day(s)", "", pendingAge.value)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "auditExportCsvButton"
                text: qsTr("Export CSV…")
                enabled: view.findings !== null && view.findings.count > 0
                Accessible.name: qsTr("Export the findings as CSV…")
                onClicked: { exportDialog.format = "csv"; exportDialog.open() }
            }
            Button {
                objectName: "auditExportJsonlButton"
                text: qsTr("Export JSONL…")
                enabled: view.findings !== null && view.findings.count > 0
                Accessible.name: qsTr("Export the findings as JSON lines…")
                onClicked: { exportDialog.format = "jsonl"; exportDialog.open() }
            }
        }

        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            ProgressBar {
                objectName: "auditProgress"
                from: 0
                to: 1
                value: view.auditRun ? view.auditRun.progress : 0
                indeterminate: view.auditRun !== null && view.auditRun.running && view.auditRun.totalUsers < 0
                Accessible.name: qsTr("Audit progress")
                Layout.preferredWidth: Theme.progressWidth * 2
            }
            Label {
                objectName: "auditStatus"
                text: view.auditRun ? view.auditRun.status : ""
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        ErrorNotice {
            objectName: "auditError"
            title: qsTr("The audit stopped")
            message: view.auditRun ? view.auditRun.error : ""
        }
        Label {
            id: exportStatus
            property bool failed: false
            objectName: "auditExportStatus"
            visible: text.length > 0
            color: failed ? Theme.toneForeground("danger") : Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // The groups and their counts at a glance.
        Flow {
            objectName: "auditGroups"
            spacing: Theme.gapM
            Layout.fillWidth: true
            Repeater {
                model: view.findings ? view.findings.groups : []
                delegate: Badge {
                    required property var modelData
                    //: A group of findings and how many it has: "Not in E.164 form: 3"
                    text: qsTr("%1: %2").arg(modelData.title).arg(Number(modelData.count).toLocaleString(Qt.locale(), "f", 0))
                    tone: "warning"
                }
            }
        }

        Rectangle {
            color: Theme.base
            border.color: Theme.separator
            radius: Theme.radius
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "auditFindingList"
                Accessible.name: qsTr("Findings")
                Accessible.role: Accessible.List
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: view.findings
                reuseItems: true
                currentIndex: -1
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                section.property: "group"
                section.criteria: ViewSection.FullString
                section.delegate: Rectangle {
                    required property string section
                    width: ListView.view.width
                    implicitHeight: sectionLabel.implicitHeight + 2 * Theme.gapM
                    color: Theme.alternateBase
                    Label {
                        id: sectionLabel
                        objectName: "auditSection"
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.gapL
                        text: parent.section
                        font.weight: Font.DemiBold
                    }
                }
                delegate: ItemDelegate {
                    id: findingDelegate
                    required property int index
                    required property string userId
                    required property string userName
                    required property string phoneNumberId
                    required property string phoneNumber
                    required property string explanation
                    objectName: "auditFinding"
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    Accessible.name: [userName, phoneNumber, explanation].filter(part => part.length > 0).join(", ")
                    contentItem: ColumnLayout {
                        spacing: Theme.gapXs
                        Label {
                            text: (findingDelegate.phoneNumber.length > 0 ? findingDelegate.phoneNumber + "  ·  " : "")
                                  + findingDelegate.userName + "  ·  " + findingDelegate.userId
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: findingDelegate.explanation
                            color: Theme.secondaryText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    onClicked: {
                        list.currentIndex = index
                        view.findingActivated(userId, phoneNumberId)
                    }
                }
                Keys.onReturnPressed: {
                    if (currentItem)
                        currentItem.clicked()
                }

                Label {
                    objectName: "auditEmpty"
                    anchors.centerIn: parent
                    visible: list.count === 0
                    color: Theme.secondaryText
                    text: !view.auditRun || (!view.auditRun.running && !view.auditRun.complete)
                          ? qsTr("Run the audit to see what needs attention.")
                          : view.auditRun.complete ? qsTr("Nothing found: every user looks right.") : qsTr("Nothing found so far…")
                }
            }
        }
    }
}

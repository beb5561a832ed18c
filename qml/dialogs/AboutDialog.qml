// SPDX-License-Identifier: MIT
// Help › About PhoneDesk: what an agent quotes in a ticket — PhoneDesk's version, the Qt it runs
// on, the system — with a button that copies exactly that; the licence and the project's page.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    // The system by its usual name; Qt's own for one not listed.
    readonly property string platformName: ({ "linux": "Linux", "windows": "Windows", "osx": "macOS" })[Qt.platform.os] // untranslated: names of systems
                                           || Qt.platform.os
    // One line with everything a bug report needs, as "Copy details" puts it on the clipboard: in
    // English whatever the window's language, so that whoever reads the report reads it alike.
    readonly property string details: "PhoneDesk " + AppInfo.version + " (Qt " + AppInfo.qtVersion // untranslated: bug report line
                                      + ", built with Qt " + AppInfo.builtWithQtVersion + ", " + platformName + ")" // untranslated: bug report line

    objectName: "aboutDialog"
    title: qsTr("About PhoneDesk")
    preferredWidth: 460
    // Nothing to lose here: Escape and a click outside close it.
    closesOnClickOutside: true

    onOpened: closeButton.forceActiveFocus(Qt.TabFocusReason)

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        RowLayout {
            spacing: Theme.gapXl
            Layout.fillWidth: true

            Image {
                objectName: "aboutIcon"
                source: "qrc:/PhoneDesk/AppIcon-128.png"
                sourceSize.width: 64
                sourceSize.height: 64
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            ColumnLayout {
                spacing: Theme.gapXs
                Layout.fillWidth: true

                Label {
                    objectName: "aboutTitle"
                    text: "PhoneDesk " + AppInfo.version // untranslated: the program's name
                    font.pointSize: Theme.titlePointSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("The support console for the phone numbers of a Clerk instance.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        GridLayout {
            columns: 2
            columnSpacing: Theme.gapL
            rowSpacing: Theme.gapS
            Layout.fillWidth: true

            Label { text: qsTr("Version"); color: Theme.secondaryText }
            Label {
                objectName: "aboutVersion"
                text: AppInfo.version
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: qsTr("Qt"); color: Theme.secondaryText }
            Label {
                objectName: "aboutQtVersion"
                // The libraries loaded now; the build's when they differ.
                text: AppInfo.qtVersion === AppInfo.builtWithQtVersion
                      ? AppInfo.qtVersion
                      : qsTr("%1 (built with %2)").arg(AppInfo.qtVersion).arg(AppInfo.builtWithQtVersion)
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: qsTr("System"); color: Theme.secondaryText }
            Label {
                objectName: "aboutPlatform"
                text: dialog.platformName
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: qsTr("Licence"); color: Theme.secondaryText }
            Label {
                objectName: "aboutLicence"
                text: qsTr("%1: free to use, change and share, without warranty.").arg(AppInfo.licence)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Project"); color: Theme.secondaryText }
            Label {
                objectName: "aboutHomepage"
                text: "<a href=\"" + AppInfo.homepage + "\">" + String(AppInfo.homepage).replace(/^https:\/\//, "") + "</a>" // untranslated: link markup
                textFormat: Text.StyledText
                linkColor: Theme.highlight
                Layout.fillWidth: true
                Accessible.name: qsTr("Project page %1").arg(AppInfo.homepage)
                onLinkActivated: (link) => Qt.openUrlExternally(link)
                HoverHandler {
                    cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                }
            }
        }
    }

    buttons: [
        Button {
            id: copyButton
            objectName: "aboutCopyButton"
            // Says it worked until the dialog closes.
            property bool copied: false
            text: copied ? qsTr("Copied") : qsTr("Copy details")
            Accessible.name: qsTr("Copy the version details for a ticket")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                Workspace.copyToClipboard(dialog.details)
                copied = true
            }
        },
        Button {
            id: closeButton
            objectName: "aboutCloseButton"
            text: qsTr("Close")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.close()
        }
    ]
}

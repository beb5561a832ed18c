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
    readonly property string platformName: ({ "linux": "Linux", "windows": "Windows", "osx": "macOS" })[Qt.platform.os]
                                           || Qt.platform.os
    // One line with everything a bug report needs, as "Copy details" puts it on the clipboard.
    readonly property string details: "PhoneDesk " + AppInfo.version + " (Qt " + AppInfo.qtVersion
                                      + ", built with Qt " + AppInfo.builtWithQtVersion + ", " + platformName + ")"

    objectName: "aboutDialog"
    title: "About PhoneDesk"
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
                    text: "PhoneDesk " + AppInfo.version
                    font.pointSize: Theme.titlePointSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    text: "The support console for the phone numbers of a Clerk instance."
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

            Label { text: "Version"; color: Theme.secondaryText }
            Label {
                objectName: "aboutVersion"
                text: AppInfo.version
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: "Qt"; color: Theme.secondaryText }
            Label {
                objectName: "aboutQtVersion"
                // The libraries loaded now; the build's when they differ.
                text: AppInfo.qtVersion === AppInfo.builtWithQtVersion
                      ? AppInfo.qtVersion
                      : AppInfo.qtVersion + " (built with " + AppInfo.builtWithQtVersion + ")"
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: "System"; color: Theme.secondaryText }
            Label {
                objectName: "aboutPlatform"
                text: dialog.platformName
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label { text: "Licence"; color: Theme.secondaryText }
            Label {
                objectName: "aboutLicence"
                text: AppInfo.licence + ": free to use, change and share, without warranty."
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label { text: "Project"; color: Theme.secondaryText }
            Label {
                objectName: "aboutHomepage"
                text: "<a href=\"" + AppInfo.homepage + "\">" + String(AppInfo.homepage).replace(/^https:\/\//, "") + "</a>"
                textFormat: Text.StyledText
                linkColor: Theme.highlight
                Layout.fillWidth: true
                Accessible.name: "Project page " + AppInfo.homepage
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
            text: copied ? "Copied" : "Copy details"
            Accessible.name: "Copy the version details for a ticket"
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                Workspace.copyToClipboard(dialog.details)
                copied = true
            }
        },
        Button {
            id: closeButton
            objectName: "aboutCloseButton"
            text: "Close"
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.close()
        }
    ]
}

// SPDX-License-Identifier: MIT
// Which Clerk instance the window works on. Lists the saved profiles (add, rename, delete with a
// question), edits the chosen one's API URL and read-only switch, takes its secret key in a masked
// field (saved to the system keychain, or kept for this session only when there is none), tests
// a URL and key with GET /users/count, connects the window to the profile, or to the demo sandbox.
// Needs nothing set: it works on the Workspace singleton and PhoneDesk's own settings. Keys stay
// in the masked field until saved or used, and the field is emptied then.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ModalDialog {
    id: dialog

    readonly property alias profiles: profiles
    readonly property alias editor: editor
    readonly property alias tester: tester
    readonly property alias keyField: keyField
    readonly property alias nameDialog: nameDialog
    readonly property alias deleteDialog: deleteDialog
    property int currentRow: -1
    readonly property bool hasCurrent: editor.hasProfile
    readonly property string typedKey: keyField.text.trim()
    readonly property bool urlEdited: editor.apiUrlEdited
    // Input that closing would lose.
    readonly property bool dirty: typedKey.length > 0 || urlEdited
    readonly property bool keychainMissing: editor.keychainState === "unavailable"
    readonly property string keyEnvironment: editor.environmentOfKey(keyField.text)

    objectName: "connectionDialog"
    title: qsTr("Connections")
    titleName: "connectionTitle"
    preferredWidth: 820
    // Close, Escape: closes at once, asks first with a pasted key or a changed URL.
    hasUnsentInput: dirty
    covered: nameDialog.visible || deleteDialog.visible
    discardTitle: qsTr("Close without saving?")
    discardMessage: [typedKey.length > 0 ? qsTr("The key you pasted is neither saved nor in use; it will be forgotten.") : "",
                     urlEdited ? qsTr("The changed API URL is not saved.") : ""].filter(part => part.length > 0).join(" ")
    discardQuestionName: "discardConnectionDialog"
    discardButtonName: "discardConnectionButton"
    keepButtonName: "keepConnectionButton"
    onDiscarded: keyField.clear()

    ProfileListModel {
        id: profiles
        workspace: Workspace
        // A profile may have been renamed or removed: keep the one the agent chose, by id.
        onModelReset: dialog.selectId(editor.profileId)
        onActivated: keyField.clear()
    }
    ProfileEditor {
        id: editor
        profiles: profiles
        onKeyStored: keyField.clear()
    }
    ConnectionTest {
        id: tester
    }

    function selectRow(row) {
        currentRow = row
        editor.profileId = row >= 0 ? profiles.get(row).id : ""
        keyField.clear()
        tester.clear()
    }
    function selectId(id) {
        const row = profiles.rowOfId(id)
        if (row >= 0)
            currentRow = row
        else
            selectRow(profiles.count > 0 ? 0 : -1)
    }
    Component.onCompleted: {
        const row = profiles.rowOfId(profiles.activeProfileId)
        selectRow(row >= 0 ? row : (profiles.count > 0 ? 0 : -1))
    }

    // With the pasted key; without one, with the profile's stored key, which stays in C++.
    function testNow() {
        if (typedKey.length > 0)
            tester.testConnection(hasCurrent ? urlField.text : Workspace.apiUrl, keyField.text,
                                  hasCurrent ? editor.name : "")
        else if (hasCurrent)
            editor.testStoredKey(tester)
    }
    function saveNow() {
        editor.save(keyField.text)
    }

    buttons: [
        Button {
            objectName: "tryDemoButton"
            text: qsTr("Try the demo")
            enabled: !profiles.busy
            Accessible.name: qsTr("Try the demo sandbox with made-up users")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (profiles.useDemo())
                    dialog.close()
            }
        },
        Button {
            objectName: "connectionCloseButton"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gapL

        Label {
            objectName: "currentConnectionLine"
            text: Workspace.demo ? qsTr("Now: the demo sandbox on this computer (made-up users)")
                  //: %1 is the profile's name, %2 its API URL
                  : Workspace.profileName.length > 0 ? qsTr("Now: \u201c%1\u201d at %2").arg(Workspace.profileName).arg(Workspace.apiUrl)
                  //: The window runs on the key in the environment variable CLERK_SECRET_KEY; %1 is the API URL
                  : qsTr("Now: CLERK_SECRET_KEY at %1").arg(Workspace.apiUrl)
            color: Theme.secondaryText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        EditNotice {
            objectName: "keychainNotice"
            tone: "warning"
            title: qsTr("No system keychain")
            //: %1 is the keychain's problem, a sentence of its own
            message: qsTr("%1 Keys cannot be saved on this computer: use a key for this session only (it is forgotten when "
                          + "PhoneDesk quits), or start PhoneDesk with CLERK_SECRET_KEY set. PhoneDesk never writes a key to a file.")
                     .arg(editor.keychainProblem)
            visible: dialog.keychainMissing
        }

        RowLayout {
            spacing: Theme.gapXl
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The profiles.
            ColumnLayout {
                spacing: Theme.gapM
                Layout.preferredWidth: 240
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop

                Label {
                    text: qsTr("Profiles")
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    color: Theme.base
                    border.color: Theme.separator
                    radius: Theme.radius
                    Layout.fillWidth: true
                    Layout.preferredHeight: 220
                    Layout.fillHeight: true

                    ListView {
                        id: profileList
                        objectName: "profileList"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: profiles
                        currentIndex: dialog.currentRow
                        keyNavigationEnabled: true
                        Accessible.name: qsTr("Profiles")
                        Accessible.role: Accessible.List

                        delegate: ItemDelegate {
                            id: entry
                            required property int index
                            required property string name
                            required property bool active
                            required property bool readOnly
                            width: ListView.view.width
                            highlighted: ListView.isCurrentItem
                            Accessible.name: [name, active ? qsTr("connected") : "", readOnly ? qsTr("read-only") : ""]
                                             .filter(part => part.length > 0).join(", ")
                            onClicked: dialog.selectRow(index)
                            contentItem: RowLayout {
                                spacing: Theme.gapS
                                Label {
                                    text: entry.name
                                    font.weight: entry.active ? Font.DemiBold : Font.Normal
                                    color: entry.highlighted ? Theme.highlightedText : Theme.text
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Badge {
                                    text: qsTr("Read-only")
                                    visible: entry.readOnly
                                }
                                Badge {
                                    text: qsTr("In use")
                                    tone: "success"
                                    visible: entry.active
                                }
                            }
                        }

                        Label {
                            objectName: "noProfilesLabel"
                            anchors.fill: parent
                            anchors.margins: Theme.gapL
                            visible: profiles.count === 0
                            text: qsTr("No profiles yet. Add one for each Clerk instance you support.")
                            color: Theme.secondaryText
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                RowLayout {
                    spacing: Theme.gapS
                    Button {
                        objectName: "addProfileButton"
                        text: qsTr("Add…")
                        enabled: !profiles.busy
                        Accessible.name: qsTr("Add a profile…")
                        onClicked: {
                            nameDialog.adding = true
                            nameDialog.open()
                        }
                    }
                    Button {
                        objectName: "renameProfileButton"
                        text: qsTr("Rename…")
                        enabled: dialog.hasCurrent && !profiles.busy
                        Accessible.name: qsTr("Rename the profile…")
                        onClicked: {
                            nameDialog.adding = false
                            nameDialog.open()
                        }
                    }
                    Button {
                        objectName: "deleteProfileButton"
                        text: qsTr("Delete…")
                        enabled: dialog.hasCurrent && !profiles.busy
                        Accessible.name: qsTr("Delete the profile…")
                        Accessible.description: qsTr("Asks first; removes the profile and its key from the system keychain")
                        onClicked: deleteDialog.open()
                    }
                }
            }

            // The chosen profile.
            ColumnLayout {
                spacing: Theme.gapM
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop

                Label {
                    objectName: "profileTitle"
                    text: dialog.hasCurrent ? editor.name : qsTr("Test a key without saving it")
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("API URL")
                    visible: dialog.hasCurrent
                }
                TextField {
                    id: urlField
                    objectName: "apiUrlInput"
                    visible: dialog.hasCurrent
                    enabled: !profiles.busy
                    text: editor.apiUrl
                    Accessible.name: qsTr("API URL")
                    Accessible.description: qsTr("The Backend API's address, e.g. https://api.clerk.com/v1")
                    Layout.fillWidth: true
                    onTextChanged: {
                        editor.apiUrl = text
                        tester.clear()
                    }
                }
                Label {
                    objectName: "apiUrlProblem"
                    text: dialog.hasCurrent ? editor.apiUrlProblem : ""
                    visible: text.length > 0
                    color: Theme.toneForeground("danger")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Switch {
                    objectName: "readOnlySwitch"
                    visible: dialog.hasCurrent
                    enabled: !profiles.busy
                    text: qsTr("Read-only: hide and block every change to accounts")
                    checked: dialog.hasCurrent && editor.readOnly
                    Accessible.name: qsTr("Read-only")
                    Accessible.description: qsTr("Hides and blocks every change to accounts from the next connect")
                    onToggled: editor.readOnly = checked
                }
                JournalRetentionField {
                    objectName: "journalRetentionField"
                    visible: dialog.hasCurrent
                    editor: dialog.editor
                    busy: profiles.busy
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Secret key")
                }
                SecretKeyField {
                    id: keyField
                    objectName: "secretKeyField"
                    enabled: !profiles.busy
                    placeholderText: dialog.hasCurrent ? (editor.sessionKey ? qsTr("Kept for this session; paste a new key to replace it")
                                                                            : qsTr("Paste the key (sk_live_… or sk_test_…)"))
                                                       : qsTr("Paste a key to test it against the API URL in use")
                    Layout.fillWidth: true
                    onTextChanged: tester.clear()
                }
                Label {
                    objectName: "keyKindLabel"
                    visible: dialog.keyEnvironment.length > 0
                    text: dialog.keyEnvironment === "production"
                          ? qsTr("Production key: changes reach real users.")
                          : qsTr("Development key (sk_test_).")
                    color: dialog.keyEnvironment === "production" ? Theme.toneForeground("danger") : Theme.secondaryText
                    font.weight: dialog.keyEnvironment === "production" ? Font.DemiBold : Font.Normal
                }

                Flow {
                    spacing: Theme.gapM
                    Layout.fillWidth: true
                    Button {
                        objectName: "testConnectionButton"
                        text: tester.running ? qsTr("Testing…") : qsTr("Test connection")
                        enabled: !tester.running && !profiles.busy && (dialog.typedKey.length > 0 || dialog.hasCurrent)
                        Accessible.name: dialog.typedKey.length > 0 ? qsTr("Test the pasted key") : qsTr("Test the stored key")
                        Accessible.description: qsTr("Asks the instance for its user count; nothing is saved")
                        onClicked: dialog.testNow()
                    }
                    Button {
                        objectName: "saveKeyButton"
                        text: qsTr("Save")
                        visible: dialog.hasCurrent
                        enabled: !profiles.busy && !dialog.keychainMissing && dialog.dirty
                                 && editor.apiUrlProblem.length === 0
                        Accessible.name: qsTr("Save the API URL and the key in the system keychain")
                        onClicked: dialog.saveNow()
                    }
                    Button {
                        objectName: "sessionKeyButton"
                        text: qsTr("Use for this session only")
                        Accessible.description: qsTr("Keeps the key until PhoneDesk quits, without saving it")
                        visible: dialog.hasCurrent && dialog.keychainMissing
                        enabled: !profiles.busy && dialog.typedKey.length > 0
                        onClicked: editor.keepKeyForSession(keyField.text)
                    }
                    Button {
                        objectName: "connectButton"
                        text: qsTr("Connect")
                        highlighted: true
                        visible: dialog.hasCurrent
                        enabled: !profiles.busy && !dialog.urlEdited
                        Accessible.name: qsTr("Connect the window to this profile")
                        // The dialog closes once the window switched (see onActivated).
                        onClicked: profiles.activate(dialog.currentRow, keyField.text)
                    }
                }

                RowLayout {
                    objectName: "connectionBusy"
                    visible: tester.running || profiles.busy
                    spacing: Theme.gapM
                    BusyIndicator {
                        running: parent.visible
                        implicitWidth: 24
                        implicitHeight: 24
                    }
                    Label {
                        text: tester.running ? qsTr("Asking the instance for its user count…") : qsTr("Waiting for the system keychain…")
                        color: Theme.secondaryText
                    }
                }
                EditNotice {
                    objectName: "testOutcome"
                    visible: tester.outcome.length > 0
                    tone: tester.kind === "ok" ? "success" : "danger"
                    title: tester.kind === "ok" ? qsTr("Connection works") : qsTr("Connection failed")
                    message: tester.outcome
                }
                ErrorNotice {
                    objectName: "profileError"
                    title: qsTr("Not done")
                    message: profiles.error
                }
                Label {
                    objectName: "profileNotice"
                    visible: profiles.notice.length > 0 && profiles.error.length === 0
                    text: profiles.notice
                    color: Theme.toneForeground("success")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "environmentKeyNote"
                    visible: profiles.environmentKeySet
                    text: qsTr("CLERK_SECRET_KEY is set: PhoneDesk starts on it, as is, and never saves it.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    // A connect that waited for the keychain closes the dialog once the window switched.
    Connections {
        target: profiles
        function onActivated() {
            if (dialog.opened)
                dialog.close()
        }
    }

    ProfileNameDialog {
        id: nameDialog
        objectName: "profileNameDialog"
        property bool adding: true
        title: adding ? qsTr("Add a profile") : qsTr("Rename \u201c%1\u201d").arg(editor.name)
        actionText: adding ? qsTr("Add") : qsTr("Rename")
        askUrl: adding
        initialName: adding ? "" : editor.name
        initialUrl: "https://api.clerk.com/v1" // untranslated: a URL
        problemOf: function(name, url) {
            const nameProblem = profiles.nameProblem(name, adding ? -1 : dialog.currentRow)
            if (nameProblem.length > 0 || !adding)
                return nameProblem
            return profiles.apiUrlProblem(url)
        }
        onSubmitted: (name, url) => {
            if (adding) {
                const row = profiles.addProfile(name, url)
                if (row >= 0)
                    dialog.selectRow(row)
            } else {
                profiles.renameProfile(dialog.currentRow, name)
            }
        }
    }

    DiscardQuestion {
        id: deleteDialog
        objectName: "deleteProfileDialog"
        title: qsTr("Delete the profile \u201c%1\u201d?").arg(editor.name)
        message: editor.active
                 ? qsTr("Its name and URL are removed, and its key is removed from the system keychain. The window stays connected until you connect elsewhere.")
                 : qsTr("Its name and URL are removed, and its key is removed from the system keychain.")
        discardText: qsTr("Delete")
        keepText: qsTr("Keep")
        discardButtonName: "confirmDeleteButton"
        keepButtonName: "keepProfileButton"
        onDiscardChosen: profiles.removeProfile(dialog.currentRow)
    }
}

// SPDX-License-Identifier: MIT
// The production check of every dialog that changes an account. On a production instance (an
// sk_live_ key) it shows which instance the change reaches, by profile name and host, and holds
// the dialog's send button until the agent confirms: by ticking "I am changing production
// instance …" or, for the changes that cannot be undone (delete, replace all, MFA reset), by
// typing the phone number or the user id. On any other instance it shows nothing and `confirmed`
// is always true, so dialogs can bind their buttons to it unconditionally.
// The dialog puts it among its inputs, binds its send button's `enabled` to `confirmed`, and calls
// reset() when it opens. The environment and instance come from Workspace; a test may set them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: guard

    // "production" turns the guard on; bound to the connection by default.
    property string environment: Workspace.environment
    // How the instance is named to the agent: the profile's name and the API host.
    property string profileName: Workspace.profileName
    property string host: Workspace.instanceLabel
    readonly property string instanceName: profileName.length > 0
                                           ? (host.length > 0 ? profileName + " (" + host + ")" : profileName)
                                           : host
    // What the agent must type, in any of these spellings (e.g. the number as shown and in
    // E.164); empty for a tick box instead.
    property var typedConfirmation: []
    // What the typed text is, in words, translated: "the phone number", "the user id".
    property string typedName
    // Where the keyboard goes first when typing is asked.
    readonly property alias confirmField: typedField
    // Off while the request is in flight, like the dialog's other inputs.
    property bool inputEnabled: true

    readonly property bool active: environment === "production"
    readonly property bool typed: typedConfirmation.length > 0
    readonly property bool confirmed: !active || (typed ? typedMatches : tick.checked)
    readonly property bool typedMatches: {
        const given = guard.normalized(typedField.text)
        if (given.length === 0)
            return false
        for (let i = 0; i < typedConfirmation.length; ++i) {
            if (guard.normalized(typedConfirmation[i]) === given)
                return true
        }
        return false
    }

    // The same number or id however it was spaced or punctuated: "+1 (555) 010-0100" and
    // "+15550100100" match; letters and digits must all be there.
    function normalized(value) {
        return String(value === undefined || value === null ? "" : value).replace(/[\s\-().\u00a0]/g, "")
    }
    // Each opening asks again.
    function reset() {
        tick.checked = false
        typedField.clear()
    }

    visible: active
    spacing: Theme.gapM
    Layout.fillWidth: true

    EditNotice {
        objectName: "productionNotice"
        tone: "danger"
        title: qsTr("Production instance: %1").arg(guard.instanceName)
        message: guard.typed
                 ? qsTr("This change reaches a real user's account at once. To go ahead, type %1 below.").arg(guard.typedName)
                 : qsTr("This change reaches a real user's account at once. To go ahead, confirm that you mean this instance.")
    }

    CheckBox {
        id: tick
        objectName: "productionConfirmBox"
        visible: !guard.typed
        enabled: guard.inputEnabled
        text: qsTr("I am changing production instance %1").arg(guard.instanceName)
        Layout.fillWidth: true
        contentItem: Label {
            leftPadding: tick.indicator.width + tick.spacing
            text: tick.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    Label {
        objectName: "productionConfirmLabel"
        visible: guard.typed
        text: guard.typed ? qsTr("Type %1, %2, to confirm").arg(guard.typedName).arg(String(guard.typedConfirmation[0])) : ""
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: typedField
        objectName: "productionConfirmField"
        visible: guard.typed
        enabled: guard.inputEnabled
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Type %1 to confirm the change on production").arg(guard.typedName)
        Accessible.description: guard.typed ? qsTr("Expected: %1").arg(String(guard.typedConfirmation[0])) : ""
        Layout.fillWidth: true
    }
    Label {
        objectName: "productionConfirmMismatch"
        visible: guard.typed && typedField.text.length > 0 && !guard.typedMatches
        text: qsTr("This is not %1 of this change.").arg(guard.typedName)
        color: Theme.toneForeground("danger")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}

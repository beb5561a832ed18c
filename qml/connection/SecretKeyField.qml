// SPDX-License-Identifier: MIT
// A secret key's input: masked, with a Show toggle that masks it again by itself after a few
// seconds, so that a key left revealed does not stay on screen (or in a screenshot).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

RowLayout {
    id: field

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    readonly property bool revealed: input.echoMode === TextInput.Normal
    // How long a revealed key stays readable.
    property int revealMilliseconds: 5000

    function clear() {
        input.clear()
        mask()
    }
    function mask() {
        input.echoMode = TextInput.Password
        remask.stop()
    }
    function reveal() {
        input.echoMode = TextInput.Normal
        remask.restart()
    }
    function focusInput() { input.forceActiveFocus() }

    spacing: Theme.gapS

    TextField {
        id: input
        objectName: "secretKeyInput"
        echoMode: TextInput.Password
        // Keys are pasted, never guessed at: no completion, no spell checking.
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        selectByMouse: true
        font.family: "monospace"
        Accessible.name: qsTr("Secret key")
        Accessible.description: qsTr("The instance's secret key, sk_live_… or sk_test_…; shown masked")
        Layout.fillWidth: true
    }
    Button {
        objectName: "revealKeyButton"
        text: field.revealed ? qsTr("Hide") : qsTr("Show")
        enabled: input.text.length > 0 || field.revealed
        Accessible.name: field.revealed ? qsTr("Hide the key") : qsTr("Show the key for a few seconds")
        onClicked: field.revealed ? field.mask() : field.reveal()
    }
    Timer {
        id: remask
        interval: field.revealMilliseconds
        onTriggered: field.mask()
    }
}

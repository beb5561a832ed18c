// SPDX-License-Identifier: MIT
// The question asked before a dialog drops what the agent typed or changed and has not sent.
// Keeping is the highlighted answer: a hurried Enter keeps the input. Escape and a click outside
// keep it too.
import QtQuick
import QtQuick.Controls
import PhoneDesk

DialogFrame {
    id: question

    // What dropping means, in a sentence.
    property string message
    property string discardText: qsTr("Discard")
    property string keepText: qsTr("Keep editing")
    // objectNames of the two buttons, for tests.
    property string discardButtonName: "discardButton"
    property string keepButtonName: "keepEditingButton"

    // The agent chose to drop the input; the question has closed.
    signal discardChosen()

    // Over the whole window, whatever it was declared in.
    parent: Overlay.overlay
    preferredWidth: 460
    wrapTitle: true
    closesOnClickOutside: true

    contentItem: Label {
        text: question.message
        wrapMode: Text.Wrap
    }
    buttons: [
        Button {
            objectName: question.discardButtonName
            text: question.discardText
            Accessible.description: question.message
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                question.close()
                question.discardChosen()
            }
        },
        Button {
            objectName: question.keepButtonName
            text: question.keepText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: question.close()
        }
    ]
}

// SPDX-License-Identifier: MIT
// The question asked before a dialog drops what the agent typed or changed and has not sent.
// Keeping is the highlighted answer: a hurried Enter keeps the input.
import QtQuick
import QtQuick.Controls
import PhoneDesk

Dialog {
    id: question

    // What dropping means, in a sentence.
    property string message
    property string discardText: "Discard"
    property string keepText: "Keep editing"
    // objectNames of the two buttons, for tests.
    property string discardButtonName: "discardButton"
    property string keepButtonName: "keepEditingButton"

    // The agent chose to drop the input; the question has closed.
    signal discardChosen()

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    Overlay.modal: ModalScrim {}
    width: Math.min(460, (parent ? parent.width : 460) - 2 * Theme.gapXxl)
    padding: Theme.gapXl

    header: Label {
        text: question.title
        font.pointSize: Theme.largePointSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        padding: Theme.gapXl
        bottomPadding: 0
    }
    contentItem: Label {
        text: question.message
        wrapMode: Text.Wrap
    }
    footer: DialogButtonBox {
        padding: Theme.gapXl
        Button {
            objectName: question.discardButtonName
            text: question.discardText
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                question.close()
                question.discardChosen()
            }
        }
        Button {
            objectName: question.keepButtonName
            text: question.keepText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: question.close()
        }
    }
}

// SPDX-License-Identifier: MIT
// The base of every dialog of the window: the DialogFrame, and the question it asks before
// unsent input is dropped (Escape, Cancel or Close while hasUnsentInput is set). A dialog
// declares only its content, buttons and what counts as unsent; Discard emits discarded(),
// where the dialog drops its draft, and closes.
import QtQuick
import QtQuick.Controls
import PhoneDesk

DialogFrame {
    id: dialog

    // The question, in words: what dropping loses, what the two answers say.
    property string discardTitle: qsTr("Discard what you typed?")
    property string discardMessage
    property string discardText: qsTr("Discard")
    property string keepText: qsTr("Keep editing")
    // objectNames of the question and its buttons, for tests.
    property string discardQuestionName: "discardDialog"
    property string discardButtonName: "discardButton"
    property string keepButtonName: "keepEditingButton"
    readonly property alias discardDialog: question

    discardQuestion: question

    DiscardQuestion {
        id: question
        // Over the whole window, as the dialog is: as a child it would otherwise go with the
        // content item each dialog replaces with its own, out of the window.
        parent: dialog.Overlay.overlay
        objectName: dialog.discardQuestionName
        title: dialog.discardTitle
        message: dialog.discardMessage
        discardText: dialog.discardText
        keepText: dialog.keepText
        discardButtonName: dialog.discardButtonName
        keepButtonName: dialog.keepButtonName
        onDiscardChosen: dialog.discard()
    }
}

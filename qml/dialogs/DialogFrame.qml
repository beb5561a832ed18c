// SPDX-License-Identifier: MIT
// The frame every dialog of the window shares: modal over a ModalScrim, centred, as wide as
// `preferredWidth` when the window has room, its title on top and its buttons at the bottom.
// Escape and the dialog's Cancel go through requestClose(): it closes at once, or, with unsent
// input, asks `discardQuestion` first (ModalDialog puts one there). A click outside closes only
// a dialog that has nothing to lose.
import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import PhoneDesk

Dialog {
    id: dialog

    // Something the agent typed or changed and has not sent: closing asks before dropping it.
    property bool hasUnsentInput: false
    // Closing waits (a request in flight that cannot be called back).
    property bool closeBlocked: false
    // A dialog of this one's is open on top of it: Escape belongs to that one.
    property bool covered: false
    // Nothing to lose: a click outside closes too.
    property bool closesOnClickOutside: false
    // The width when the window has room for it.
    property real preferredWidth: 560
    // The title's objectName, for tests; a long title wraps when wrapTitle is set, else it is cut.
    property string titleName
    property bool wrapTitle: false
    // The buttons at the bottom, in order.
    property alias buttons: buttonBox.contentData
    // What is asked before unsent input is dropped; without one, closing does not ask.
    property T.Popup discardQuestion: null

    // The agent chose to drop the unsent input; the dialog closes.
    signal discarded()

    // Escape, Cancel, Close: closes at once without unsent input, asks first with it.
    function requestClose() {
        if (closeBlocked)
            return
        if (hasUnsentInput && discardQuestion !== null)
            discardQuestion.open()
        else
            close()
    }
    // Drops the unsent input and closes.
    function discard() {
        discarded()
        close()
    }

    modal: true
    Overlay.modal: ModalScrim {}
    // Escape is the Shortcut's below, so that it can ask first.
    closePolicy: closesOnClickOutside ? Popup.CloseOnPressOutside : Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    // By the window's width: before the dialog is placed in it (a question inside a dialog) the
    // preferred one, so that wrapped text is not laid out at a width it never has.
    width: Overlay.overlay ? Math.min(preferredWidth, Overlay.overlay.width - 2 * Theme.gapXxl) : preferredWidth
    padding: Theme.gapXl

    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: dialog.opened && !dialog.covered && !(dialog.discardQuestion !== null && dialog.discardQuestion.visible)
        onActivated: dialog.requestClose()
    }

    header: Label {
        objectName: dialog.titleName
        text: dialog.title
        font.pointSize: Theme.largePointSize
        font.weight: Font.DemiBold
        elide: dialog.wrapTitle ? Text.ElideNone : Text.ElideRight
        wrapMode: dialog.wrapTitle ? Text.Wrap : Text.NoWrap
        padding: Theme.gapXl
        bottomPadding: 0
    }

    footer: DialogButtonBox {
        id: buttonBox
        padding: Theme.gapXl
        spacing: Theme.gapM
    }
}

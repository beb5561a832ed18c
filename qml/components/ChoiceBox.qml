// SPDX-License-Identifier: MIT
// A combo box that picks one of its items and is read by screen readers as one named control.
// The style's own shows its value in a disabled text field that AT-SPI lists as an entry of its
// own, without a name; here that field is left out of the accessibility tree, and the combo box's
// name and value speak for it. A text field still, so that implicitContentWidthPolicy works.
import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T

ComboBox {
    id: control

    contentItem: T.TextField {
        // Where and how the style's field draws the value, so that nothing moves.
        topPadding: 4
        bottomPadding: 4
        leftPadding: 4 - control.padding
        rightPadding: 4 - control.padding
        text: control.displayText
        enabled: false
        readOnly: true
        color: control.palette.buttonText
        font: control.font
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}

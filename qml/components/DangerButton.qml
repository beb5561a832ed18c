// SPDX-License-Identifier: MIT
// The button that makes a destructive change: red, never highlighted as the default, so that
// Enter does not reach it by accident; it takes focus only when clicked or tabbed to.
import QtQuick
import QtQuick.Controls
import PhoneDesk

Button {
    id: button

    highlighted: false
    focusPolicy: Qt.StrongFocus
    // One red for light and dark palettes: white on it reads at 6:1.
    palette.button: enabled ? "#b42318" : Theme.toneBackground("danger")
    palette.buttonText: enabled ? "#ffffff" : Theme.toneForeground("danger")
    font.weight: Font.DemiBold
    Accessible.name: text
}

// SPDX-License-Identifier: MIT
// A menu item that shows its action's shortcut at its right end, as desktop menus do ("Ctrl+E",
// "F5"): Qt 6.4's Fusion MenuItem shows none. FittedMenu makes one for each of its Actions and
// submenus. A screen reader reads the text without the mnemonic's "&", and the shortcut as the
// description, and can press it.
import QtQuick
import QtQuick.Controls
import PhoneDesk

MenuItem {
    id: item

    // The action's shortcut in the platform's words; "" for none.
    readonly property string shortcutText: item.action ? ShortcutText.nativeText(item.action.shortcut) : ""

    rightPadding: padding + (shortcutText.length > 0 ? shortcutLabel.implicitWidth + Theme.gapXxl : 0)

    Accessible.name: ShortcutText.withoutMnemonic(item.text)
    Accessible.description: shortcutText.length > 0 ? qsTr("Shortcut: %1").arg(shortcutText) : ""
    // A screen reader's "press" does nothing on a Qt 6.4 MenuItem by itself: run the action (the
    // item then closes the menu as on a click), or open the submenu.
    Accessible.onPressAction: {
        if (item.action)
            item.action.trigger()
        else
            item.triggered()
    }

    Label {
        id: shortcutLabel
        objectName: "shortcutLabel"
        x: item.mirrored ? item.padding : item.width - width - item.padding
        y: item.topPadding + (item.availableHeight - height) / 2
        visible: text.length > 0
        text: item.shortcutText
        font: item.font
        color: !item.enabled ? Theme.disabledText : item.highlighted ? item.palette.highlightedText : Theme.secondaryText
        // Part of the item's own name and description, not a second thing to read.
        Accessible.ignored: true
    }
}

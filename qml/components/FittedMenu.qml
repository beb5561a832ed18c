// SPDX-License-Identifier: MIT
// A menu as wide as its longest item: the style's fixed width cut long labels off
// ("Replace all of the user's nu…"). Its Actions and submenus show their shortcuts
// (ShortcutMenuItem).
import QtQuick
import QtQuick.Controls
import PhoneDesk

Menu {
    width: {
        let widest = 0
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (item)
                widest = Math.max(widest, item.implicitWidth)
        }
        return Math.max(implicitWidth, widest + leftPadding + rightPadding)
    }

    delegate: ShortcutMenuItem {}
}

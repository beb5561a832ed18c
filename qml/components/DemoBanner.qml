// SPDX-License-Identifier: MIT
// Says, on every screen of demo mode, that the users shown are made up.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Banner {
    objectName: "demoBanner"
    tone: "accent"
    Accessible.role: Accessible.StaticText
    Accessible.name: title.text + " " + detail.text

    Label {
        id: title
        text: "Demo data"
        color: Theme.toneForeground("accent")
        font.weight: Font.Bold
    }
    Label {
        id: detail
        text: "These users are made up and served by a sandbox inside PhoneDesk. Nothing here is a real Clerk instance. File › Connections… (Ctrl+Shift+O) opens yours."
        color: Theme.toneForeground("accent")
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
}

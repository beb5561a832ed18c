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
        text: qsTr("Demo data")
        color: Theme.toneForeground("accent")
        font.weight: Font.Bold
    }
    Label {
        id: detail
        //: The menu path names the File menu and its Connections… item
        text: qsTr("These users are made up and served by a sandbox inside PhoneDesk. Nothing here is a real Clerk instance. File › Connections… (%1) opens yours.")
              .arg("Ctrl+Shift+O")
        color: Theme.toneForeground("accent")
        elide: Text.ElideRight
        Layout.fillWidth: true
        // What does not fit is still there to read.
        ToolTip.visible: truncated && detailHover.hovered
        ToolTip.text: text
        HoverHandler { id: detailHover }
    }
}

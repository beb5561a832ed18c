// SPDX-License-Identifier: MIT
// What kind of instance the window works on, in words and colour: Demo, Development (an
// sk_test_ key) or Production (an sk_live_ key, in the strongest colour: changes reach real
// people). Nothing for a key of unknown kind.
import QtQuick
import QtQuick.Controls
import PhoneDesk

Rectangle {
    id: badge

    property bool demo: false
    property string environment // "development", "production" or ""

    readonly property string text: demo ? qsTr("Demo") : environment === "production" ? qsTr("Production")
                                 : environment === "development" ? qsTr("Development") : ""
    readonly property bool production: !demo && environment === "production"

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.gapM
    implicitHeight: label.implicitHeight + 2 * Theme.gapXs
    radius: Theme.radius
    // Production is filled with the danger colour itself, not a pastel: it must not blend in.
    color: production ? Theme.toneForeground("danger") : Theme.toneBackground(demo ? "accent" : "info")
    border.color: production ? Theme.toneForeground("danger") : Theme.toneBorder(demo ? "accent" : "info")
    border.width: 1

    Accessible.role: Accessible.StaticText
    //: %1 is the kind of instance: "Demo", "Production", "Development"
    Accessible.name: qsTr("%1 instance").arg(text)

    Label {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: badge.production ? (Theme.dark ? "#1a0000" : "#ffffff") : Theme.toneForeground(badge.demo ? "accent" : "info")
        font.pointSize: Theme.smallPointSize
        font.weight: Font.Bold
        font.capitalization: badge.production ? Font.AllUppercase : Font.MixedCase
    }
}

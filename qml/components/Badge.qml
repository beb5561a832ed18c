// SPDX-License-Identifier: MIT
// A small labelled pill. The label always says what the colour means: colour is never the only cue.
import QtQuick
import QtQuick.Controls
import PhoneDesk

Rectangle {
    id: badge

    property string text
    // One of Theme.tones: "success", "warning", "danger", "info", "neutral", "accent".
    property string tone: "neutral"
    // Outlined badges mark something to be aware of rather than a state.
    property bool outlined: false

    implicitWidth: label.implicitWidth + 2 * Theme.gapM
    implicitHeight: label.implicitHeight + 2 * Theme.gapXs
    radius: height / 2
    color: outlined ? "transparent" : Theme.toneBackground(tone)
    border.color: Theme.toneBorder(tone)
    border.width: 1

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: Theme.toneForeground(badge.tone)
        font.pointSize: Theme.smallPointSize
        font.weight: Font.DemiBold
    }
}

// SPDX-License-Identifier: MIT
// Spacing, type sizes and colours of the window, in one place. The palette follows the system
// unless the View menu forces light or dark; badge colours are chosen to read on either.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    // "system", "light" or "dark"; Main persists the choice.
    property string mode: "system"
    readonly property bool dark: mode === "dark" || (mode === "system" && system.window.hslLightness < 0.5)

    // Spacing steps: every gap and padding in the window is one of these.
    readonly property int gapXs: 2
    readonly property int gapS: 4
    readonly property int gapM: 8
    readonly property int gapL: 12
    readonly property int gapXl: 16
    readonly property int gapXxl: 24
    readonly property int radius: 4
    readonly property int accentBarWidth: 3

    // Type sizes relative to the desktop's font, so that a user's larger font scales everything.
    readonly property real basePointSize: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 10
    readonly property real smallPointSize: Math.max(7, basePointSize - 1)
    readonly property real largePointSize: basePointSize + 2
    readonly property real titlePointSize: basePointSize + 5

    // Widths that keep columns aligned between rows and between the detail pane's fields.
    readonly property int detailLabelWidth: 140
    readonly property int detailPanePreferredWidth: 480
    readonly property int detailPaneMinimumWidth: 380
    readonly property int listMinimumWidth: 480
    readonly property int numberColumnWidth: 250
    readonly property int badgeColumnWidth: 300
    readonly property int rowHeight: 60
    readonly property int progressWidth: 160

    // The platform's palette, what "system" mode shows.
    property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    property SystemPalette systemDisabled: SystemPalette { colorGroup: SystemPalette.Disabled }

    // The window palette for the current mode: Main binds its palette to these.
    readonly property color window: pick("#202225", "#efefef", system.window)
    readonly property color windowText: pick("#e4e6eb", "#1a1a1a", system.windowText)
    readonly property color base: pick("#17181a", "#ffffff", system.base)
    readonly property color alternateBase: pick("#1d1f22", "#f5f6f7", system.alternateBase)
    readonly property color text: pick("#e4e6eb", "#1a1a1a", system.text)
    readonly property color button: pick("#2c2f33", "#efefef", system.button)
    readonly property color buttonText: pick("#e4e6eb", "#1a1a1a", system.buttonText)
    readonly property color highlight: pick("#3d7bd9", "#308cc6", system.highlight)
    readonly property color highlightedText: pick("#ffffff", "#ffffff", system.highlightedText)
    readonly property color light: pick("#3a3d42", "#ffffff", system.light)
    readonly property color midlight: pick("#33363b", "#cacaca", system.midlight)
    readonly property color mid: pick("#25272b", "#b8b8b8", system.mid)
    readonly property color shadowColor: pick("#0b0c0d", "#767676", system.shadow)
    readonly property color darkColor: pick("#141517", "#9f9f9f", system.dark)
    readonly property color placeholderText: pick("#8a8f98", "#80808a", system.placeholderText)
    readonly property color disabledText: pick("#6b7078", "#9a9a9a", systemDisabled.text)

    // Secondary text (emails, regions, field names): readable, but quieter than values.
    readonly property color secondaryText: dark ? "#a9afba" : "#5b6270"
    readonly property color separator: dark ? "#34373d" : "#d8dbe0"
    readonly property color selectedRow: Qt.rgba(highlight.r, highlight.g, highlight.b, dark ? 0.28 : 0.16)
    readonly property color hoveredRow: Qt.rgba(highlight.r, highlight.g, highlight.b, dark ? 0.12 : 0.07)
    // Laid over the window behind a modal dialog.
    readonly property color scrim: dark ? Qt.rgba(0, 0, 0, 0.55) : Qt.rgba(0.05, 0.07, 0.1, 0.35)
    readonly property color sectionBackground: dark ? "#1b1d20" : "#f8f9fa"

    // Badge tones: background, text and border per tone, for light and dark palettes.
    // Text on its background has a contrast of at least 4.5:1 in both.
    readonly property var tones: ({
        "success": { "light": ["#e3f4e8", "#1b6b34", "#9fd4ae"], "dark": ["#16331f", "#8ddba3", "#2f6b42"] },
        "warning": { "light": ["#fff1d6", "#7a4900", "#f0c57a"], "dark": ["#3a2a0c", "#f5c46b", "#7a5a1c"] },
        "danger":  { "light": ["#fde4e4", "#a32020", "#f0a8a8"], "dark": ["#3d1717", "#ff9b9b", "#7d2f2f"] },
        "info":    { "light": ["#e3eefc", "#1d4f91", "#a9c7ef"], "dark": ["#142a47", "#9cc3ff", "#2f5386"] },
        "neutral": { "light": ["#eceef1", "#434a57", "#c9ced6"], "dark": ["#2a2d33", "#c3c8d1", "#474c55"] },
        "accent":  { "light": ["#efe6fb", "#5b2d99", "#cdb5ef"], "dark": ["#2c1d45", "#cdb0ff", "#5a3f8a"] }
    })

    function toneColors(tone) {
        const entry = tones[tone] !== undefined ? tones[tone] : tones["neutral"]
        return dark ? entry["dark"] : entry["light"]
    }
    function toneBackground(tone) { return toneColors(tone)[0] }
    function toneForeground(tone) { return toneColors(tone)[1] }
    function toneBorder(tone) { return toneColors(tone)[2] }

    function pick(darkValue, lightValue, systemValue) {
        if (mode === "dark")
            return darkValue
        if (mode === "light")
            return lightValue
        return systemValue
    }
}

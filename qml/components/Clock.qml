// SPDX-License-Identifier: MIT
// The current time for relative times ("in 4 min"), ticking twice a minute so that they stay true
// while the window is open; every second while something shows seconds (a code's countdown).
pragma Singleton
import QtQuick

QtObject {
    id: clock

    property date now: new Date()
    // How many shown components count seconds; each adds 1 while it is shown and takes it back after.
    property int secondsWatchers: 0

    // A countdown that starts must not start from a time up to half a minute old.
    onSecondsWatchersChanged: now = new Date()

    property Timer ticker: Timer {
        interval: clock.secondsWatchers > 0 ? 1000 : 30000
        running: true
        repeat: true
        onTriggered: clock.now = new Date()
    }
}

// SPDX-License-Identifier: MIT
// The current time for relative times ("in 4 min"), ticking twice a minute so that they stay true
// while the window is open.
pragma Singleton
import QtQuick

QtObject {
    id: clock

    property date now: new Date()

    property Timer ticker: Timer {
        interval: 30000
        running: true
        repeat: true
        onTriggered: clock.now = new Date()
    }
}

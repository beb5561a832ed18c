// SPDX-License-Identifier: MIT
// A dialog or a window that is made only when first asked for. A dialog (a Popup) is made anew
// for each opening, so that it starts from things as they are then, and destroyed when it
// closes; one at a time per OnDemand. A window (keep: true) is made once and kept, so that what
// it shows stays; each open() shows it again and brings it to the front.
import QtQuick

QtObject {
    id: slot

    // What open() makes when it is not given another component.
    property Component component
    // The parent of what is made: an Item for a dialog, the window for a window.
    property QtObject host
    // A window, kept once made; otherwise a dialog, destroyed when it closes.
    property bool keep: false
    // The open dialog, or the window once made; null otherwise. Set here only.
    property QtObject current: null

    // The dialog closed and is gone.
    signal closed()

    // Opens the dialog made from `other` (or `component`) with `properties`, or shows the window;
    // answers what opened, or null while another dialog of this slot is open.
    function open(properties, other) {
        if (current !== null && !keep)
            return null
        if (current === null) {
            const object = (other || component).createObject(host, properties || {})
            if (object === null)
                return null
            current = object
            if (!keep) {
                object.closed.connect(() => {
                    current = null
                    object.destroy()
                    slot.closed()
                })
            }
        }
        if (keep) {
            current.show()
            current.raise()
            current.requestActivate()
        } else {
            current.open()
        }
        return current
    }
}

// SPDX-License-Identifier: MIT
// Finding items of the window by objectName (tests/qml/helpers.js's find), and where in the
// main window as the tests load it.
.pragma library
.import "../qml/helpers.js" as Shared

function find(root, name) {
    return Shared.find(root, name)
}

// In the window's content, header, footer or overlay (open dialogs and menus).
function findInWindow(window, name) {
    return find(window.contentItem, name) || find(window.header, name) || find(window.footer, name)
        || find(window.contentItem.parent, name)
}

// SPDX-License-Identifier: MIT
// Finding items of the window by objectName, and the main window as the tests load it.
.pragma library

function children(item) {
    const list = []
    if (item.children)
        for (let i = 0; i < item.children.length; ++i)
            list.push(item.children[i])
    if (item.contentItem && item.contentItem !== item && list.indexOf(item.contentItem) < 0)
        list.push(item.contentItem)
    return list
}

function find(root, name) {
    let found = null
    const visit = (item) => {
        if (!item || found)
            return
        if (item.objectName === name) {
            found = item
            return
        }
        for (const child of children(item))
            visit(child)
    }
    visit(root)
    return found
}

// In the window's content, header, footer or overlay (open dialogs and menus).
function findInWindow(window, name) {
    return find(window.contentItem, name) || find(window.header, name) || find(window.footer, name)
        || find(window.contentItem.parent, name)
}

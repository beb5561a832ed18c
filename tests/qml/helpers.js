// SPDX-License-Identifier: MIT
// Finding items in a tree of QML items by objectName, and checking what they show.
.pragma library

function children(item) {
    const list = []
    if (item.children)
        for (let i = 0; i < item.children.length; ++i)
            list.push(item.children[i])
    if (item.contentItem && item.contentItem !== item && list.indexOf(item.contentItem) < 0)
        list.push(item.contentItem)
    if (item.background && list.indexOf(item.background) < 0)
        list.push(item.background)
    return list
}

// Every item below `root` with this objectName, in tree order.
function findAll(root, name) {
    const found = []
    const visit = (item) => {
        if (!item)
            return
        if (item.objectName === name)
            found.push(item)
        for (const child of children(item))
            visit(child)
    }
    visit(root)
    return found
}

function find(root, name) {
    const found = findAll(root, name)
    return found.length > 0 ? found[0] : null
}

// Texts of visible items that show "undefined", "null" or "NaN": values that reached the screen
// without being put into words.
function rawValuesShown(root) {
    const bad = []
    const visit = (item, shown) => {
        if (!item)
            return
        const visible = shown && item.visible !== false
        if (visible && typeof item.text === "string" && /\b(undefined|null|NaN)\b/.test(item.text))
            bad.push((item.objectName || "(unnamed)") + ": " + item.text)
        for (const child of children(item))
            visit(child, visible)
    }
    visit(root, true)
    return bad
}

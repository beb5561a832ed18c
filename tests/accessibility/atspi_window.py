# SPDX-License-Identifier: MIT
"""PhoneDesk's window as a screen reader user drives it: the menus pressed over AT-SPI, the
dialogs they open, the search field and the selected number."""

import time

import pyatspi

from atspi_tree import (activate_by_keyboard, attempt, children, do_action, find, find_all, has_state, keys,
                        label, name, role, type_text, wait_for)

DIALOG_ROLES = ("dialog", "alert")


def find_application(title="PhoneDesk", timeout=60, alive=lambda: True):
    """The application `title` on the accessibility bus; fails at once when it has exited."""
    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == title:
                return app
        return None
    deadline = time.monotonic() + timeout
    while True:
        if not alive():
            raise AssertionError(f"{title} exited before it appeared on the accessibility bus")
        found = attempt(probe)
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {title} on the accessibility bus")
        time.sleep(0.5)


def frames(app):
    return [node for node in children(app) if role(node) == "frame"]


def frame(app, startswith):
    return wait_for(f"a window titled {startswith!r}…",
                    lambda: next((f for f in frames(app) if name(f).startswith(startswith)), None))


# Dialogs and menus are popups: they open in the window's overlay, near the top of its tree.
def open_dialogs(window):
    return find_all(window, lambda n: role(n) in DIALOG_ROLES, max_depth=2)


def open_menus(window):
    return find_all(window, lambda n: role(n) == "popup menu", max_depth=2)


def menu_bar_entry(window, title):
    bar = wait_for("the menu bar", lambda: find(window, "menu bar", max_depth=1))
    entry = next((n for n in children(bar) if name(n) == title), None)
    if entry is None:
        raise AssertionError(f"no menu {title!r} in the menu bar")
    return entry


def press(node):
    if not do_action(node, "Press"):
        raise AssertionError(f"{label(node)} cannot be pressed over AT-SPI")


def open_menu(window, title):
    """Presses the menu bar's entry `title` and answers its open menu."""
    before = {id(m) for m in open_menus(window)}
    press(menu_bar_entry(window, title))
    return wait_for(f"the {title} menu", lambda: next(
        (m for m in open_menus(window) if not before or id(m) not in before), None))


def close_menus(window):
    """Escape closes the open menus one by one, the innermost first."""
    for _ in range(4):
        if not open_menus(window):
            return
        keys("Escape")
        time.sleep(0.3)
    wait_for("the menus to close", lambda: not open_menus(window), 5)


def menu_item(menu, text):
    item = next((n for n in find_all(menu, lambda n: role(n).endswith("menu item") and name(n) == text)), None)
    if item is None:
        names = [name(n) for n in find_all(menu, lambda n: role(n).endswith("menu item"))]
        raise AssertionError(f"no menu item {text!r}; the menu has {names}")
    return item


def open_submenu(window, menu, text):
    before = {id(m) for m in open_menus(window)}
    press(menu_item(menu, text))
    return wait_for(f"the submenu {text}", lambda: next(
        (m for m in open_menus(window) if id(m) not in before), None))


def run_menu(window, path):
    """Presses the menu items of `path` ("Edit", "Sign-in", "Unlock user…") one after the other."""
    menu = open_menu(window, path[0])
    for text in path[1:-1]:
        menu = open_submenu(window, menu, text)
    press(menu_item(menu, path[-1]))


def open_dialog(window, opener):
    """Runs `opener` and answers the dialog it opened in `window`."""
    before = {id(d) for d in open_dialogs(window)}
    before_names = {name(d) for d in open_dialogs(window)}
    opener()
    return wait_for("a dialog to open", lambda: next(
        (d for d in open_dialogs(window) if id(d) not in before and name(d) not in before_names), None))


def close_dialog(window, dialog):
    """Escape, as the keyboard closes every dialog of the window."""
    title = name(dialog)
    keys("Escape")
    wait_for(f"the dialog {title!r} to close", lambda: not any(name(d) == title for d in open_dialogs(window)))


def select_number(window, typed, shown):
    """Searches for the number `typed` and waits until the detail pane shows it (as `shown`)."""
    field = wait_for("the search field", lambda: find(window, "text", "Search phone numbers", max_depth=3))
    do_action(field, "SetFocus")
    wait_for("the search field's focus", lambda: field.getState().contains(pyatspi.STATE_FOCUSED), 5)
    keys("ctrl+a")
    type_text(typed)
    keys("Return")
    wait_for(f"{shown} selected", lambda: selected_row(window, shown), 30)


def selected_row(window, startswith=""):
    """The list's selected row (whose sentence starts with `startswith`), or None."""
    phone_list = find(window, "list", "Phone numbers", max_depth=3)
    if phone_list is None:
        return None
    return next((row for row in children(phone_list) if role(row) == "list item"
                 and has_state(row, pyatspi.STATE_SELECTED) and name(row).startswith(startswith)), None)


def press_button(root, text, startswith=False):
    button = wait_for(f"the button {text!r}", lambda: find(root, "push button", text, startswith))
    activate_by_keyboard(button)
    return button

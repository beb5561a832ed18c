# SPDX-License-Identifier: MIT
"""PhoneDesk's window read by a screen reader: starts `phonedesk --demo` with Qt's AT-SPI bridge
on, reads the accessibility tree of the main window, of every menu and of every dialog and
window (each opened through the menus over AT-SPI, the keyboard where a button opens it), and
fails on any interactive control without an accessible name. Run by run-atspi-test under
xvfb-run and dbus-run-session; prints how many controls it checked per window and in total."""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_tree import NameCheck, attempt, find, find_all, keys, name, role, wait_for  # noqa: E402
from atspi_window import (close_dialog, close_menus, find_application, frame, open_dialog,  # noqa: E402
                          open_dialogs, open_menu, open_submenu, press_button, run_menu, select_number,
                          selected_row)

# Demo users planted in one sign-in state each (src/sandbox/sandboxsignincases.cpp).
LOCKED = ("+442079460901", "+44 20 7946 0901")
BANNED = ("+442079460903", "+44 20 7946 0903")
SIGNED_IN_ON_THREE_DEVICES = ("+442079460909", "+44 20 7946 0909")


# What a screen reader says of a menu item besides its name: the shortcut in the platform's words.
SHORTCUTS = {"Refresh": "F5", "Quit": "Ctrl+Q", "Find": "Ctrl+F", "Add number…": "Ctrl+N",
             "Send or check a verification code…": "Ctrl+Shift+V", "Journal": "Ctrl+J"}


def check_menus(check, window):
    for title in ("File", "Edit", "View", "Help"):
        menu = open_menu(window, title)
        check.check(f"Menu {title}", menu)
        for item in find_all(menu, lambda n: role(n).endswith("menu item") and name(n) in SHORTCUTS):
            described = attempt(lambda i=item: i.description, "")
            if described != f"Shortcut: {SHORTCUTS[name(item)]}":
                raise AssertionError(f"menu item {name(item)!r} describes its shortcut as {described!r}")
        for item in find_all(menu, lambda n: role(n) == "menu item" and name(n) == "Sign-in"):
            submenu = open_submenu(window, menu, name(item))
            check.check(f"Menu {title} › {name(item)}", submenu)
        close_menus(window)


def check_dialog(check, window, title, opener, inside=None):
    """Opens a dialog with `opener`, checks it, runs `inside(dialog)` and closes it."""
    dialog = open_dialog(window, opener)
    check.check(f"{title} dialog “{name(dialog)}”", dialog)
    if inside is not None:
        inside(dialog)
    close_dialog(window, dialog)


def check_number_dialogs(check, window):
    for item, title in (("Edit number…", "Edit number"),
                        ("Send or check a verification code…", "Verification"),
                        ("Delete number…", "Delete number"),
                        ("Reset two-step sign-in (MFA)…", "Reset MFA"),
                        ("Replace all of the user's numbers…", "Replace numbers")):
        check_dialog(check, window, title, lambda item=item: run_menu(window, ["Edit", item]))


def sign_in_dialog(check, window, item, title):
    check_dialog(check, window, title, lambda: run_menu(window, ["Edit", "Sign-in", item]))


def check_sign_in_dialogs(check, window):
    select_number(window, *BANNED)
    sign_in_dialog(check, window, "Unban user…", "Unban")
    select_number(window, *SIGNED_IN_ON_THREE_DEVICES)
    sign_in_dialog(check, window, "Sign out everywhere…", "Sign out everywhere")
    select_number(window, *LOCKED)
    for item, title in (("Ban user…", "Ban"), ("Remove authenticator app…", "Remove authenticator app"),
                        ("Remove backup codes…", "Remove backup codes")):
        sign_in_dialog(check, window, item, title)
    # Unlock for real: the journal then has an entry to undo.
    dialog = open_dialog(window, lambda: run_menu(window, ["Edit", "Sign-in", "Unlock user…"]))
    check.check(f"Unlock dialog “{name(dialog)}”", dialog)
    title = name(dialog)
    press_button(dialog, "Unlock")
    wait_for("the unlock to be done and its dialog to close",
             lambda: not any(name(d) == title for d in open_dialogs(window)), 30)


def check_connections(check, window):
    def profile_name_dialog(connections):
        check_dialog(check, window, "Profile name", lambda: press_button(connections, "Add", startswith=True))
    check_dialog(check, window, "Connections", lambda: run_menu(window, ["File", "Connections…"]),
                 inside=profile_name_dialog)


def check_journal(check, app, window):
    run_menu(window, ["View", "Journal"])
    journal = frame(app, "Journal")
    check.check("Journal window", journal)
    entry = wait_for("a journal entry", lambda: next(iter(find_all(
        journal, lambda n: role(n) in ("list item", "table cell", "push button") and "nlock" in name(n))), None))
    extents = entry.queryComponent().getExtents(0)
    subprocess.run(["xdotool", "mousemove", str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                    "click", "1"], check=True)
    check_dialog(check, journal, "Undo entry", lambda: press_button(journal, "Undo this change…"))
    keys("ctrl+w")


def check_audit(check, app, window):
    run_menu(window, ["View", "Audit…"])
    audit = frame(app, "Audit")
    check.check("Audit window", audit)
    press_button(audit, "Run audit")
    wait_for("the audit's findings", lambda: find(audit, "push button", "Run again"), 120)
    check.check("Audit window with findings", audit)


NOT_STARTED = 75


def main(app_path):
    environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                       QT_QPA_PLATFORM="xcb")
    process = subprocess.Popen([app_path, "--demo", "--users", "120"], env=environment)
    check = NameCheck()
    stopped = None
    try:
        app = find_application(alive=lambda: process.poll() is None)
        window = frame(app, "PhoneDesk")
        # Keys typed with xdotool go to the window under the pointer while none is activated.
        extents = window.queryComponent().getExtents(0)
        subprocess.run(["xdotool", "mousemove", str(extents.x + extents.width // 3),
                        str(extents.y + extents.height // 2)], check=True)
        wait_for("the first number selected", lambda: selected_row(window), 60)
        time.sleep(1)

        check.check("Main window", window)
        steps = [
            lambda: check_menus(check, window),
            lambda: check_dialog(check, window, "About", lambda: run_menu(window, ["Help", "About PhoneDesk"])),
            lambda: check_connections(check, window),
            lambda: check_dialog(check, window, "Add number", lambda: run_menu(window, ["Edit", "Add number…"])),
            lambda: check_number_dialogs(check, window),
            lambda: check_sign_in_dialogs(check, window),
            lambda: check_journal(check, app, window),
            lambda: check_audit(check, app, window),
        ]
        for step in steps:
            step()
    except AssertionError as failure:
        stopped = str(failure)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    check.report()
    if stopped:
        print(f"\nThe walk through the window stopped: {stopped}")
    if stopped and "exited before it appeared" in stopped:
        # The window never came up (its X server went away): run-atspi-test tries again.
        return NOT_STARTED
    return 1 if check.problems or stopped else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: tst_atspi.py PATH-TO-phonedesk")
    sys.exit(main(sys.argv[1]))

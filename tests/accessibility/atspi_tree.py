# SPDX-License-Identifier: MIT
"""The accessibility tree as a screen reader reads it over AT-SPI: walking it, finding nodes,
pressing them, and the check that every interactive control has a name."""

import subprocess
import time

import pyatspi

# Controls a screen reader lands on and announces by their name.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "text", "entry", "password text",
    "combo box", "spin button", "menu item", "check menu item", "radio menu item", "slider",
    "page tab", "link", "switch",
}
# Rows and cells count when the keyboard can land on them.
FOCUSABLE_ROLES = {"list item", "table cell", "tree item"}


def attempt(call, default=None):
    """The result of call(), or `default` when the object went away meanwhile."""
    try:
        return call()
    except Exception:  # noqa: BLE001 - a node can vanish between two D-Bus calls
        return default


def role(node):
    return attempt(node.getRoleName, "")


def name(node):
    return attempt(lambda: node.name, "") or ""


def has_state(node, state):
    return attempt(lambda: node.getState().contains(state), False)


def visible(node):
    return has_state(node, pyatspi.STATE_VISIBLE)


def children(node):
    count = attempt(lambda: node.childCount, 0)
    found = []
    for index in range(count):
        child = attempt(lambda: node.getChildAtIndex(index))
        if child is not None:
            found.append(child)
    return found


def label(node):
    """How a node appears in a report: role 'name'."""
    return f"{role(node)} '{name(node)}'"


def walk(root, path=(), max_depth=None):
    """Every visible node below and with `root` (down to `max_depth` levels below it), with the
    path of its ancestors, depth first. The children of a hidden node are hidden too: they are
    left out. Each node costs a few D-Bus calls: searches stay near where they look."""
    if not visible(root):
        return
    yield root, path
    if max_depth is not None and len(path) >= max_depth:
        return
    for child in children(root):
        yield from walk(child, path + (label(root),), max_depth)


def find_all(root, predicate, max_depth=None):
    found = []
    for node, path in walk(root, max_depth=max_depth):
        if attempt(lambda n=node: predicate(n), False):
            found.append(node)
    return found


def find(root, wanted_role, wanted_name=None, startswith=False, max_depth=None):
    """The first visible node of that role (and name), or None."""
    def matches(node):
        if role(node) != wanted_role:
            return False
        if wanted_name is None:
            return True
        return name(node).startswith(wanted_name) if startswith else name(node) == wanted_name
    for node, _ in walk(root, max_depth=max_depth):
        if attempt(lambda n=node: matches(n), False):
            return node
    return None


def wait_for(what, probe, timeout=20.0, interval=0.25):
    """probe()'s first truthy answer; AssertionError naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        answer = attempt(probe)
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


def action_names(node):
    actions = attempt(node.queryAction)
    if actions is None:
        return []
    return [attempt(lambda i=i: actions.getName(i), "") for i in range(attempt(lambda: actions.nActions, 0))]


def do_action(node, action):
    """Runs the node's AT-SPI action by name ("Press", "SetFocus", "Toggle"); False without it."""
    names = action_names(node)
    if action not in names:
        return False
    return bool(attempt(lambda: node.queryAction().doAction(names.index(action)), False))


def activate_by_keyboard(node):
    """Focuses the node over AT-SPI and presses Space on it, as a keyboard user does."""
    if not do_action(node, "SetFocus"):
        raise AssertionError(f"{label(node)} cannot take the focus")
    wait_for(f"focus on {label(node)}", lambda: has_state(node, pyatspi.STATE_FOCUSED), 5)
    keys("space")


def keys(*sequence):
    subprocess.run(["xdotool", "key", "--delay", "60", *sequence], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)


def visible_text(node):
    """What the node shows, for a report on a control without a name."""
    text = attempt(node.queryText)
    if text is not None:
        shown = attempt(lambda: text.getText(0, -1), "")
        if shown:
            return shown
    words = [name(child) for child, _ in walk(node) if child is not node and name(child)]
    return " / ".join(words[:4])


def spoken_name(node):
    """What a screen reader says a control is. Qt 6.4's AT-SPI bridge gives a masked (password)
    field no name whatever Accessible.name says, and the field's description in its place, which
    Orca reads; so for a password text its description counts."""
    if role(node) == "password text":
        return name(node) or attempt(lambda: node.description, "") or ""
    return name(node)


def is_interactive(node):
    node_role = role(node)
    if node_role in INTERACTIVE_ROLES:
        return True
    return node_role in FOCUSABLE_ROLES and has_state(node, pyatspi.STATE_FOCUSABLE)


class NameCheck:
    """Counts the interactive controls of each window or dialog checked, and lists those without
    an accessible name."""

    def __init__(self):
        self.counts = []
        self.problems = []

    def check(self, title, root):
        count = 0
        for node, path in walk(root):
            if not is_interactive(node):
                continue
            count += 1
            if not spoken_name(node).strip():
                self.problems.append((title, role(node), " > ".join(path), visible_text(node)))
        self.counts.append((title, count))
        print(f"checked {count:4d} controls: {title}", flush=True)
        return count

    def total(self):
        return sum(count for _, count in self.counts)

    def report(self):
        print("\nControls checked per window and dialog:")
        for title, count in self.counts:
            print(f"  {count:4d}  {title}")
        print(f"  {self.total():4d}  in total")
        if self.problems:
            print(f"\n{len(self.problems)} interactive controls have no accessible name:")
            for title, node_role, path, text in self.problems:
                print(f"  [{title}] {node_role} at {path}" + (f" (shows: {text!r})" if text else ""))
        else:
            print("\nEvery interactive control has an accessible name.")

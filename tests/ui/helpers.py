"""Small waits and looks the interface tests share."""

from __future__ import annotations

from PySide6.QtGui import QAccessible


def total(qtbot, window) -> int:
    """The number of matches of the journal's list: counted in a thread, it arrives a moment
    after the list shows its first page."""
    qtbot.waitUntil(lambda: not window.journal.model.counting, timeout=5000)
    return window.journal.model.total


def accessible_name(widget) -> str:
    """What a screen reader says a control is called."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""

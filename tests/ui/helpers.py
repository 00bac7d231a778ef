"""Small waits the interface tests share."""

from __future__ import annotations


def total(qtbot, window) -> int:
    """The number of matches of the journal's list: counted in a thread, it arrives a moment
    after the list shows its first page."""
    qtbot.waitUntil(lambda: not window.journal.model.counting, timeout=5000)
    return window.journal.model.total

"""Guards against a broken Qt binding: things the whole app relies on thousands of times a day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    text = Signal(str)


def test_emitting_a_signal_keeps_reference_counts():
    """PySide6 6.12.0 lost a reference to True on every emit(); a few thousand keystrokes later
    the interpreter aborted. pyproject.toml excludes that release; this keeps it excluded."""
    emitter = _Emitter()
    emitter.text.connect(lambda _: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.changed.emit()
        emitter.text.emit("x")
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before

"""Questions to the store answered beside the window, never in its way.

The first page of a search is on screen in milliseconds, but counting every match can take a
fifth of a second in a journal of 100,000 reflections (a word found in every one of them), and
even the next page of the list takes 5 to 25 ms when SQLite must read it from disk: more than a
frame. Such questions are asked in a thread of their own, with a connection of their own: in
write-ahead-log mode SQLite lets a reader run beside the window's connection, and Python's
sqlite3 lets go of the GIL while a query runs, so scrolling and typing go on undisturbed. A newer
question interrupts an older one, whose answer nobody wants any more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..errors import JournalError
from ..store import Store


class BackgroundQuery(QObject):
    """Asks ``question(store, argument)`` in a thread; ``answered(request, answer)`` arrives
    in the window's thread. Only the latest request is answered."""

    answered = Signal(int, object)

    def __init__(
        self,
        path: Path,
        question: Callable[[Store, Any], Any],
        name: str,
        parent: QObject | None = None,
        settle: float = 0.0,
    ):
        """``settle``: seconds a request waits before it is asked, in case a newer one replaces
        it (a count asked at every keystroke would compete with the list it counts)."""
        super().__init__(parent)
        self._path = path
        self._settle = settle
        self._question = question
        self._condition = threading.Condition()
        self._wanted: tuple[int, Any] | None = None
        self._asked = 0
        self._reader: Store | None = None  # opened, used and closed in the thread only
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)  # started when first asked

    def ask(self, argument: Any) -> int:
        """Ask about ``argument``; the number that ``answered`` will carry with its answer."""
        with self._condition:
            self._asked += 1
            self._wanted = (self._asked, argument)
            self._interrupt()
            self._condition.notify()
            if not self._thread.is_alive() and not self._stopping:
                self._thread.start()
            return self._asked

    def stop(self) -> None:
        """End the thread (its connection closed) before the journal is closed."""
        with self._condition:
            self._stopping = True
            self._interrupt()
            self._condition.notify()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _interrupt(self) -> None:
        if self._reader is not None:
            self._reader.interrupt()

    def _run(self) -> None:
        try:
            reader = Store.open(self._path)
        except JournalError:
            return  # the window's own connection reports what is wrong with the journal
        with self._condition:
            self._reader = reader
        try:
            while True:
                with self._condition:
                    while self._wanted is None and not self._stopping:
                        self._condition.wait()
                    while self._settle and self._wanted is not None and not self._stopping:
                        waiting = self._wanted  # until no newer request came for ``settle`` seconds
                        self._condition.wait(self._settle)
                        if self._wanted is waiting:
                            break
                    if self._stopping:
                        return
                    number, argument = self._wanted
                    self._wanted = None
                try:
                    answer = self._question(reader, argument)
                except JournalError:
                    continue  # interrupted by a newer request; or it failed, and the next one may not
                self.answered.emit(number, answer)
        finally:
            with self._condition:
                self._reader = None
            reader.close()

"""How both views save what the leader types: there is no Save button.

A moment after the last edit (and at once when the view is left or the window closes) the view's
own ``save`` runs. When it fails (a full disk, a read-only folder, a damaged journal) the red note
above the text says why and that the text is still there, the save is tried again every few
seconds, and the note goes when a save succeeds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..errors import JournalError
from .errors import explain

AUTOSAVE_MS = 700  # after the last keystroke; well within the promised second
RETRY_MS = 5000  # after a failed save (disk full, read-only folder)


class Autosave(QObject):
    failed = Signal(object)  # the JournalError; the text stays where it is
    saved_again = Signal()  # a save worked after one had failed
    saved = Signal()  # the edits are in the journal (by the timer or by a flush)

    def __init__(self, parent: QObject, banner: QLabel, save: Callable[[], bool]):
        """``save`` saves the view's edits; it returns False when there is nothing to keep yet
        (a new reflection with nothing written), which leaves the edits pending."""
        super().__init__(parent)
        self.banner = banner
        self._save = save
        self.dirty = False
        self.problem: JournalError | None = None  # the last failure, until a save works again
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

    def edited(self) -> None:
        self.dirty = True
        self.timer.start(AUTOSAVE_MS)

    def stop(self) -> None:
        """No save is tried later (the window closes, its text given up after asking)."""
        self.timer.stop()

    def flush(self) -> bool:
        """Save now if anything changed. False if saving failed (the text stays)."""
        self.timer.stop()
        if not self.dirty:
            return True
        try:
            kept = self._save()
        except JournalError as error:
            self.tell(
                error,
                self.tr("Not saved: %1 Your text is still here; saving is tried again every few seconds.").replace(
                    "%1", explain(error)[1]
                ),
            )
            self.failed.emit(error)
            self.timer.start(RETRY_MS)
            return False
        if kept is not False:
            self.dirty = False
            self.saved.emit()
        if self.problem is not None:
            self.problem = None
            self.banner.hide()
            self.saved_again.emit()
        return True

    def tell(self, error: JournalError, text: str | None = None) -> None:
        """Show why nothing is saved: after a failed save, or at once when the journal cannot be
        written at all (damaged, or in a read-only folder)."""
        self.problem = error
        self.banner.setText(text or explain(error)[1])
        self.banner.show()

"""Bringing a journal written by an older version up to this one, with a window that says so.

Most upgrades take a moment. Some rebuild the search index, which for a journal of 100,000
reflections takes half a minute: the upgrade runs in a thread of its own while a window tells the
leader what is happening, instead of a start that seems to hang.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...backup import open_journal

SHOW_AFTER_MS = 400  # a quick upgrade shows no window at all


class BusyDialog(QProgressDialog):
    """A busy bar with a title and a sentence, that neither the leader nor Escape can close: the
    work it stands for goes on, whole or not at all."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setRange(0, 0)  # no steps to count: a busy bar
        self.setCancelButton(None)  # stopping half-way would gain nothing: each step is whole or not done
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setMinimumDuration(0)

    def closeEvent(self, event) -> None:
        event.ignore()  # it closes itself when the upgrade is done

    def reject(self) -> None:
        pass  # nor does Escape hide it: the upgrade goes on, and the window says so


class UpgradeDialog(BusyDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Updating the journal"),
            self.tr(
                "Your journal is being updated for this version of Ledelsesjournal.\n"
                "A copy of it as it was is kept among your backups. A large journal can take up to a minute."
            ),
            parent,
        )


def upgrade(folder: Path) -> None:
    """Back up the journal in ``folder`` as it is, then open it once, which upgrades it: in a
    thread, while the window's events flow. Raises what failed (a JournalError) in this thread;
    the journal is then as it was."""
    in_thread(lambda: open_journal(folder).close(), UpgradeDialog())


def in_thread(work: Callable[[], object], dialog: BusyDialog):
    """``work``'s result, run in a thread while the window's events flow and ``dialog`` is shown
    if it takes more than a moment. Raises what ``work`` raised, in this thread."""
    failure: list[BaseException] = []
    result: list[object] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    worker = threading.Thread(target=run, name="busy")
    waiting = QEventLoop()
    poll = QTimer(interval=50)
    poll.timeout.connect(lambda: worker.is_alive() or waiting.quit())
    QTimer.singleShot(SHOW_AFTER_MS, lambda: worker.is_alive() and dialog.show())
    worker.start()
    poll.start()
    waiting.exec()
    poll.stop()
    worker.join()
    dialog.hide()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return result[0]

"""Bringing a journal written by an older version up to this one, with a window that says so.

Most upgrades take a moment. Some rebuild the search index, which for a journal of 100,000
reflections takes half a minute: the upgrade runs in a thread of its own while a window tells the
leader what is happening, instead of a start that seems to hang.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...store import Store

SHOW_AFTER_MS = 400  # a quick upgrade shows no window at all


class UpgradeDialog(QProgressDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Updating the journal"))
        self.setLabelText(self.tr(
            "Your journal is being updated for this version of Ledelsesjournal.\n"
            "A large journal can take up to a minute. Nothing in it is changed or lost."))
        self.setRange(0, 0)  # no steps to count: a busy bar
        self.setCancelButton(None)  # stopping half-way would gain nothing: each step is whole or not done
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setMinimumDuration(0)

    def closeEvent(self, event) -> None:
        event.ignore()  # it closes itself when the upgrade is done


def upgrade(path: Path) -> None:
    """Open the journal at ``path`` once in a thread, which upgrades it, and wait for that with
    the window's events flowing. Raises what opening raised (a JournalError) in this thread."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            Store.open(path).close()
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    worker = threading.Thread(target=run, name="upgrade")
    dialog = UpgradeDialog()
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

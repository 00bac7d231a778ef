"""Locking the window of an encrypted journal: on Ctrl+L, and after a chosen time untouched.

Locked, the window shows only this page: no reflection, no title, no menu; open dialogs are
closed first (what is being written is saved before). The journal stays open behind it (a save
already made stays made); the passphrase or the recovery key unlocks it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import encryption
from ..errors import JournalError, WrongSecretError
from .dialogs.encryption import problem_label, secret_field
from .i18n import Retranslating

# What counts as the leader being there: typing, clicking, moving the mouse, scrolling.
_PRESENCE = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleTimer(QObject):
    """Emits ``idle`` when the application has had no input for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESENCE:
            self.timer.start()
        return False


class LockPage(Retranslating, QWidget):
    """What a locked window shows: the folder, a passphrase field and Unlock."""

    unlocked = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.folder = folder
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = secret_field("")
        self.secret.returnPressed.connect(self._try)
        self.button = QPushButton()
        self.button.clicked.connect(self._try)
        self.problem = problem_label()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.secret)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(row)
        column.addWidget(self.problem, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        heading = self.tr("Ledelsesjournal is locked")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.text.setText(self.tr("Enter the passphrase (or the recovery key) to go on where you were."))
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.setPlaceholderText(self.tr("Passphrase"))
        self.button.setText(self.tr("Unlock"))

    def start(self) -> None:
        self.secret.clear()
        self.problem.hide()
        self.secret.setFocus()

    def _try(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.verify(self.folder, self.secret.text())
        except WrongSecretError:
            self.problem.setText(self.tr("That is not the passphrase or the recovery key."))
            self.problem.show()
            self.secret.selectAll()
            return
        except JournalError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.secret.clear()
        self.unlocked.emit()

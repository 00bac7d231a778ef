"""Backups in the window: the list of copies, a copy made now, a journal restored from one,
and what to do when the journal cannot be opened at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...backup import BackupInfo
from ...dates import date_and_time
from ...errors import JournalError, LockedDatabaseError
from ..dates import ui_language
from ..errors import explain
from .settings_dialog import FolderChoice


class BackupList(QListWidget):
    """The backups, newest first, with their date and size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupList")
        for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
            made = info.made_at.astimezone()
            text = date_and_time(made, ui_language(), short=False)
            if info.reflections is not None:
                text += "  ·  " + self.tr("%n reflection(s)", "", info.reflections)
            if info.before_restore:
                text += "  ·  " + self.tr("the journal before a restore")
            elif info.before_upgrade:
                text += "  ·  " + self.tr("the journal before an upgrade")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.addItem(item)
        # Nothing is chosen for the leader: restoring replaces the journal, so the choice is theirs.
        self.setCurrentRow(-1)

    def chosen(self) -> Path | None:
        items = self.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def follow(self, button: QPushButton) -> None:
        """Enable ``button`` only while a backup is chosen."""
        button.setEnabled(False)
        self.itemSelectionChanged.connect(lambda: button.setEnabled(self.chosen() is not None))


class JournalProblemDialog(QDialog):
    """The journal cannot be opened: say why, and offer a backup, another folder, or to stop."""

    RESTORE, FOLDER, RETRY, QUIT = "restore", "folder", "retry", "quit"

    def __init__(self, error: JournalError, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journalProblemDialog")
        self.choice: tuple[str, Path | None] = (self.QUIT, None)
        title, text = explain(error)
        self.setWindowTitle(title)
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        details = QLabel(str(error))
        details.setWordWrap(True)
        details.setObjectName("problemDetails")
        details.setStyleSheet("QLabel#problemDetails { color: palette(placeholder-text); }")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        self.backups = BackupList(backups)
        if backups:
            layout.addWidget(QLabel(self.tr("Backups of this journal, newest first:")))
            layout.addWidget(self.backups, 1)
        else:
            layout.addWidget(QLabel(self.tr("There are no backups of this journal yet.")))
            self.backups.hide()
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup"))
        self.backups.follow(self.restore_button)
        self.folder_button = QPushButton(self.tr("Use &another folder…"))
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        for button, role in ((self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.folder_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.retry_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE, self.backups.chosen()))
        self.retry_button.clicked.connect(lambda: self._choose(self.RETRY, None))
        self.quit_button.clicked.connect(lambda: self._choose(self.QUIT, None))
        self.folder_button.clicked.connect(self._other_folder)
        self.retry_button.setVisible(isinstance(error, LockedDatabaseError))  # after the box showed it
        layout.addWidget(buttons)

    def _choose(self, choice: str, path: Path | None) -> None:
        self.choice = (choice, path)
        self.accept()

    def _other_folder(self) -> None:
        folder = FolderChoice.ask(self, self.tr("Choose the folder of the journal"), Path.home())
        if folder is not None:
            self._choose(self.FOLDER, folder)

    @classmethod
    def ask(cls, error: JournalError, backups: list[BackupInfo], parent: QWidget | None = None
            ) -> tuple[str, Path | None]:
        dialog = cls(error, backups, parent)
        dialog.exec()
        return dialog.choice


class BackupsDialog(QDialog):
    """Backups while the journal is open: make one now, or restore one (the window reopens)."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(520, 420)
        self.restore_path: Path | None = None
        self.back_up_now = False
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Ledelsesjournal backs up your journal once a day, in the folder backups beside "
                              "it. Restoring puts the chosen backup in place of the journal; the journal as it "
                              "is now is kept as a backup first."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.backups = BackupList(backups)
        layout.addWidget(self.backups, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.now_button = QPushButton(self.tr("Back up &now"))
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        self.backups.follow(self.restore_button)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.now_button.clicked.connect(self._now)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)

    def _now(self) -> None:
        self.back_up_now = True
        self.accept()

    def _restore(self) -> None:
        chosen = self.backups.chosen()
        if chosen is None:
            return
        from .confirm import Confirm

        if Confirm.ask(self, self.tr("Restore a backup"),
                       self.tr("Put the chosen backup in place of your journal? The journal as it is now is kept "
                               "as a backup first, and the window opens again."), self.tr("Restore")):
            self.restore_path = chosen
            self.accept()


class Restored:
    """After a restore, where the replaced journal went (tests replace ``tell``)."""

    @classmethod
    def tell(cls, parent: QWidget | None, kept: Path | None) -> None:
        text = QCoreApplication.translate("Backups", "The backup is now your journal.")
        if kept is not None:
            text += " " + QCoreApplication.translate(
                "Backups", "The journal it replaced is kept in %1.").replace("%1", str(kept))
        QMessageBox.information(parent, QCoreApplication.translate("Backups", "Restored"), text)

"""Backups in the window: the list of copies with their sizes, a copy made now, a journal
restored from one, copies deleted, and what to do when the journal cannot be opened at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ...backup import BackupInfo, backups_size, latest_ways_back, list_backups, remove_backups, restore
from ...dates import date_and_time
from ...errors import JournalError, LockedDatabaseError
from ...readings import file_size
from ..dates import ui_language
from ..errors import explain
from ..style import styled
from .settings_dialog import FolderChoice
from .upgrade import BusyDialog, in_thread


class BackupList(QListWidget):
    """The backups, newest first, with their date, reflections, size and kind. With ``several``,
    more than one can be chosen (to delete them)."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None, several: bool = False):
        super().__init__(parent)
        self.setObjectName("backupList")
        # A long line (the kind of copy last) wraps within the list rather than hiding past its edge.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if several:
            self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.show_backups(backups)

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.clear()
        language = ui_language()
        for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
            parts = [date_and_time(info.made_at.astimezone(), language, short=False)]
            if info.reflections is not None:
                parts.append(self.tr("%n reflection(s)", "", info.reflections))
            parts.append(file_size(info.size, language))
            if info.before_restore:
                parts.append(self.tr("the journal before a restore"))
            elif info.before_upgrade:
                parts.append(self.tr("the journal before an upgrade"))
            item = QListWidgetItem("  ·  ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.addItem(item)
        # Nothing is chosen for the leader: restoring replaces the journal, so the choice is theirs.
        self.setCurrentRow(-1)

    def chosen(self) -> Path | None:
        """The one backup chosen; None if none is, or several are."""
        items = self.chosen_all()
        return items[0] if len(items) == 1 else None

    def chosen_all(self) -> list[Path]:
        """Every backup chosen, newest first."""
        return [
            Path(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).isSelected()
        ]

    def follow(self, button: QPushButton, several: bool = False) -> None:
        """Enable ``button`` only while one backup is chosen (with ``several``: one or more)."""

        def update() -> None:
            button.setEnabled(bool(self.chosen_all()) if several else self.chosen() is not None)

        update()
        self.itemSelectionChanged.connect(update)


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
        styled(details, "problem-details")
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
        for button, role in (
            (self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.folder_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.retry_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.quit_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
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
    def ask(
        cls, error: JournalError, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> tuple[str, Path | None]:
        dialog = cls(error, backups, parent)
        dialog.exec()
        return dialog.choice


class BackupsDialog(QDialog):
    """Backups while the journal is open in ``data_dir``: make one now, restore one (the window
    reopens), or delete chosen ones (of every kind: the leader decides what to keep)."""

    def __init__(self, backups: list[BackupInfo], data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 440)
        self.data_dir = data_dir
        self.infos = backups
        self.restore_path: Path | None = None
        self.back_up_now = False
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Ledelsesjournal backs up your journal once a day, in the folder backups beside "
                "it. Restoring puts the chosen backup in place of the journal; the journal as it "
                "is now is kept as a backup first."
            )
            + " "
            + self.tr("Those copies are never removed on their own: delete the backups you no longer need.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.backups = BackupList(backups, several=True)
        self.backups.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.backups, 1)
        self.total = QLabel()
        layout.addWidget(self.total)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.now_button = QPushButton(self.tr("Back up &now"))
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.backups.follow(self.restore_button)
        self.backups.follow(self.delete_button, several=True)
        for button in (self.now_button, self.restore_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.now_button.clicked.connect(self._now)
        self.restore_button.clicked.connect(self._restore)
        self.delete_button.clicked.connect(self._delete)
        layout.addWidget(buttons)
        self._show_total()

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("%n backup(s), %1 in all", "", len(self.infos)).replace(
                "%1", file_size(backups_size(self.data_dir), ui_language())
            )
        )

    def _now(self) -> None:
        self.back_up_now = True
        self.accept()

    def _restore(self) -> None:
        chosen = self.backups.chosen()
        if chosen is None:
            return
        from .confirm import Confirm

        if Confirm.ask(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the chosen backup in place of your journal? The journal as it is now is kept "
                "as a backup first, and the window opens again."
            ),
            self.tr("Restore"),
        ):
            self.restore_path = chosen
            self.accept()

    def _delete(self) -> None:
        """Delete the chosen backups after asking; warn when one is the way back from the latest
        restore or upgrade. The list then shows what is left, even after a failure."""
        chosen = self.backups.chosen_all()
        if not chosen:
            return
        from .confirm import Confirm

        text = self.tr("Delete %n backup(s) for good? This cannot be undone.", "", len(chosen))
        ways_back = latest_ways_back(self.infos)
        if ways_back.get("before_restore") in chosen:
            text += "\n\n" + self.tr(
                "Without the copy of the journal from before your latest restore, that restore cannot be undone."
            )
        if ways_back.get("before_upgrade") in chosen:
            text += "\n\n" + self.tr(
                "Without the copy of the journal from before the latest upgrade, there is no "
                "going back to the journal as the previous version left it."
            )
        if not Confirm.ask(self, self.tr("Delete backups"), text, self.tr("Delete")):
            return
        try:
            remove_backups(self.data_dir, chosen)
        except JournalError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("Cannot delete"),
                self.tr(
                    "A backup could not be deleted; the folder may be read-only. The list shows the backups that are "
                    "left."
                ),
                QMessageBox.StandardButton.Close,
                self,
            )
            box.setDetailedText(str(error))
            box.exec()
        finally:
            self.infos = list_backups(self.data_dir)
            self.backups.show_backups(self.infos)
            self._show_total()


class Restored:
    """After a restore, where the replaced journal went (tests replace ``tell``)."""

    @classmethod
    def tell(cls, parent: QWidget | None, kept: Path | None) -> None:
        text = QCoreApplication.translate("Backups", "The backup is now your journal.")
        if kept is not None:
            text += " " + QCoreApplication.translate("Backups", "The journal it replaced is kept in %1.").replace(
                "%1", str(kept)
            )
        QMessageBox.information(parent, QCoreApplication.translate("Backups", "Restored"), text)


class RestoringDialog(BusyDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Restoring a backup"),
            self.tr(
                "Your journal is being put back from the backup, and its search index built again.\n"
                "The journal as it was is kept among your backups. A large journal can take half a minute."
            ),
            parent,
        )


def restore_showing_progress(folder: Path, backup: Path) -> Path | None:
    """:func:`journal.backup.restore` in a thread, a busy bar shown while it works (a pack of a
    large journal takes seconds: its search index is built again); where the replaced journal
    went. Raises what failed (a JournalError) in this thread; the journal is then as it was."""
    return in_thread(lambda: restore(folder, backup), RestoringDialog())

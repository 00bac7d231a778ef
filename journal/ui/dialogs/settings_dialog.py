"""Settings: language, appearance, the template new reflections start in, where the journal is
kept, and the reminder (with the tray and starting at login)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import autostart
from ...clock import Clock
from ..dates import ui_language
from ..reminder import Reminders, ScheduleFields, next_reminder_text
from ..settings import Settings
from ..widgets import Combo

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


class FolderChoice:
    """Choosing a folder (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None


class SettingsDialog(QDialog):
    ENCRYPT, DECRYPT, PASSPHRASE = "encrypt", "decrypt", "passphrase"

    def __init__(
        self,
        settings: Settings,
        data_folder: Path | None,
        parent: QWidget | None = None,
        encrypted: bool | None = None,
        templates: list[tuple[str, str]] = (),
        clock: Clock | None = None,
        tray: bool | None = None,
        starts_at_login: bool | None = None,
    ):
        """``encrypted``: whether the journal is encrypted (None: it cannot be, as the demo's);
        ``templates``: (id, name) of those a new reflection can start in; ``tray``: whether the
        desktop has a system tray, and ``starts_at_login`` whether the app's own entry starts it
        at login (None: ask the system)."""
        super().__init__(parent)
        self.clock = clock or Clock()
        self.tray = Reminders.tray_available() if tray is None else tray
        if starts_at_login is None:
            starts_at_login = autostart.is_enabled()
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = Combo(10)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.appearance = Combo(10)
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance.addItem(name, code)
        self.appearance.setCurrentIndex(self.appearance.findData(settings.get("appearance")))
        self.template = Combo(16)
        self.template.addItem(self.tr("None: an empty text"), "")
        for code, name in templates:
            self.template.addItem(name, code)
        self.template.setCurrentIndex(max(self.template.findData(settings.get("template")), 0))
        self.folder = QLineEdit(str(data_folder or ""))
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(360)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setEnabled(data_folder is not None)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder))))
        self.other_folder = QPushButton(self.tr("Use another folder…"))
        self.other_folder.clicked.connect(self._choose_folder)
        self.new_folder: Path | None = None
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        folder_row.addWidget(self.other_folder)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setValue(settings.backups_kept)
        self.backups.setSuffix(self.tr(" copies"))
        self.encryption_request: str | None = None
        self.encryption_state = QLabel(
            self.tr("Encrypted with a passphrase")
            if encrypted
            else self.tr("Not encrypted")
            if encrypted is not None
            else self.tr("Not for the demo journal")
        )
        encryption_row = QHBoxLayout()
        encryption_row.addWidget(self.encryption_state, 1)
        self.encryption_buttons: list[QPushButton] = []
        choices = (
            ((self.PASSPHRASE, self.tr("Change passphrase…")), (self.DECRYPT, self.tr("Decrypt…")))
            if encrypted
            else ((self.ENCRYPT, self.tr("Encrypt…")),)
        )
        for request, text in choices:
            button = QPushButton(text)
            button.setEnabled(encrypted is not None)
            button.clicked.connect(lambda _=False, request=request: self._request(request))
            encryption_row.addWidget(button)
            self.encryption_buttons.append(button)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setValue(settings.lock_minutes)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setEnabled(bool(encrypted))
        self.retention = QSpinBox()
        self.retention.setRange(0, 100)
        self.retention.setValue(settings.retention_years)
        self.retention.setSpecialValueText(self.tr("Never"))
        self.retention.setSuffix(self.tr(" years old"))
        self.retention.setEnabled(encrypted is not None)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Appearance"), self.appearance)
        form.addRow(self.tr("&Template for new reflections"), self.template)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow(self.tr("&Backups to keep"), self.backups)
        form.addRow(self.tr("Encryption"), encryption_row)
        form.addRow(self.tr("Loc&k when untouched for"), self.lock_minutes)
        form.addRow(self.tr("&Delete reflections"), self.retention)
        note = QLabel(
            self.tr(
                "The journal is kept in this folder, readable by you only, and backed up there "
                "once a day (in the folder backups). Encrypted, the journal and its backups can be read "
                "only with your passphrase or recovery key, also if the computer is lost."
            )
        )
        note.setWordWrap(True)
        reminder = self._reminder_group(settings, starts_at_login)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(reminder)
        layout.addWidget(buttons)
        self.language.setAccessibleName(self.tr("Language"))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self.template.setAccessibleName(self.tr("Template for new reflections"))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.backups.setAccessibleName(self.tr("Backups to keep"))
        self.lock_minutes.setAccessibleName(self.tr("Lock when untouched for"))
        self.retention.setAccessibleName(self.tr("Delete reflections older than this, after asking once a year"))
        self.retention.setToolTip(
            self.tr(
                "Once a year the window lists the reflections older than this and deletes them when you confirm. "
                "Never: keep them all."
            )
        )

    def _reminder_group(self, settings: Settings, starts_at_login: bool) -> QGroupBox:
        """On or off, how often, the day and the time; the tray; starting at login."""
        self.reminder = ScheduleFields(settings.reminder, ui_language(), self.clock.now())
        self.next_reminder = QLabel()
        self.next_reminder.setObjectName("nextReminder")
        self.next_reminder.setWordWrap(True)
        self.reminder.changed.connect(self._show_next)
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the &tray when the window is closed"))
        self.keep_in_tray.setChecked(settings.keep_in_tray and self.tray)
        self.keep_in_tray.setEnabled(self.tray)
        self._kept_in_tray = settings.keep_in_tray  # chosen on a desktop with a tray: kept for it
        self.starts_at_login = QCheckBox(self.tr("Start at log&in, minimised"))
        self.starts_at_login.setChecked(starts_at_login)
        group = QGroupBox(self.tr("Reminder"))
        column = QVBoxLayout(group)
        column.addWidget(self.reminder)
        column.addWidget(self.next_reminder)
        column.addWidget(self.keep_in_tray)
        column.addWidget(self.starts_at_login)
        if not self.tray:
            no_tray = QLabel(
                self.tr(
                    "This desktop has no system tray: the reminder is shown in the window while it is open, "
                    "and one that was missed comes at the next start."
                )
            )
            no_tray.setObjectName("noTray")
            no_tray.setWordWrap(True)
            column.addWidget(no_tray)
        self._show_next()
        return group

    def _show_next(self) -> None:
        schedule = self.reminder.schedule()
        self.next_reminder.setText(
            next_reminder_text(schedule, self.clock.now(), ui_language()) if schedule.enabled else ""
        )
        self.next_reminder.setVisible(schedule.enabled)

    def _request(self, request: str) -> None:
        """Encrypting, decrypting or a new passphrase is done once the dialog has closed."""
        self.encryption_request = request
        self.accept()

    def _choose_folder(self) -> None:
        folder = FolderChoice.ask(self, self.tr("Choose the folder of the journal"), Path(self.folder.text()))
        if folder is not None:
            self.new_folder = folder
            self.folder.setText(str(folder))

    def chosen(self) -> dict:
        return {
            "language": self.language.currentData(),
            "appearance": self.appearance.currentData(),
            "template": self.template.currentData(),
            "backups_kept": self.backups.value(),
            "data_folder": self.new_folder,
            "lock_minutes": self.lock_minutes.value(),
            "retention_years": self.retention.value(),
            "encryption": self.encryption_request,
            "reminder": self.reminder.schedule(),
            "keep_in_tray": self.keep_in_tray.isChecked() if self.tray else self._kept_in_tray,
            "starts_at_login": self.starts_at_login.isChecked(),
        }

    @classmethod
    def ask(
        cls,
        settings: Settings,
        data_folder: Path | None,
        parent: QWidget | None = None,
        encrypted: bool | None = None,
        templates: list[tuple[str, str]] = (),
        clock: Clock | None = None,
    ) -> dict | None:
        """The chosen settings, or None if cancelled."""
        dialog = cls(settings, data_folder, parent, encrypted, templates, clock)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

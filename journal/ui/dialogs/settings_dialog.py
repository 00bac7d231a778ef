"""Settings: language, appearance, and where the journal is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..settings import Settings

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, data_folder: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.appearance = QComboBox()
        for code, name in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.appearance.addItem(name, code)
        self.appearance.setCurrentIndex(self.appearance.findData(settings.get("appearance")))
        self.folder = QLineEdit(str(data_folder or ""))
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(360)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setEnabled(data_folder is not None)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Appearance"), self.appearance)
        form.addRow(self.tr("Data folder"), folder_row)
        note = QLabel(self.tr("The journal is kept in this folder, readable by you only. To use another "
                              "folder, start Ledelsesjournal with --data-dir FOLDER."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.language.setAccessibleName(self.tr("Language"))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self.folder.setAccessibleName(self.tr("Data folder"))

    def chosen(self) -> dict[str, str]:
        return {"language": self.language.currentData(), "appearance": self.appearance.currentData()}

    @classmethod
    def ask(cls, settings: Settings, data_folder: Path | None, parent: QWidget | None = None) -> dict[str, str] | None:
        """The chosen settings, or None if cancelled."""
        dialog = cls(settings, data_folder, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

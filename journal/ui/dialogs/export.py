"""Exporting from the window: the journal as a backup, the personal framework as a document
(Markdown, HTML, PDF, ODT) or on paper. Files are written whole or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from ...clock import Clock
from ...errors import JournalError
from ...export import ExportOptions, formats, get_exporter
from ...store import Store, is_encrypted
from ..i18n import Retranslating
from ..widgets import Combo
from .revisions import when

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated
FORMAT_NAMES = {"md": "Markdown (.md)", "html": "HTML (.html)", "pdf": "PDF (.pdf)", "odt": "OpenDocument (.odt)"}


class SaveFile:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None


class PrintDialog:
    """The system's print dialog (tests replace ``ask`` to print to a PDF file instead)."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def export_journal(store: Store, target: Path, parent: QWidget | None = None) -> None:
    """The whole journal as JSON at ``target`` (raises JournalError with a clear message)."""
    get_exporter("journal", "json").write_file(store, target, ExportOptions())
    tell_if_plain(parent, store, target)


def tell_if_plain(parent: QWidget | None, store: Store, target: Path) -> None:
    """Written from an encrypted journal, an export is an ordinary file all the same: say so."""
    if store.path is not None and is_encrypted(store.path):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            QApplication.translate("Export", "The file is not encrypted"),
            QApplication.translate(
                "Export",
                "%1 is an ordinary file: it is not encrypted like your journal. Keep it where only you can "
                "read it, and delete it once it has served its purpose.",
            ).replace("%1", str(target)),
        )


def save_as(
    parent: QWidget, store: Store, subject: str, name: str, title: str, suggested: Path, options: ExportOptions
) -> Path | None:
    """Ask where (``suggested`` first), then write the export there whole. The file written, or
    None: cancelled, or it failed and the leader was told why (nothing half-written is left)."""
    exporter = get_exporter(subject, name)
    target = SaveFile.ask(parent, title, suggested, f"{name.upper()} (*{exporter.suffix})")
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(exporter.suffix)
    try:
        exporter.write_file(store, target, options)
    except JournalError as error:
        from ..errors import show_error

        show_error(error, parent)
        return None
    tell_if_plain(parent, store, target)
    return target


def suggested_name(today: date, folder: Path | None = None) -> Path:
    return (folder or Path.home()) / f"ledelsesjournal-{today.isoformat()}.json"


class FrameworkExportDialog(Retranslating, QDialog):
    """Choose what of the personal framework to export, and export or print it."""

    def __init__(
        self,
        store: Store,
        framework: Framework,
        language: str,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.framework = framework
        self.clock = clock or Clock()
        self.setObjectName("frameworkExportDialog")
        self.format = Combo(12)
        for name in formats("framework"):
            self.format.addItem(FORMAT_NAMES.get(name, name), name)
        self.format.setCurrentIndex(max(self.format.findData("pdf"), 0))
        self.revision = Combo(24)
        self.revision.addItem("", None)
        for revision in reversed(store.revisions()):
            self.revision.addItem(f"{revision.name} ({when(revision.created_at)})", revision.uuid)
        self.organisation = QCheckBox()
        self.own_criteria = QCheckBox()
        self.own_criteria.setChecked(True)
        self.private = QCheckBox()
        self.language = Combo(10)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.form = QFormLayout()
        self.labels = {name: QLabel() for name in ("format", "revision", "language")}
        self.form.addRow(self.labels["format"], self.format)
        self.form.addRow(self.labels["revision"], self.revision)
        self.form.addRow(self.labels["language"], self.language)
        for name, widget in self.labels.items():
            widget.setBuddy({"format": self.format, "revision": self.revision, "language": self.language}[name])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for box in (self.organisation, self.own_criteria, self.private):
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: before, Enter pressed Cancel
        self.written: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export my leadership framework"))
        self.labels["format"].setText(self.tr("&Format"))
        self.labels["revision"].setText(self.tr("&Version"))
        self.labels["language"].setText(self.tr("&Language"))
        self.revision.setItemText(0, self.tr("The current text"))
        self.organisation.setText(self.tr("Include the organisation's framework text beside mine"))
        self.own_criteria.setText(self.tr("Include my own success criteria"))
        self.private.setText(self.tr("Include the private part"))
        self.private.setToolTip(self.tr("Off unless you choose it: the private part is for you only"))
        self.export_button.setText(self.tr("&Export…"))
        self.print_button.setText(self.tr("&Print…"))

    def options(self) -> ExportOptions:
        return ExportOptions(
            organisation=self.framework,
            revision=self.revision.currentData(),
            include_organisation=self.organisation.isChecked(),
            include_own_criteria=self.own_criteria.isChecked(),
            include_private=self.private.isChecked(),
            language=self.language.currentData(),
            today=self.clock.today(),
        )

    def export(self) -> None:
        name = self.format.currentData()
        suffix = get_exporter("framework", name).suffix
        stem = "mit-ledelsesgrundlag" if self.language.currentData() == "da" else "my-leadership-framework"
        suggested = Path.home() / f"{stem}-{self.clock.today().isoformat()}{suffix}"
        self.written = save_as(
            self, self.store, "framework", name, self.tr("Export my leadership framework"), suggested, self.options()
        )
        if self.written is not None:
            self.accept()

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from ...export.qt_documents import paint_framework

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("My leadership framework"))
        if PrintDialog.ask(self, printer):
            paint_framework(printer, self.store, self.options())
            self.accept()

"""Exporting or printing the reflection the leader is reading: PDF, HTML or Markdown, in Danish
or English. A private reflection goes out too (she asked for this one), and the dialog says
that the document is marked private. Files are written whole or not at all."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from ...export.reflection_doc import build_reflection, file_name
from ...store import Store
from ..errors import show_error
from ..i18n import Retranslating
from ..widgets import Combo
from .export import FORMAT_NAMES, LANGUAGE_NAMES, PrintDialog, save_as

ORDER = ("pdf", "html", "md")  # paper first: what a leader most often wants of the one she is reading


class ReflectionExportDialog(Retranslating, QDialog):
    """Choose a format and a language, then export the reflection ``uuid`` or print it.

    Raises NotFoundError (before any window is made) when the reflection is not in the journal
    or is in the Trash; :meth:`show_for` says so to the leader instead."""

    def __init__(
        self,
        store: Store,
        framework: Framework,
        uuid: str,
        language: str,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ):
        # Checked first: a reflection that is gone gets no dialog at all.
        document = build_reflection(store, ExportOptions(organisation=framework, reflection=uuid, language=language))
        super().__init__(parent)
        self.store = store
        self.framework = framework
        self.clock = clock or Clock()
        self.uuid = uuid
        self.reflection = store.get(uuid)
        self.document_title = document.title
        self.setObjectName("reflectionExportDialog")
        self.about = QLabel(f"<b>{escape(document.title)}</b><br>{escape(document.when)}")
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setWordWrap(True)
        self.private_note = QLabel()
        self.private_note.setObjectName("privateNote")
        self.private_note.setWordWrap(True)
        self.private_note.setVisible(document.private)
        self.format = Combo(12)
        for name in sorted(formats("reflection"), key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER)):
            self.format.addItem(FORMAT_NAMES.get(name, name), name)
        self.language = Combo(10)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.labels = {"format": QLabel(), "language": QLabel()}
        self.labels["format"].setBuddy(self.format)
        self.labels["language"].setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.labels["format"], self.format)
        form.addRow(self.labels["language"], self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.private_note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Only now, inside the dialog: set earlier, the dialog did not know it and Enter meant Cancel.
        self.export_button.setDefault(True)
        self.written: Path | None = None
        # Wide enough for its title and the note on three lines, narrow enough for a 1024-pixel screen.
        self.setMinimumWidth(440)
        self.format.setFocus()
        self.retranslate()

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        store: Store,
        framework: Framework,
        uuid: str,
        language: str,
        clock: Clock | None = None,
    ) -> Path | None:
        """Show the dialog for ``uuid``; the file written, or None (cancelled, printed, or the
        reflection is gone, which the leader is told)."""
        try:
            dialog = cls(store, framework, uuid, language, parent, clock)
        except JournalError as error:
            show_error(error, parent)
            return None
        dialog.exec()
        return dialog.written

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export or print the reflection"))
        self.labels["format"].setText(self.tr("&Format"))
        self.labels["language"].setText(self.tr("&Language"))
        self.private_note.setText(
            self.tr(
                "This reflection is private. It goes out because you chose it, and the "
                "document is marked private on every page."
            )
        )
        self.export_button.setText(self.tr("&Export…"))
        self.print_button.setText(self.tr("&Print…"))

    def options(self) -> ExportOptions:
        return ExportOptions(
            organisation=self.framework,
            reflection=self.uuid,
            language=self.language.currentData(),
            today=self.clock.today(),
        )

    def export(self) -> None:
        name = self.format.currentData()
        suffix = get_exporter("reflection", name).suffix
        suggested = Path.home() / file_name(self.reflection, self.language.currentData(), suffix)
        self.written = save_as(
            self, self.store, "reflection", name, self.tr("Export the reflection"), suggested, self.options()
        )
        if self.written is not None:
            self.accept()

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from ...export import qt_documents

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document_title)
        if not PrintDialog.ask(self, printer):
            return
        try:
            qt_documents.paint_reflection(printer, self.store, self.options())
        except JournalError as error:
            show_error(error, self)
            return
        self.accept()

"""The period report: to prepare a development conversation or a 3-i-1 follow-up, the patterns
of a period with the reflections the leader chooses to quote, as PDF or HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from ...analytics import Period
from ...clock import Clock
from ...dates import short_date
from ...export import ExportOptions, formats, get_exporter
from ...model import ReflectionFilter
from ...store import Store
from ..dates import DateEdit, ui_language
from ..i18n import Retranslating
from ..widgets import Combo
from .export import LANGUAGE_NAMES, save_as

LISTED = 300  # reflections offered to quote; a search narrows a long period


class ReportDialog(Retranslating, QDialog):
    def __init__(
        self,
        store: Store,
        framework: Framework,
        period: Period,
        language: str,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.framework = framework
        self.clock = clock or Clock()
        self.setObjectName("reportDialog")
        self.resize(620, 620)
        self.start = DateEdit(QDate(period.start or period.end))
        self.end = DateEdit(QDate(period.end))
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        self.to_label = QLabel()
        dates.addWidget(self.to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.format = Combo(8)
        for name in formats("report"):
            self.format.addItem(name.upper(), name)
        self.format.setCurrentIndex(max(self.format.findData("pdf"), 0))
        self.language = Combo(8)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.form = QFormLayout()
        self.period_label, self.format_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.period_label, dates)
        self.form.addRow(self.format_label, self.format)
        self.form.addRow(self.language_label, self.language)
        self.choose_label = QLabel()
        self.choose_label.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.reflections = QListWidget()
        self.reflections.setObjectName("reportReflections")
        self.chosen: set[str] = set()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton()
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.choose_label)
        layout.addWidget(self.search)
        layout.addWidget(self.reflections, 1)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: before, Enter pressed Cancel
        self.written: Path | None = None
        self.start.dateChanged.connect(lambda _: self.fill())
        self.end.dateChanged.connect(lambda _: self.fill())
        self.search.textChanged.connect(lambda _: self.fill())
        self.reflections.itemChanged.connect(self._ticked)
        self.retranslate()
        self.fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Period report"))
        self.period_label.setText(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        self.format_label.setText(self.tr("Format"))
        self.language_label.setText(self.tr("Language"))
        self.choose_label.setText(
            self.tr("Tick the reflections to quote in the report. Private ones are only included if you tick them.")
        )
        self.search.setPlaceholderText(self.tr("Search the period"))
        self.search.setAccessibleName(self.tr("Search the period"))
        self.start.setAccessibleName(self.tr("First day of the period"))
        self.end.setAccessibleName(self.tr("Last day of the period"))
        self.reflections.setAccessibleName(self.tr("Reflections to quote"))
        self.export_button.setText(self.tr("&Export…"))

    def period(self) -> Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return Period(min(start, end), max(start, end))

    def fill(self) -> None:
        """The period's reflections, newest first, the chosen ones ticked."""
        period = self.period()
        selection = ReflectionFilter(text=self.search.text(), date_from=period.start, date_to=period.end)
        self.reflections.blockSignals(True)
        self.reflections.clear()
        for summary in self.store.list(selection, limit=LISTED):
            text = f"{short_date(summary.entry_at.date(), ui_language())}  {summary.title or summary.first_line}"
            if summary.private:
                text += "  (" + self.tr("private") + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.uuid in self.chosen else Qt.CheckState.Unchecked)
            self.reflections.addItem(item)
        self.reflections.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.add(uuid)
        else:
            self.chosen.discard(uuid)

    def options(self) -> ExportOptions:
        period = self.period()
        quoted = tuple(
            sorted(
                uuid for uuid in self.chosen if period.start <= self.store.summary(uuid).entry_at.date() <= period.end
            )
        )
        return ExportOptions(
            organisation=self.framework,
            language=self.language.currentData(),
            period=period,
            today=self.clock.today(),
            reflections=quoted,
        )

    def export(self) -> None:
        name = self.format.currentData()
        suffix = get_exporter("report", name).suffix
        stem = "periodeoverblik" if self.language.currentData() == "da" else "period-report"
        period = self.period()
        suggested = Path.home() / f"{stem}-{period.start.isoformat()}-{period.end.isoformat()}{suffix}"
        self.written = save_as(
            self, self.store, "report", name, self.tr("Export the period report"), suggested, self.options()
        )
        if self.written is not None:
            self.accept()

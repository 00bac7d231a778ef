"""Importing from other journals: a preview of what is in the file, the imported tags mapped onto
themes and success criteria, then one all-or-nothing import (a second import adds nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from ...dates import long_date
from ...importers import ImportData, ImportPreview, TagMapping, preview
from ...store import Store
from ..dates import ui_language

FORMAT_NAMES = {"json": "Ledelsesjournal", "jrnl": "jrnl", "dayone": "Day One", "markdown": "Markdown"}


class ImportSource:
    """Choosing what to import (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: bool) -> Path | None:
        title = QCoreApplication.translate("ImportDialog", "Import")
        if folder:
            name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        else:
            name, _ = QFileDialog.getOpenFileName(
                parent, title, str(Path.home()), "JSON, Day One (*.json *.zip);;*")
        return Path(name) if name else None


class ImportDialog(QDialog):
    """What the file holds, and how its tags become themes or success criteria."""

    def __init__(self, data: ImportData, store: Store, framework: Framework, language: str,
                 source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.framework = framework
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.resize(640, 560)
        self.summary: ImportPreview = preview(data, store)
        layout = QVBoxLayout(self)
        self.facts = QLabel(self._facts(source))
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.facts)
        self.tags = QTableWidget(len(self.summary.tags), 3)
        self.tags.setObjectName("importTags")
        self.tags.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Entries"), self.tr("Becomes")])
        self.tags.verticalHeader().hide()
        self.tags.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        for row, (tag, count) in enumerate(self.summary.tags):
            self.tags.setItem(row, 0, QTableWidgetItem(tag))
            self.tags.setItem(row, 1, QTableWidgetItem(str(count)))
            combo = self._target_combo(language)
            combo.setAccessibleName(self.tr("What the tag %1 becomes").replace("%1", tag))
            self.tags.setCellWidget(row, 2, combo)
            self.choices[tag] = combo
        if self.summary.tags:
            layout.addWidget(QLabel(self.tr("Tags in the file. Map a tag onto a theme or a success criterion to "
                                            "tag those reflections with it:")))
            layout.addWidget(self.tags, 1)
        else:
            self.tags.hide()
        self.drop = QCheckBox(self.tr("Remove the tags that become a theme or a success criterion"))
        self.drop.setVisible(bool(self.summary.tags))
        layout.addWidget(self.drop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import %n reflection(s)", "", self.summary.entries))
        self.import_button.setEnabled(self.summary.entries > 0 or self.summary.framework)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _facts(self, source: Path) -> str:
        s = self.summary
        language = ui_language()
        lines = [self.tr("<b>%1</b> (from %2)").replace("%1", source.name)
                 .replace("%2", FORMAT_NAMES.get(s.format, s.format)),
                 self.tr("%n reflection(s)", "", s.entries)]
        if s.first and s.last:
            lines.append(self.tr("from %1 to %2").replace("%1", long_date(s.first, language))
                         .replace("%2", long_date(s.last, language)))
        if s.new is not None:
            lines.append(self.tr("%1 new, %2 newer than yours, %3 already in your journal")
                         .replace("%1", str(s.new)).replace("%2", str(s.updated)).replace("%3", str(s.unchanged)))
        return "<br>".join(lines)

    def _target_combo(self, language: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("just a tag"), None)
        for theme in self.framework.themes:
            combo.addItem(self.tr("Theme: %1").replace("%1", theme.name.get(language)), f"theme:{theme.id}")
        for theme in self.framework.themes:
            for criterion in theme.success_criteria:
                text = criterion.text.get(language)
                combo.addItem(self.tr("Criterion: %1").replace("%1", text if len(text) < 70 else text[:67] + "…"),
                              f"criterion:{criterion.id}")
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        return combo

    def mapping(self) -> TagMapping:
        themes: dict[str, tuple[str, ...]] = {}
        criteria: dict[str, tuple[str, ...]] = {}
        for tag, combo in self.choices.items():
            target = combo.currentData()  # "theme:<id>" or "criterion:<id>" (Qt keeps plain strings best)
            if target:
                kind, target_id = target.split(":", 1)
                (themes if kind == "theme" else criteria)[tag] = (target_id,)
        return TagMapping(themes=themes, criteria=criteria, keep_tags=not self.drop.isChecked())

    @classmethod
    def ask(cls, data: ImportData, store: Store, framework: Framework, language: str, source: Path,
            parent: QWidget | None = None) -> TagMapping | None:
        """The mapping to import with, or None if the leader cancels."""
        dialog = cls(data, store, framework, language, source, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

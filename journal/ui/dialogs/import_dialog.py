"""Importing from other journals: a preview of what is in the file, the imported tags mapped onto
themes, success criteria and usage contexts (a tag that is one's name suggests it), then one
all-or-nothing import (a second import adds nothing)."""

from __future__ import annotations

from html import escape
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
from ...importers import ImportData, ImportPreview, TagMapping, Target, preview, suggest
from ...store import Store
from ..dates import ui_language
from ..widgets import Combo

FORMAT_NAMES = {"json": "Ledelsesjournal", "jrnl": "jrnl", "dayone": "Day One", "markdown": "Markdown"}
COMBO_LETTERS = 24  # what a "Becomes" box is wide for: its long texts must not widen the dialog past a small screen
SKIPPED_NAMED = 10  # the files named in a "Skipped" line; more are "…"


class ImportSource:
    """Choosing what to import (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: bool) -> Path | None:
        title = QCoreApplication.translate("ImportDialog", "Import")
        if folder:
            name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        else:
            name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), "JSON, Day One (*.json *.zip);;*")
        return Path(name) if name else None


class ImportDialog(QDialog):
    """What the file holds, and how its tags become themes, success criteria or usage contexts.

    A tag that is a theme's or a usage context's name (``journal.importers.suggest``) has it
    chosen already, and marked as suggested; the leader can change it. The rows' order is the
    order in which mapped contexts count when a reflection's tags give more than one."""

    def __init__(
        self,
        data: ImportData,
        store: Store,
        framework: Framework,
        language: str,
        source: Path,
        parent: QWidget | None = None,
    ):
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
        self.tags.setAccessibleName(self.tr("Tags in the file, and what each becomes"))
        self.tags.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Entries"), self.tr("Becomes")])
        self.tags.verticalHeader().hide()
        self.tags.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        for row, (tag, count) in enumerate(self.summary.tags):
            name = QTableWidgetItem(tag)
            self.tags.setItem(row, 0, name)
            self.tags.setItem(row, 1, QTableWidgetItem(str(count)))
            suggestion = suggest(tag, framework)
            combo = self._target_combo(language, suggestion)
            if suggestion is not None:
                name.setToolTip(self.tr("Suggested, because the tag is its name"))
            combo.setAccessibleName(self.tr("What the tag %1 becomes").replace("%1", tag))
            self.tags.setCellWidget(row, 2, combo)
            self.choices[tag] = combo
        if self.summary.tags:
            intro = QLabel(
                self.tr(
                    "Tags in the file. Map a tag onto a theme, a success criterion or a context to "
                    "give those reflections it; a tag that is one's name has it suggested:"
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            layout.addWidget(self.tags, 1)
        else:
            self.tags.hide()
        self.context_rule = QLabel(
            self.tr(
                "A reflection has at most one context: one it already has is kept; "
                "otherwise the first tag in this list that becomes a context decides."
            )
        )
        self.context_rule.setWordWrap(True)
        self.context_rule.setVisible(bool(self.summary.tags))
        layout.addWidget(self.context_rule)
        self.drop = QCheckBox(self.tr("Remove the tags that become a theme, a success criterion or a context"))
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
        lines = [
            self.tr("<b>%1</b> (from %2)")
            .replace("%1", escape(source.name))
            .replace("%2", escape(FORMAT_NAMES.get(s.format, s.format))),
            self.tr("%n reflection(s)", "", s.entries),
        ]
        if s.first and s.last:
            lines.append(
                self.tr("from %1 to %2")
                .replace("%1", long_date(s.first, language))
                .replace("%2", long_date(s.last, language))
            )
        if s.new is not None:
            lines.append(
                self.tr("%1 new, %2 newer than yours, %3 already in your journal")
                .replace("%1", str(s.new))
                .replace("%2", str(s.updated))
                .replace("%3", str(s.unchanged))
            )
        skipped = {
            "link": self.tr("Skipped, as links are not followed: %1"),
            "special": self.tr("Skipped, as they are not regular files (a named pipe, a device): %1"),
        }
        for reason, names in s.skipped:  # files of a folder not read (see journal.importers.common.folder_files)
            listed = ", ".join(escape(name) for name in names[:SKIPPED_NAMED])
            lines.append(skipped[reason].replace("%1", listed + (", …" if len(names) > SKIPPED_NAMED else "")))
        return "<br>".join(lines)

    def _target_combo(self, language: str, suggestion: Target | None) -> QComboBox:
        """Just a tag, each theme, usage context and success criterion; the suggestion chosen.
        The box is as wide as COMBO_LETTERS, whatever its texts; its list shows them whole."""
        combo = Combo(COMBO_LETTERS)

        def add(text: str, target: Target | None) -> None:
            if target is not None and target == suggestion:
                text = self.tr("%1 (suggested)").replace("%1", text)
            combo.addItem(text, str(target) if target else None)  # "kind:id": Qt keeps plain strings best

        add(self.tr("just a tag"), None)
        for theme in self.framework.themes:
            add(self.tr("Theme: %1").replace("%1", theme.name.get(language)), Target("theme", theme.id))
        for context in self.framework.usage_contexts:
            add(self.tr("Context: %1").replace("%1", context.label.get(language)), Target("context", context.id))
        for theme in self.framework.themes:
            for criterion in theme.success_criteria:
                add(
                    self.tr("Criterion: %1").replace("%1", criterion.text.get(language)),
                    Target("criterion", criterion.id),
                )
        if suggestion is not None:
            combo.setCurrentIndex(max(combo.findData(str(suggestion)), 0))
        return combo

    def mapping(self) -> TagMapping:
        """The choices, in the rows' order (which decides between two contexts)."""
        chosen = {
            tag: [Target.parse(combo.currentData())] for tag, combo in self.choices.items() if combo.currentData()
        }
        return TagMapping.of(chosen, keep_tags=not self.drop.isChecked())

    @classmethod
    def ask(
        cls,
        data: ImportData,
        store: Store,
        framework: Framework,
        language: str,
        source: Path,
        parent: QWidget | None = None,
    ) -> TagMapping | None:
        """The mapping to import with, or None if the leader cancels."""
        dialog = cls(data, store, framework, language, source, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

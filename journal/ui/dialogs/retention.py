"""The retention rule's yearly question: these reflections are older than the rule; delete them?"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ... import dates
from ...model import ReflectionSummary
from ...words import word
from ..dates import ui_language


class RetentionDialog(QDialog):
    DELETE, KEEP = "delete", "keep"

    def __init__(self, reflections: list[ReflectionSummary], years: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.choice: str | None = None
        language = ui_language()
        self.setWindowTitle(self.tr("Reflections older than your rule"))
        text = QLabel(
            self.tr(
                "You chose to keep reflections for %1 years. Older than that: %2 (the Trash included). Delete "
                "them for good now, or keep them for another year? The daily backups hold them until they are "
                "replaced, within days."
            )
            .replace("%1", str(years))
            .replace("%2", str(len(reflections)))
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reflections to delete"))
        for summary in reflections:
            title = summary.title or word(language, "reflection.untitled")
            self.list.addItem(f"{dates.column(summary.entry_at, language)}  {title}")
        buttons = QDialogButtonBox()
        self.delete_button = QPushButton(self.tr("Delete them"))
        self.keep_button = QPushButton(self.tr("Keep them this year"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.delete_button.clicked.connect(lambda: self._choose(self.DELETE))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP))
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.resize(560, 420)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, reflections: list[ReflectionSummary], years: int, parent: QWidget | None = None) -> bool | None:
        """True: delete them; False: keep them this year; None: closed without choosing (asked again)."""
        dialog = cls(reflections, years, parent)
        dialog.exec()
        return None if dialog.choice is None else dialog.choice == cls.DELETE

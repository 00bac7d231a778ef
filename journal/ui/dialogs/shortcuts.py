"""Help → Keyboard shortcuts: every command of the window and of the text fields with its keys,
read from the actions themselves, so the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def keys_of(action: QAction) -> str:
    """The action's shortcuts as the platform writes them, the first one first."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


class ShortcutsDialog(QDialog):
    def __init__(
        self, groups: list[tuple[str, list[QAction]]], notes: list[tuple[str, str]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for heading, actions in groups:
            self._add(heading, "", bold=True)
            for action in actions:
                keys = keys_of(action)
                if keys:
                    self._add(action.text().replace("&", ""), keys)
        for text, keys in notes:
            self._add(text, keys)
        intro = QLabel(
            self.tr(
                "Everything in Ledelsesjournal can be done from the keyboard. The menus "
                "open with Alt and the underlined letter."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)

    def _add(self, text: str, keys: str, bold: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((text, keys)):
            item = QTableWidgetItem(value)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text()) for row in range(self.table.rowCount())
        ]

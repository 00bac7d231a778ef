"""Suggestions while writing, as a row of buttons under the themes: "+ Samarbejde og relationer",
"+ Kriterium: …", "+ Kontekst: LUS". One click adds it to the reflection; nothing is added
without one. The suggestions themselves come from journal.suggestions (the journal view asks,
after a pause in typing); this only shows them and says which was chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from .flow_layout import FlowLayout
from .i18n import Retranslating

LABEL_CHARS = 30  # a criterion is a sentence: its button shows the start, the tooltip the whole


class SuggestionBar(Retranslating, QWidget):
    accepted = Signal(str, str)  # kind ("theme", "criterion" or "context"), id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestionBar")
        self._layout = FlowLayout(self, spacing=4)
        self.title = QLabel()
        self.title.setObjectName("suggestionTitle")
        self._layout.addWidget(self.title)
        self.buttons: list[QToolButton] = []
        self._shown: list[tuple[str, str, str, str]] = []
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Suggested:"))
        self.setAccessibleName(self.tr("Suggested themes, criteria and context"))
        self.show_suggestions(self._shown)

    def drop(self, kind: str, key: str) -> None:
        """No longer offer what was just added (a reflection has one context: no other either)."""
        self.show_suggestions([s for s in self._shown if s[:2] != (kind, key) and not (kind == s[0] == "context")])

    def show_suggestions(self, suggestions: list[tuple[str, str, str, str]]) -> None:
        """``suggestions``: (kind, id, name, why) for each, strongest first; [] hides the bar."""
        self._shown = list(suggestions)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        prefixes = {"theme": "", "criterion": self.tr("Criterion: "), "context": self.tr("Context: ")}
        for kind, key, name, why in self._shown:
            text = prefixes[kind] + name
            button = QToolButton(self)
            button.setObjectName(f"suggest-{kind}")
            button.setText("+ " + (text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"))
            button.setToolTip(f"{text}\n{why}")
            button.setAccessibleName(self.tr("Add %1").replace("%1", text))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=kind, i=key: self.accepted.emit(k, i))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))

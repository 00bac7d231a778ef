"""A question to start from, taken from the theme the leader has reflected on least lately."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from framework import Framework, Prompt

from ..clock import Clock
from ..prompts import LATELY_DAYS, suggest_prompt
from ..store import Store
from .i18n import Retranslating


class PromptPanel(Retranslating, QFrame):
    start = Signal(object)  # Prompt: write a reflection on it

    def __init__(
        self,
        store: Store,
        framework: Framework,
        language: str,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.clock = clock or Clock()
        self.framework = framework
        self.language = language
        self.turn = 0
        self.prompt: Prompt | None = None
        self.setObjectName("promptPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("promptHeading")
        layout.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setObjectName("promptText")
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.write = QPushButton()
        self.write.clicked.connect(lambda: self.prompt and self.start.emit(self.prompt))
        self.another = QPushButton()
        self.another.setFlat(True)
        self.another.clicked.connect(self.next_prompt)
        buttons.addWidget(self.write)
        buttons.addWidget(self.another)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Something to reflect on"))
        self.write.setText(self.tr("Write about it"))
        self.write.setAccessibleName(self.tr("Write a reflection on this question"))
        self.another.setText(self.tr("Another question"))

    def set_language(self, language: str) -> None:
        self.language = language
        self._show()

    def refresh(self) -> None:
        """Choose again from the last weeks' reflections (after the journal changed)."""
        today = self.clock.today()
        counts = self.store.period_counts(today - timedelta(days=LATELY_DAYS), today).themes
        self.prompt = suggest_prompt(self.framework, counts, self.store.personal_framework().target, self.turn)
        self._show()

    def next_prompt(self) -> None:
        self.turn += 1
        self.refresh()

    def _show(self) -> None:
        if self.prompt is None:
            self.text.setText("")
            return
        theme = self.framework.theme(self.prompt.theme_id) if self.prompt.theme_id else None
        mark = (
            f"<span style='color:{theme.colour}'>&#9679; {escape(theme.name.get(self.language))}</span><br>"
            if theme
            else ""
        )
        self.text.setText(f"{mark}{escape(self.prompt.text.get(self.language))}")

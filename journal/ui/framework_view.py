"""The organisation's leadership framework the journal uses: themes in their colours, with their
sections as written (statements, why, success criteria, behaviours…) and the situations it is
used in; above it, which framework that is and a button to use another one.

The text is the framework's own (in the chosen language), rendered by :mod:`journal.render` in
the window's palette, so it reads well in light and dark appearance.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from framework import Framework

from ..render import Palette, framework_html
from .i18n import Retranslating

DOCUMENT_MARGIN = 24
CARD_WIDTH = 190  # pixels a theme card needs beside another


class FrameworkView(Retranslating, QWidget):
    """Which framework the journal uses, a button to use another, and its text."""

    use_another = Signal()
    edit = Signal(bool)  # True: a new framework, from a start; False: this one

    def __init__(self, framework: Framework, language: str, can_change: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self.setObjectName("frameworkPage")
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.use_button = QPushButton()
        self.use_button.setObjectName("useAnotherFramework")
        self.use_button.setEnabled(can_change)
        self.use_button.clicked.connect(self.use_another)
        self.edit_button, self.new_button = QPushButton(), QPushButton()
        self.edit_button.setObjectName("editFramework")
        self.new_button.setObjectName("newFramework")
        self.edit_button.clicked.connect(lambda: self.edit.emit(False))
        self.new_button.clicked.connect(lambda: self.edit.emit(True))
        for button in (self.edit_button, self.new_button):
            button.setEnabled(can_change)
        bar = QHBoxLayout()
        bar.setContentsMargins(DOCUMENT_MARGIN, 8, DOCUMENT_MARGIN, 0)
        bar.addWidget(self.in_use, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.use_button)
        self.text = FrameworkText(framework, language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.language
        name = " · ".join(t.get(lang) for t in (self.framework.organisation, self.framework.name) if t)
        year = f" ({self.framework.date.year})" if self.framework.date else ""
        self.in_use.setText(self.tr("In use: %1").replace("%1", name + year))
        self.use_button.setText(self.tr("Use another leadership framework…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Edit this framework's text, with a live preview, and save it as a file to hand out")
        )
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Write a new framework for your organisation, from a start"))
        self.use_button.setToolTip(
            self.tr("Choose a framework file handed out by your organisation; your reflections keep their tags")
        )

    def set_language(self, language: str) -> None:
        self.language = language
        self.text.set_language(language)
        self.retranslate()


class FrameworkText(Retranslating, QTextBrowser):
    """The organisation's framework, rebuilt on language or palette change."""

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self.setObjectName("frameworkView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)  # nothing to follow, and never anything remote
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._columns = 0  # theme cards side by side, as last drawn
        self.retranslate()
        self._render()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The organisation's leadership framework"))

    def palette_colours(self) -> Palette:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return Palette(
            text=palette.color(QPalette.ColorRole.Text).name(),
            muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
            card=base.lighter(125).name() if dark else base.name(),
            border=palette.color(QPalette.ColorRole.Mid).name(),
            accent=palette.color(QPalette.ColorRole.Link).name(),
        )

    def show_framework(self, framework: Framework) -> None:
        """Show another framework (the editor's preview as it is typed), keeping the place."""
        self.framework = framework
        self._render()

    def columns(self) -> int:
        """How many theme cards fit side by side: a card needs about CARD_WIDTH pixels, so that a
        theme's name is not broken inside a word."""
        room = self.viewport().width() - 2 * DOCUMENT_MARGIN
        return max(1, min(len(self.framework.themes), room // CARD_WIDTH))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.columns() != self._columns:
            self._render()

    def _render(self) -> None:
        position = self.verticalScrollBar().value()
        self._columns = self.columns()
        self.setHtml(framework_html(self.framework, self.language, self.palette_colours(), self._columns))
        self.verticalScrollBar().setValue(position)

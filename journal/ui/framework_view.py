"""A read-only view of the organisation's Ledelsesgrundlag: themes in their colours, with
statements, why texts and success criteria, and the situations it is used in.

The text is the framework's own (from its data file, in the chosen language), rendered by
:mod:`journal.render` in the window's palette, so it reads well in light and dark appearance.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from framework import Framework

from ..render import Palette, framework_html
from .i18n import Retranslating

DOCUMENT_MARGIN = 24


class FrameworkView(Retranslating, QTextBrowser):
    """The organisation's framework, rebuilt on language or palette change."""

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self.setObjectName("frameworkView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)  # nothing to follow, and never anything remote
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
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

    def _render(self) -> None:
        position = self.verticalScrollBar().value()
        self.setHtml(framework_html(self.framework, self.language, self.palette_colours()))
        self.verticalScrollBar().setValue(position)

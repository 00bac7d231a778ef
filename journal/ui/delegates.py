"""How one reflection looks in the list: theme colour marks, date, title and first line, with the
words of the current search highlighted. Painted by hand: fixed height, no widgets per row, so
scrolling 100,000 rows costs only the rows on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from framework import Framework

from ..dates import time_of_day, weekday_date
from ..search import match_spans
from .dates import ui_language
from .models import Role

MARK_WIDTH = 5
PADDING = 8
_SELECTED = QStyle.StateFlag.State_Selected
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_BASE, _HIGHLIGHT = QPalette.ColorRole.Base, QPalette.ColorRole.Highlight
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_SUMMARY, _DISPLAY = Role.SUMMARY, Qt.ItemDataRole.DisplayRole


class ReflectionDelegate(QStyledItemDelegate):
    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        self._colours = {theme.id: QColor(theme.colour) for theme in framework.themes}
        self.query = ""  # the search words to highlight
        self.private_mark = "🔒"
        self.deleted_mark = ""  # with %1 for the day, where the list shows the Trash
        self.language = ui_language()
        # Made once, not once a row: scrolling paints a screenful of new rows at every step.
        self._font: QFont | None = None
        self._fonts: dict[str, tuple[QFont, QFontMetrics]] = {}
        self._line = 0
        self._dates: dict[tuple[str, date], str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 3 * line + 2 * PADDING + 4)

    def _use_font(self, font: QFont) -> None:
        if self._font is not None and font == self._font:
            return
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        bold = QFont(font)
        bold.setBold(True)
        plain = self._font = QFont(font)  # a copy: the option's font goes with the option
        self._fonts = {name: (f, QFontMetrics(f)) for name, f in (("small", small), ("bold", bold), ("plain", plain))}
        self._line = self._fonts["plain"][1].lineSpacing()

    def _date(self, day: date) -> str:
        key = (self.language, day)
        shown = self._dates.get(key)
        if shown is None:
            if len(self._dates) > 5000:
                self._dates.clear()
            shown = self._dates[key] = weekday_date(day, self.language)
        return shown

    def when_text(self, summary) -> str:
        """The row's first line: when it was written, and whether it is private or deleted (and when)."""
        entry_at = summary.entry_at
        when = self._date(entry_at.date()) + " · " + time_of_day(entry_at, self.language)
        if summary.starred:
            when += "   ★"
        if summary.private:
            when += "   " + self.private_mark
        if self.deleted_mark and summary.deleted_at is not None:
            when += "   " + self.deleted_mark.replace("%1", self._date(summary.deleted_at.astimezone().date()))
        return when

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & _SELECTED)
        if style is not None:
            style.drawPrimitive(_PANEL, option, painter, option.widget)
        self._use_font(option.font)
        palette: QPalette = option.palette
        text_colour = palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
        muted = QColor(text_colour)
        muted.setAlphaF(0.68)

        summary = index.data(_SUMMARY)
        rect = option.rect
        self._paint_marks(painter, rect, summary.theme_ids)
        left = rect.left() + MARK_WIDTH + PADDING
        width = rect.right() - PADDING - left
        line = self._line
        top = rect.top() + PADDING

        when = self.when_text(summary)
        painter.setFont(self._fonts["small"][0])
        painter.setPen(muted)
        painter.drawText(QRect(left, top, width, line), _LEFT_MIDDLE, when)

        highlight = palette.color(_BASE if selected else _HIGHLIGHT)
        highlight.setAlphaF(0.35)
        title = index.data(_DISPLAY) or ""
        self._draw_run(painter, QRect(left, top + line, width, line), title, "bold", text_colour, highlight)
        first_line = summary.first_line
        if first_line and first_line != title:
            self._draw_run(painter, QRect(left, top + 2 * line, width, line), first_line, "plain", muted, highlight)
        painter.restore()

    def _paint_marks(self, painter: QPainter, rect: QRect, theme_ids: tuple[str, ...]) -> None:
        colours = [self._colours[t] for t in theme_ids if t in self._colours]
        if not colours:
            return
        height = rect.height() - 2 * PADDING
        part = height / len(colours)
        for number, colour in enumerate(colours):
            top = rect.top() + PADDING + round(number * part)
            bottom = rect.top() + PADDING + round((number + 1) * part)
            painter.fillRect(QRect(rect.left() + 3, top, MARK_WIDTH - 1, max(bottom - top - 1, 1)), colour)

    def _draw_run(
        self, painter: QPainter, rect: QRect, text: str, font: str, colour: QColor, highlight: QColor
    ) -> None:
        """Draw ``text`` elided to ``rect`` in one of the fonts made by ``_use_font``, with the
        search words on a highlight."""
        chosen, metrics = self._fonts[font]
        shown = metrics.elidedText(text, _ELIDE_RIGHT, rect.width())
        painter.setFont(chosen)
        if self.query:
            for start, end in match_spans(shown, self.query):
                x = rect.left() + metrics.horizontalAdvance(shown[:start])
                painter.fillRect(
                    QRect(x, rect.top() + 1, metrics.horizontalAdvance(shown[start:end]), rect.height() - 2), highlight
                )
        painter.setPen(colour)
        painter.drawText(rect, _LEFT_MIDDLE, shown)

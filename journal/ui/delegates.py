"""How one reflection looks in the list: theme colour marks, date, title and first line, with the
words of the current search highlighted. Painted by hand: fixed height, no widgets per row, so
scrolling 100,000 rows costs only the rows on screen."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from framework import Framework

from ..render import match_spans
from .models import Role

MARK_WIDTH = 5
PADDING = 8


class ReflectionDelegate(QStyledItemDelegate):
    def __init__(self, framework: Framework, parent=None):
        super().__init__(parent)
        self._colours = {theme.id: QColor(theme.colour) for theme in framework.themes}
        self.query = ""  # the search words to highlight
        self.private_mark = "🔒"

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 3 * line + 2 * PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted = QColor(text_colour)
        muted.setAlphaF(0.68)

        summary = index.data(Role.SUMMARY)
        rect = option.rect
        self._paint_marks(painter, rect, summary.theme_ids)
        left = rect.left() + MARK_WIDTH + PADDING
        width = rect.right() - PADDING - left
        line = QFontMetrics(option.font).lineSpacing()
        top = rect.top() + PADDING

        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7))
        entry_at = summary.entry_at
        when = QLocale().toString(entry_at.date(), "ddd d. MMM yyyy") + f" · {entry_at:%H:%M}"
        if summary.private:
            when += "   " + self.private_mark
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, when)

        bold = QFont(option.font)
        bold.setBold(True)
        highlight = palette.color(QPalette.ColorRole.Highlight if not selected else QPalette.ColorRole.Base)
        highlight.setAlphaF(0.35)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self._draw_run(painter, QRect(left, top + line, width, line), title, bold, text_colour, highlight)
        first_line = summary.first_line
        if first_line and first_line != title:
            self._draw_run(painter, QRect(left, top + 2 * line, width, line), first_line, option.font, muted, highlight)
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

    def _draw_run(self, painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor, highlight: QColor) -> None:
        """Draw ``text`` elided to ``rect``, with the search words on a highlight."""
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        for start, end in match_spans(shown, self.query):
            x = rect.left() + metrics.horizontalAdvance(shown[:start])
            painter.fillRect(QRect(x, rect.top() + 1, metrics.horizontalAdvance(shown[start:end]), rect.height() - 2),
                             highlight)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

"""A month calendar above the list: the days with reflections marked in their themes' colours, as
the filters find them. A click (or Enter) on a day shows that day's reflections in the list; the
arrows (or Page Up / Page Down) move by month. The marks come from the store
(Store.days_with_reflections), asked for by the journal view for the month shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from framework import Framework

from .dates import ui_language

DOTS_AT_MOST = 3  # a day's themes drawn as dots under its number
_NO_THEME = QColor(128, 128, 128)
_LOCALES = {"da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark), "en": QLocale(QLocale.Language.English)}


class CalendarPanel(QCalendarWidget):
    month_shown = Signal(object, object)  # the first and last day of the month now shown
    day_chosen = Signal(object)  # a date

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journalCalendar")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.days: dict[date, tuple[str, ...]] = {}
        self.set_framework(framework)
        self.set_language(ui_language())
        self.currentPageChanged.connect(lambda *_: self.month_shown.emit(*self.month()))
        self.clicked.connect(lambda day: self.day_chosen.emit(day.toPython()))
        self.activated.connect(lambda day: self.day_chosen.emit(day.toPython()))

    def set_framework(self, framework: Framework) -> None:
        self._colours = {theme.id: QColor(theme.colour) for theme in framework.themes}
        self.update()

    def set_language(self, language: str) -> None:
        self.setLocale(_LOCALES.get(language, _LOCALES["en"]))

    def month(self) -> tuple[date, date]:
        """The first and the last day of the month shown."""
        first = date(self.yearShown(), self.monthShown(), 1)
        last = QDate(first).addMonths(1).addDays(-1).toPython()
        return first, last

    def show_days(self, days: dict[date, tuple[str, ...]]) -> None:
        self.days = days
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        # The number in the cell's upper part, the dots in a strip below it, in every cell alike.
        size = max(4, rect.height() // 6)
        room = size + 3
        super().paintCell(painter, rect.adjusted(0, 0, 0, -room), day)
        themes = self.days.get(day.toPython())
        if themes is None:
            return
        colours = [self._colours.get(theme, _NO_THEME) for theme in themes[:DOTS_AT_MOST]] or [_NO_THEME]
        gap = size / 2
        width = len(colours) * size + (len(colours) - 1) * gap
        left = rect.center().x() - width / 2
        top = rect.bottom() - room + 1
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, colour in enumerate(colours):
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(left + number * (size + gap), top, size, size))
        painter.restore()

    def sizeHint(self) -> QSize:  # a little taller than Qt's: room for the dots under the numbers
        hint = super().sizeHint()
        return QSize(hint.width(), round(hint.height() * 1.2))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), round(hint.height() * 1.2))

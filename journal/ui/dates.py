"""Date fields that show dates as journal.dates writes them, in the interface's language.

Qt names the months from the field's locale. British English says "Sept", which English readers
elsewhere do not expect, so the English fields take their names from American English; the order
of day, month and year is ours either way ("2 Dec 2026"), and weeks start on Monday in both.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

NO_DATE = QDate(2000, 1, 1)  # a QDateEdit cannot be empty: its minimum stands for "no date"

_NAMES = {
    "da": (QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


# journal.dates' short forms, as Qt display formats (Qt takes the names from the field's locale).
EDIT_FORMATS = {
    "da": {"date": "d. MMM yyyy", "datetime": "d. MMM yyyy HH.mm", "time": "HH.mm"},
    "en": {"date": "d MMM yyyy", "datetime": "d MMM yyyy HH:mm", "time": "HH:mm"},
}


def ui_language() -> str:
    """The interface's language, as journal.ui.i18n.Translator set it."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def _fit(edit: QDateTimeEdit, kind: str) -> None:
    language = ui_language()
    edit.setLocale(QLocale(*_NAMES[language]))
    edit.setDisplayFormat(EDIT_FORMATS[language][kind])
    if edit.calendarPopup():
        calendar = edit.calendarWidget()
        calendar.setLocale(edit.locale())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def _opens_calendar(event: QKeyEvent) -> bool:
    """F4 or Alt+Down, the keys that open a drop-down list, open the calendar too."""
    return event.key() == Qt.Key.Key_F4 or (
        event.key() == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    )


def _show_calendar(edit: QDateTimeEdit) -> None:
    """Qt opens a date field's calendar only on a click on its arrow: open it from the keyboard too,
    under the field and on its screen, with the field's date chosen and the focus in it."""
    calendar = edit.calendarWidget()
    calendar.setSelectedDate(edit.date())
    popup = calendar.window()
    popup.adjustSize()
    free = edit.screen().availableGeometry()
    spot = edit.mapToGlobal(edit.rect().bottomLeft())
    if spot.y() + popup.height() > free.bottom():
        spot = edit.mapToGlobal(edit.rect().topLeft()) - QPoint(0, popup.height())
    spot.setX(max(free.left(), min(spot.x(), free.right() - popup.width())))
    popup.move(spot)
    popup.show()
    calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class _InLanguage:
    """What both date fields do: rewrite themselves when the language changes, and open their
    calendar from the keyboard. ``KIND`` names their form in EDIT_FORMATS."""

    KIND = "date"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            _fit(self, self.KIND)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _opens_calendar(event):
            _show_calendar(self)
        else:
            super().keyPressEvent(event)


class DateEdit(_InLanguage, QDateEdit):
    """A date in the interface's language, with a calendar to pick it from. ``optional``: the
    earliest date stands for none, shown as the special value text."""

    def __init__(self, day: QDate | None = None, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        if optional:
            self.setMinimumDate(NO_DATE)
        _fit(self, self.KIND)
        self.setDate(day if day is not None else NO_DATE if optional else QDate.currentDate())


class DateTimeEdit(_InLanguage, QDateTimeEdit):
    """A date and a time of day, in the interface's language."""

    KIND = "datetime"

    def __init__(self, moment: QDateTime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        _fit(self, self.KIND)
        if moment is not None:
            self.setDateTime(moment)


class TimeEdit(QTimeEdit):
    """A time of day to the minute, written as journal.dates writes it ("13.00" / "13:00")."""

    def __init__(self, at: time | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        _fit(self, "time")
        if at is not None:
            self.set_time(at)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            _fit(self, "time")
        super().changeEvent(event)

    def set_time(self, at: time) -> None:
        self.setTime(QTime(at.hour, at.minute))

    def value(self) -> time:
        chosen = self.time()
        return time(chosen.hour(), chosen.minute())

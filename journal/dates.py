"""How each language writes dates and times: the one place the list, the editor, the charts, the
dialogs, the exports and the command line take them from.

Danish as Danish readers write it ("ons. 2. dec. 2026", "2. december 2026", "kl. 14.30"), English
as British readers do, with the short month names most English readers expect ("Wed 2 Dec 2026",
"2 December 2026", "Sep" rather than "Sept"). No Qt here: the exports and the command line use it
too. Date fields in the window show the same forms (journal.ui.dates writes them as Qt formats).
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
SHORT_MONTHS = {
    "da": ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
SHORT_WEEKDAYS = {
    "da": ("man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def _lang(language: str) -> str:
    return "da" if language == "da" else "en"


def _day_month(day: date, month: str, language: str) -> str:
    return f"{day.day}. {month}" if _lang(language) == "da" else f"{day.day} {month}"


def long_date(day: date, language: str) -> str:
    """'2. december 2026' / '2 December 2026': a document, a title, a sentence."""
    return f"{_day_month(day, MONTHS[_lang(language)][day.month - 1], language)} {day.year}"


def short_date(day: date, language: str) -> str:
    """'2. dec. 2026' / '2 Dec 2026': a list or a table's narrow column."""
    return f"{_day_month(day, SHORT_MONTHS[_lang(language)][day.month - 1], language)} {day.year}"


def weekday_date(day: date, language: str) -> str:
    """'ons. 2. dec. 2026' / 'Wed 2 Dec 2026': the journal's list."""
    return f"{SHORT_WEEKDAYS[_lang(language)][day.weekday()]} {short_date(day, language)}"


def long_weekday_date(day: date, language: str) -> str:
    """'onsdag 2. december 2026' / 'Wednesday 2 December 2026'."""
    return f"{WEEKDAYS[_lang(language)][day.weekday()]} {long_date(day, language)}"


def day_and_month(day: date, language: str) -> str:
    """'2. december' / '2 December', where the year is said elsewhere."""
    return _day_month(day, MONTHS[_lang(language)][day.month - 1], language)


def time_of_day(moment: datetime, language: str) -> str:
    """'14.30' / '14:30'."""
    return f"{moment:%H.%M}" if _lang(language) == "da" else f"{moment:%H:%M}"


def date_and_time(moment: datetime, language: str, short: bool = True) -> str:
    """'2. dec. 2026 kl. 14.30' / '2 Dec 2026, 14:30' (the moment as given: make it local first)."""
    day = short_date(moment.date(), language) if short else long_date(moment.date(), language)
    if _lang(language) == "da":
        return f"{day} kl. {time_of_day(moment, language)}"
    return f"{day}, {time_of_day(moment, language)}"


def column(moment: datetime, language: str) -> str:
    """:func:`date_and_time`, padded to the widest a date can be, for a column of a listing."""
    return date_and_time(moment, language).ljust(23 if _lang(language) == "da" else 18)


def month_label(month: date, language: str, with_year: bool = True) -> str:
    """'dec. 2026' / 'Dec 2026', or 'dec.' / 'Dec' where the year is shown elsewhere."""
    name = SHORT_MONTHS[_lang(language)][month.month - 1]
    return f"{name} {month.year}" if with_year else name


def long_month(month: date, language: str) -> str:
    """'december 2026' / 'December 2026'."""
    return f"{MONTHS[_lang(language)][month.month - 1]} {month.year}"


def period_words(start: date, end: date, language: str) -> str:
    """'1. januar – 31. marts 2026' (the year said once when both dates share it)."""
    last = long_date(end, language)
    if start == end:
        return last
    first = long_date(start, language) if start.year != end.year else day_and_month(start, language)
    return f"{first} – {last}"

"""The window's look in one place: the sections of resources/style.qss, each given to the widgets
it is for, with a theme's colour filled in where a rule names one (any organisation's framework,
with its own colours).

Not one style sheet for the whole application: with that, every widget is drawn through Qt's
style-sheet style, and the window took 60 ms longer to open (the benchmark's start, 10,000
reflections). A style sheet keeps the palette it was polished with, so after a switch between light
and dark :func:`polish_again` gives each styled widget its sheet anew.
"""

from __future__ import annotations

import re
import weakref
from functools import cache

import shiboken6
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from .assets import asset

_SECTION = re.compile(r"^/\* == ([\w-]+) ==.*?\*/\s*$", re.M)
_styled: list[weakref.ref] = []  # what polish_again goes through; gone widgets are dropped as it goes


def on_colour(colour: str) -> str:
    """Text that reads on ``colour``: white on a dark colour, black on a light one."""
    return "#ffffff" if QColor(colour).lightnessF() < 0.6 else "#000000"


@cache
def sections() -> dict[str, str]:
    """The style sheet's sections by name."""
    text = asset("style.qss").read_text(encoding="utf-8")
    marks = list(_SECTION.finditer(text))
    return {
        mark.group(1): text[mark.end() : following.start() if following else len(text)].strip()
        for mark, following in zip(marks, [*marks[1:], None], strict=True)
    }


def styled(widget: QWidget, section: str, colour: str | None = None) -> None:
    """Give ``widget`` its section of the style sheet (a theme's ``colour`` filled in)."""
    sheet = sections()[section]
    if colour is not None:
        sheet = sheet.replace("@colour", colour).replace("@on", on_colour(colour))
    widget.setStyleSheet(sheet)
    _styled.append(weakref.ref(widget))


def polish_again() -> None:
    """After the palette changed: each styled widget takes its colours anew."""
    _styled[:] = [ref for ref in _styled if ref() is not None and shiboken6.isValid(ref())]
    for ref in _styled:
        widget = ref()
        sheet = widget.styleSheet()
        widget.setStyleSheet("")
        widget.setStyleSheet(sheet)

"""On this day, where the editor is while no reflection is open: a year ago today, a step due."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from journal.clock import FixedClock
from journal.model import NextStep
from journal.organisation import framework_of
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from tests.factories import at, reflection

TODAY = date(2026, 12, 3)


@pytest.fixture
def window(qtbot, store, qsettings, translator):
    translator.use("da")
    window = MainWindow(store, framework_of(store), Settings(qsettings), translator, clock=FixedClock(TODAY))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    shiboken6.delete(window)


def test_on_this_day_opens_what_was_written_and_the_steps_whose_day_has_come(qtbot, store, qsettings, translator):
    year_ago = store.create(reflection(title="Første LUS-runde", entry_at=at(2025, 12, 3, 10)))
    for hour in (8, 9, 10, 11):
        store.create(reflection(title=f"Travl dag {hour}", entry_at=at(2026, 11, 3, hour)))
    step = NextStep("Følg op med Åse", due=date(2026, 12, 1))
    with_step = store.create(reflection(title="Svær samtale", entry_at=at(2026, 10, 20), next_steps=(step,)))
    translator.use("da")
    window = MainWindow(store, framework_of(store), Settings(qsettings), translator, clock=FixedClock(TODAY))
    try:
        window.show()
        qtbot.waitExposed(window)
        panel = window.journal.looking_back
        assert panel.isVisible()  # the window opens with no reflection open: it shows at once
        texts = [button.full_text for button in panel.buttons]
        assert texts == [
            "Travl dag 11",
            "Travl dag 10",
            "Travl dag 9",
            "1 mere den dag …",
            "Første LUS-runde",
            "1. dec. 2026 · Følg op med Åse",
        ]
        panel.buttons[4].click()
        assert window.journal.editor.current_uuid == year_ago.uuid and not panel.isVisible()
        window.journal.editor.load(None)
        panel.buttons[-1].setFocus()
        qtbot.keyClick(panel.buttons[-1], Qt.Key.Key_Space)  # the keyboard alone
        assert window.journal.editor.current_uuid == with_step.uuid
        window.journal.editor.load(None)
        panel.buttons[3].click()  # the rest of that day: the list filtered to it
        selection = window.journal.filter_bar.selection()
        assert selection.date_from == selection.date_to == date(2026, 11, 3)
        assert window.journal.model.rowCount() == 4
    finally:
        window.close()
        shiboken6.delete(window)


def test_nothing_to_look_back_on_shows_only_the_hint(window):
    assert not window.journal.looking_back.isVisible()
    assert window.journal.editor.empty_hint.isVisible()


def test_the_month_calendar_marks_days_as_the_filters_find_them_and_a_day_filters_the_list(window, store, qtbot):
    store.create(reflection(title="a", entry_at=at(2026, 11, 3), theme_ids=("borgere",), tags=("budget",)))
    store.create(reflection(title="b", entry_at=at(2026, 11, 3, 15), theme_ids=("styring",)))
    store.create(reflection(title="c", entry_at=at(2026, 11, 20), theme_ids=("samarbejde",)))
    store.create(reflection(title="d", entry_at=at(2026, 10, 7)))
    journal = window.journal
    journal.reload()
    assert journal.calendar is None  # made the first time it is shown (40 ms every start otherwise)
    journal.filter_bar.calendar_toggle.click()
    calendar = journal.calendar
    assert calendar.isVisible()
    calendar.setCurrentPage(2026, 11)
    assert calendar.days == {date(2026, 11, 3): ("borgere", "styring"), date(2026, 11, 20): ("samarbejde",)}
    journal.filter_bar.tag.setCurrentIndex(journal.filter_bar.tag.findData("budget"))
    assert calendar.days == {date(2026, 11, 3): ("borgere",)}  # follows the filters
    journal.filter_bar.clear()
    calendar.setFocus()
    qtbot.keyClick(calendar.focusProxy() or calendar, Qt.Key.Key_PageUp)  # a month back, from the keyboard
    assert calendar.month() == (date(2026, 10, 1), date(2026, 10, 31))
    assert calendar.days == {date(2026, 10, 7): ()}
    calendar.day_chosen.emit(date(2026, 10, 7))  # as a click on the day does
    assert [journal.model.summary(row).title for row in range(journal.model.rowCount())] == ["d"]
    assert not journal.filter_bar.panel.isVisible()  # the calendar shows the day: the filters stay shut
    calendar.day_chosen.emit(date(2026, 10, 7))  # the same day again: every day
    assert journal.model.rowCount() == 4

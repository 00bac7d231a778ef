"""The window and every dialog fit the screen they open on: a 1366 x 768 laptop and a 1024 x 768
screen, in Danish and English, with the demo journal, in every view, with the filters open and
after a click-through from each chart. Long texts elide or wrap; they never widen the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QMessageBox, QWidget

from framework import load_bundled
from journal.app import open_demo_store
from journal.clock import FixedClock
from journal.ui.actions import VIEWS
from journal.ui.main_window import DECORATION, MainWindow
from journal.ui.settings import Settings
from tests.ui.helpers import accessible_name

TODAY = date(2026, 11, 27)
DATA = Path(__file__).resolve().parents[1] / "data"


def screen(name: str):
    return next(s for s in QApplication.screens() if s.name() == name)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_demo_store(tmp_path_factory.mktemp("demo"), FixedClock(TODAY))
    yield store
    store.close()


@pytest.fixture
def window_on(qtbot, demo, qsettings, translator):
    """The main window with the demo journal, opened on the named screen in the language."""
    made = []

    def make(screen_name: str, language: str) -> MainWindow:
        translator.use(language)
        window = MainWindow(demo, load_bundled(), Settings(qsettings), translator, demo=True, clock=FixedClock(TODAY))
        window.fit_to_screen(screen(screen_name), centre=True)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        shiboken6.delete(window)


def free(widget: QWidget) -> QRect:
    return widget.screen().availableGeometry()


def assert_fits(window: MainWindow, what: str) -> None:
    area = free(window)
    QApplication.processEvents()
    needed = window.minimumSizeHint()
    assert needed.width() <= area.width() - DECORATION.width(), f"{what}: needs {needed.width()} px"
    assert needed.height() <= area.height() - DECORATION.height(), f"{what}: needs {needed.height()} px"
    assert area.contains(window.geometry()), f"{what}: {window.geometry()} is not within {area}"


SCREENS = [("laptop", "da"), ("laptop", "en"), ("small", "da"), ("small", "en")]


@pytest.mark.parametrize("screen_name, language", SCREENS)
def test_the_first_window_fits_the_screen_it_opens_on(window_on, screen_name, language):
    window = window_on(screen_name, language)
    area = free(window)
    outer = QRect(window.pos(), window.size() + DECORATION)
    assert area.contains(outer), (outer, area)
    assert window.width() >= min(1200, area.width() - 40)  # and it uses the room there is


@pytest.mark.parametrize("screen_name, language", SCREENS)
def test_every_view_and_the_filters_fit(window_on, screen_name, language):
    window = window_on(screen_name, language)
    for name in VIEWS:
        window.show_view(name)
        assert_fits(window, name)
    window.show_view("journal")
    window.journal.filter_bar.toggle.setChecked(True)
    longest = max(
        range(window.journal.filter_bar.criterion.count()),
        key=lambda row: len(window.journal.filter_bar.criterion.itemText(row)),
    )
    window.journal.filter_bar.criterion.setCurrentIndex(longest)
    assert_fits(window, "the filters, with the longest success criterion chosen")
    for name in VIEWS:  # and it does not stay wide in the other views
        window.show_view(name)
        assert_fits(window, f"{name} after the filters")


@pytest.mark.parametrize("screen_name, language", SCREENS)
def test_a_click_through_from_each_chart_fits(window_on, screen_name, language):
    window = window_on(screen_name, language)
    window.show_view("patterns")
    view = window.patterns_view
    figures = view.figures
    month = figures.coverage.months[-2]
    criterion = figures.coverage.criteria[0].criterion_id
    clicks = {
        "balance": lambda: view.balance_chart.theme_clicked.emit("styring"),
        "trend": lambda: view.trend_chart.bucket_clicked.emit("borgere", figures.period.start, figures.period.end),
        "coverage": lambda: view.coverage_map.cell_clicked.emit(criterion, month),
        "calendar": lambda: view.calendar.day_clicked.emit(date(2026, 11, 3)),
        "contexts": lambda: view.contexts_chart.clicked.emit(next(iter(figures.breakdown.contexts))),
        "stakeholders": lambda: view.stakeholders_chart.clicked.emit("staff"),
    }
    for name, click in clicks.items():
        window.show_view("patterns")
        click()
        assert window.current_view() == "journal", name
        assert_fits(window, f"after clicking the {name} chart")


@pytest.mark.parametrize("screen_name, language", SCREENS)
def test_the_reminder_in_the_window_fits_in_every_view(window_on, screen_name, language):
    """Where no tray shows it, the reminder is a note above the views: the longest question, under
    the longest theme's name, wraps."""
    from journal.reminders import Notice
    from journal.words import word

    window = window_on(screen_name, language)
    framework = load_bundled()
    longest = max(framework.prompts(), key=lambda prompt: len(prompt.text.get(language)))
    theme = max((t.name.get(language) for t in framework.themes), key=len)
    title = word(language, "reminder.title_theme", theme=theme)
    window.show_reminder_in_window(Notice(title, longest.text.get(language), longest))
    assert window.reminder_banner.isVisible()
    for name in VIEWS:
        window.show_view(name)
        assert_fits(window, f"{name} with the reminder shown")


class Dialogs:
    """Every modal dialog that opens while it watches: its size is noted, and it is closed."""

    def __init__(self):
        self.seen: list[tuple[str, QRect, QSize, QRect]] = []
        self.unnamed: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        QApplication.processEvents()
        self.seen.append(
            (
                type(modal).__name__ + ":" + modal.windowTitle(),
                modal.frameGeometry(),
                modal.minimumSizeHint(),
                modal.screen().availableGeometry(),
            )
        )
        for widget in modal.findChildren(QWidget):  # every control a screen reader meets in it has a name
            if isinstance(widget.parentWidget(), QAbstractSpinBox) or not widget.isVisibleTo(modal):
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not accessible_name(widget).strip():
                self.unnamed.append(f"{modal.windowTitle()}: {type(widget).__name__} {widget.objectName()}")
        if isinstance(modal, QMessageBox):
            modal.done(0)
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def __enter__(self) -> Dialogs:
        self.timer.start()
        return self

    def __exit__(self, *_) -> None:
        self.timer.stop()


@pytest.mark.parametrize("screen_name, language", SCREENS)
def test_every_dialog_fits(window_on, screen_name, language, monkeypatch):
    from journal.ui.dialogs.import_dialog import ImportSource

    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, *a: DATA / "jrnl" / "export.json"))
    window = window_on(screen_name, language)
    a = window.actions_
    openers = {
        "settings": a.settings.trigger,
        "trash": a.trash.trigger,
        "backups": a.backups.trigger,
        "a person in the journal": a.people.trigger,
        "welcome": a.welcome.trigger,
        "about": a.about.trigger,
        "shortcuts": a.shortcuts.trigger,
        "import": a.import_file.trigger,
        "export the framework": a.export_framework.trigger,
        "revisions": lambda: window.personal_view.show_revisions(),
        "save a revision": lambda: window.personal_view.save_revision(),
        "period report": lambda: window.patterns_view.export_report(),
        "templates": lambda: (window.show_view("journal"), window.journal.editor.template_chooser.manage()),
        "export or print the reflection": lambda: (
            window.show_view("journal"),
            window.journal.list.setCurrentIndex(window.journal.model.index(0, 0)),
            a.print_.trigger(),
        ),
    }
    for name, open_it in openers.items():
        with Dialogs() as dialogs:
            open_it()
        assert dialogs.seen, f"{name} opened no dialog"
        for title, frame, needed, area in dialogs.seen:
            assert needed.width() <= area.width() and needed.height() <= area.height(), (name, title, needed)
            assert area.contains(frame), (name, title, frame, area)
        assert not dialogs.unnamed, dialogs.unnamed


def test_a_window_last_closed_larger_than_its_screen_comes_back_within_it(make_window, qtbot):
    small = screen("small").availableGeometry()
    window = make_window()
    window.setGeometry(small.left() + 300, 200, 1300, 900)  # wider and taller than the 1024 x 768 screen
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    outer = QRect(again.pos(), again.size() + DECORATION)
    assert again.screen().name() == "small" and small.contains(outer), (outer, small)

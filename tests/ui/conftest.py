"""Qt tests run offscreen, each with its own data folder and settings file.

The offscreen platform gets two screens (tests/ui/screens.json): the most common office laptop,
1366 x 768, as the primary, and a 1024 x 768 screen beside it, so a test can check that the window
and its dialogs fit either."""

from __future__ import annotations

import gc
import os
from pathlib import Path

SCREENS = Path(__file__).with_name("screens.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREENS}")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from journal.organisation import framework_of  # noqa: E402
from journal.store import Store  # noqa: E402
from journal.ui.i18n import Translator  # noqa: E402
from journal.ui.main_window import MainWindow  # noqa: E402
from journal.ui.settings import Settings  # noqa: E402


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "journal.sqlite3") as store:
        yield store


@pytest.fixture
def translator(qapp):
    translator = Translator(qapp)
    yield translator
    translator.uninstall()
    translator.deleteLater()


@pytest.fixture
def make_window(qtbot, store, qsettings, translator):
    """Build the main window as the app does; ``language`` overrides the saved setting."""

    windows = []

    def make(language: str | None = None) -> MainWindow:
        settings = Settings(qsettings)
        translator.use(language or settings.language)
        window = MainWindow(store, framework_of(store), settings, translator)
        windows.append(window)
        return window

    yield make
    # Gone before the store closes and the translator leaves: no event may reach them after.
    for window in windows:
        window.close()
        shiboken6.delete(window)


@pytest.fixture(autouse=True)
def _collect_as_usual():
    """run_app freezes what exists once its window is shown (journal.app.keep_what_the_start_made);
    in the tests that would keep every earlier test's garbage for good. Thawed after each test."""
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _application(qapp):
    """Every Qt test runs inside a QApplication, as the app does. Without one, exporting a PDF
    would create a bare QGuiApplication (as the command line does) and no widget could follow."""
    return qapp

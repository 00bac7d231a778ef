"""Starting the app: a journal that cannot be opened gets a clear, translated message."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from journal import app as app_module
from journal import migrations
from journal.errors import (
    CorruptDatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAJournalError,
    WriteError,
)
from journal.paths import DB_FILENAME
from journal.store import Store
from journal.ui.errors import explain


@pytest.mark.parametrize("error,title,phrase", [
    (NewerDatabaseError("/j.db", "x"), "Journal fra en nyere version", "nyere version af Ledelsesjournal"),
    (NotAJournalError("/j.db", "x"), "Ikke en journal", "hører til et andet program"),
    (CorruptDatabaseError("/j.db", "x"), "Journalen er beskadiget", "Gendan den fra en sikkerhedskopi"),
    (LockedDatabaseError("/j.db", "x"), "Journalen er i brug", "Luk den anden kopi"),
    (WriteError("/j.db", "x"), "Kan ikke gemme", "Intet af det, der allerede er gemt, er gået tabt"),
])
def test_errors_are_explained_in_danish(translator, error, title, phrase):
    translator.use("da")
    shown_title, text = explain(error)
    assert shown_title == title and phrase in text and "/j.db" in text


def test_a_newer_journal_is_refused_at_start_with_a_message(qapp, tmp_path, monkeypatch):
    with Store.open(tmp_path / DB_FILENAME) as store:
        store.db.execute("SELECT 1")
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() + 5}")
    conn.commit()
    conn.close()
    before = (tmp_path / DB_FILENAME).read_bytes()
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda error, parent=None: shown.append(error))
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="en", command=None))
    assert code == 1
    assert isinstance(shown[0], NewerDatabaseError)
    assert (tmp_path / DB_FILENAME).read_bytes() == before


def test_the_demo_journal_is_full_and_throwaway(qtbot, tmp_path, translator, qsettings, monkeypatch):
    from framework import load_bundled
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    real = tmp_path / "real"
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(real))
    store = app_module.open_demo_store(tmp_path / "demo")
    try:
        translator.use("da")
        window = MainWindow(store, load_bundled(), Settings(qsettings), translator, demo=True)
        qtbot.addWidget(window)
        assert store.count() > 100
        assert window.windowTitle() == "Ledelsesjournal – demojournal"
        assert window._status.text().endswith("i en midlertidig demojournal")
        assert window.journal.model.total > 100 and window.journal.model.rowCount() > 50
        from journal.ui.dialogs.welcome import WelcomeDialog

        monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("welcomed in demo")))
        window.maybe_welcome()
    finally:
        store.close()
    assert not real.exists()  # the real journal was never opened


def test_a_second_copy_asks_the_first_to_come_forward_and_leaves(qapp, tmp_path, monkeypatch):
    from journal.instance import InstanceLock
    from journal.ui.errors import AlreadyOpen

    told = []
    monkeypatch.setattr(AlreadyOpen, "tell", classmethod(lambda cls, folder: told.append(folder)))
    with InstanceLock(tmp_path) as first:
        assert first.acquire()
        code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None))
    assert code == 0 and told == [tmp_path]
    assert first.show_request.exists()
    assert not (tmp_path / DB_FILENAME).exists()  # the second copy never opened the journal


def test_the_open_window_comes_forward_when_asked(make_window, qtbot, store, tmp_path):
    from journal.instance import InstanceLock

    window = make_window()
    lock = InstanceLock(tmp_path)
    window.come_forward_on(lock.show_request)
    window.showMinimized()
    lock.ask_to_show()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)

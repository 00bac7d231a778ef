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
from journal.ui.dialogs.backups import JournalProblemDialog
from journal.ui.errors import explain
from tests.ui.helpers import total


@pytest.mark.parametrize(
    "error,title,phrase",
    [
        (NewerDatabaseError("/j.db", "x"), "Journal fra en nyere version", "nyere version af Ledelsesjournal"),
        (NotAJournalError("/j.db", "x"), "Ikke en journal", "hører til et andet program"),
        (CorruptDatabaseError("/j.db", "x"), "Journalen er beskadiget", "Gendan den fra en sikkerhedskopi"),
        (LockedDatabaseError("/j.db", "x"), "Journalen er i brug", "Luk den anden kopi"),
        (WriteError("/j.db", "x"), "Kan ikke gemme", "Intet af det, der allerede er gemt, er gået tabt"),
    ],
)
def test_errors_are_explained_in_danish(translator, error, title, phrase):
    translator.use("da")
    shown_title, text = explain(error)
    assert shown_title == title and phrase in text and "/j.db" in text


def _newer_journal(folder) -> bytes:
    with Store.open(folder / DB_FILENAME) as store:
        store.conn.execute("SELECT 1")
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() + 5}")
    conn.commit()
    conn.close()
    return (folder / DB_FILENAME).read_bytes()


def _close_windows_soon(qapp) -> None:
    """run_app runs the event loop until the window closes: close it once it is shown."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, lambda: [w.close() for w in qapp.topLevelWidgets() if w.isWindow()])


def test_a_newer_journal_is_refused_at_start_and_left_untouched(qapp, tmp_path, monkeypatch):
    before = _newer_journal(tmp_path)
    asked = []
    monkeypatch.setattr(
        JournalProblemDialog,
        "ask",
        classmethod(lambda cls, error, backups, parent=None: asked.append(error) or ("quit", None)),
    )
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="en", command=None))
    assert code == 1
    assert isinstance(asked[0], NewerDatabaseError)
    assert (tmp_path / DB_FILENAME).read_bytes() == before


def test_a_damaged_journal_is_restored_from_a_backup_at_start(qapp, tmp_path, monkeypatch):
    from journal.backup import backup, list_backups
    from journal.ui.dialogs.backups import Restored
    from tests.factories import reflection

    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Reddet fra sikkerhedskopien"))
        made = backup(store, tmp_path, keep=3)
    (tmp_path / DB_FILENAME).write_bytes(b"\x00 damaged " * 2000)
    offered = []

    def restore_the_backup(cls, error, backups, parent=None):
        offered.append((type(error).__name__, [b.path for b in backups]))
        return ("restore", backups[0].path)

    monkeypatch.setattr(JournalProblemDialog, "ask", classmethod(restore_the_backup))
    monkeypatch.setattr(Restored, "tell", classmethod(lambda cls, parent, kept: None))
    _close_windows_soon(qapp)
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None))
    assert code == 0
    assert offered == [("CorruptDatabaseError", [made])]
    with Store.open(tmp_path / DB_FILENAME) as store:
        assert [s.title for s in store.list()] == ["Reddet fra sikkerhedskopien"]
    kept = [b for b in list_backups(tmp_path) if b.before_restore]
    assert len(kept) == 1 and kept[0].path.read_bytes().startswith(b"\x00 damaged")  # nothing thrown away


def test_a_journal_with_a_damaged_schema_offers_its_backups_at_start(qapp, tmp_path, monkeypatch):
    """Bytes flipped in the schema's text made SQLite's complaint undecodable: the window died of
    a UnicodeDecodeError instead of offering the backups, one of which is damaged too."""
    from journal.backup import backup, list_backups
    from journal.ui.dialogs.backups import Restored
    from tests.core.test_damage import SCHEMA_DAMAGE, flip
    from tests.factories import reflection

    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Reddet fra sikkerhedskopien"))
        good = backup(store, tmp_path, keep=3)
        bad = backup(store, tmp_path, keep=3)
    bad.write_bytes(bad.read_bytes()[:60])  # a backup damaged too: its manifest cut short
    flip(tmp_path / DB_FILENAME, *SCHEMA_DAMAGE["a keyword"])
    offered = []

    def restore_each(cls, error, backups, parent=None):
        offered.append((type(error).__name__, [(b.path, b.reflections) for b in backups]))
        return ("restore", [bad, good][len(offered) - 1] if len(offered) <= 2 else None)

    monkeypatch.setattr(JournalProblemDialog, "ask", classmethod(restore_each))
    monkeypatch.setattr(Restored, "tell", classmethod(lambda cls, parent, kept: None))
    told = []
    monkeypatch.setattr(app_module, "show_error", lambda error, parent=None: told.append(error))
    _close_windows_soon(qapp)
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None))
    assert code == 0
    # The damaged backup cannot be counted, and is refused when chosen; the good one is restored.
    assert offered == [("CorruptDatabaseError", [(bad, None), (good, 1)])] * 2
    assert len(told) == 1 and isinstance(told[0], CorruptDatabaseError)
    with Store.open(tmp_path / DB_FILENAME) as store:
        assert [s.title for s in store.list()] == ["Reddet fra sikkerhedskopien"]
    assert len([b for b in list_backups(tmp_path) if b.before_restore]) == 1


def test_another_folder_can_be_chosen_at_start(qapp, tmp_path, monkeypatch):
    from journal.paths import resolve_data_dir

    _newer_journal(tmp_path)
    other = tmp_path / "andet"
    monkeypatch.setattr(JournalProblemDialog, "ask", classmethod(lambda cls, *a, **k: ("folder", other)))
    monkeypatch.delenv("LEDELSESJOURNAL_DATA_DIR")
    _close_windows_soon(qapp)
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None))
    assert code == 0 and (other / DB_FILENAME).exists()
    assert resolve_data_dir(None) == other  # remembered for the next start and the command line


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
        assert total(qtbot, window) > 100 and window.journal.model.rowCount() > 50
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


def test_the_problem_dialog_offers_what_fits_the_problem(qtbot, translator, tmp_path):
    from journal.errors import CorruptDatabaseError, LockedDatabaseError

    translator.use("da")
    damaged = JournalProblemDialog(CorruptDatabaseError(tmp_path, "x"), [])
    qtbot.addWidget(damaged)
    assert not damaged.retry_button.isVisibleTo(damaged) and not damaged.restore_button.isEnabled()
    assert damaged.windowTitle() == "Journalen er beskadiget"
    locked = JournalProblemDialog(LockedDatabaseError(tmp_path, "x"), [])
    qtbot.addWidget(locked)
    assert locked.retry_button.isVisibleTo(locked)


def _close_when(qapp, ready, timeout_ms: int = 10_000) -> list:
    """Close the window run_app shows once ``ready(window)`` holds (or time is up); the window's
    status message at that moment is returned in the list."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from journal.ui.main_window import MainWindow

    seen, clock, poll = [], QElapsedTimer(), QTimer()
    clock.start()

    def check():
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and (ready(windows[0]) or clock.elapsed() > timeout_ms):
            poll.stop()
            seen.append(windows[0].statusBar().currentMessage())
            windows[0].close()

    poll.timeout.connect(check)
    poll.start(50)
    seen.append(poll)  # kept alive until run_app returns
    return seen


def test_the_first_start_of_a_day_backs_up_the_journal(qapp, tmp_path):
    from journal.backup import list_backups
    from tests.factories import reflection

    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Første"))
    _close_when(qapp, lambda window: True)
    assert app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None)) == 0
    made = list_backups(tmp_path)  # whole once run_app returns, even if the window closed first
    assert [b.reflections for b in made] == [1]
    _close_when(qapp, lambda window: True)
    assert app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None)) == 0
    assert len(list_backups(tmp_path)) == 1  # one a day


def test_what_the_start_made_is_frozen_and_the_lists_rows_are_not_tracked(qapp, tmp_path, monkeypatch):
    """A full pass over the start's objects (modules, classes, widgets) took 10 to 25 ms, and
    one over the list's rows as long again: stalls while scrolling. Once the window is shown the
    first are frozen, and the rows read from then on (tuples of plain values and a shared set of
    themes) are left alone by the collector after it has looked at them once."""
    import gc

    from journal import store as store_module
    from tests.factories import reflection

    monkeypatch.setattr(store_module, "_THEME_SETS", {})  # made anew at this start, as at a real one
    with Store.open(tmp_path / DB_FILENAME) as store:
        for number in range(30):
            themes = ("borgere",) if number % 2 else ("samarbejde", "styring")
            store.create(reflection(title=f"R{number}", theme_ids=themes))
    seen = []

    def look(window) -> bool:
        model = window.journal.model
        model.reload()  # rows read after the start, as scrolling reads them
        gc.collect(0)
        seen.append((gc.get_freeze_count(), len(model._rows), [row for row in model._rows if gc.is_tracked(row)]))
        return True

    _close_when(qapp, look)
    gc.disable()  # the strictest start: nothing looked at before the window is shown
    try:
        assert app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None)) == 0
    finally:
        gc.enable()
    frozen, rows, tracked = seen[-1]
    assert frozen > 10_000 and rows == 30 and tracked == []


def test_a_failed_daily_backup_is_told_and_the_journal_stays_usable(qapp, tmp_path):
    from tests.factories import reflection

    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Første"))
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    seen = _close_when(qapp, lambda window: window.statusBar().currentMessage() != "")
    assert app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None)) == 0
    assert seen[-1].startswith("Den daglige sikkerhedskopi mislykkedes") and "backups" in seen[-1]


def _journal_of_version_4(folder) -> None:
    """A journal as version 4 of the schema left it, with two reflections."""
    connection = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    migrations.apply(connection, upto=4)
    for number, title in enumerate(["Møde med borgerne", "Budgetmøde"]):
        when = f"2026-01-0{number + 1}T09:00:00.000000"
        connection.execute(
            "INSERT INTO reflections (uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (f"u{number}", when + "+00:00", when, when[:10], when, when, title),
        )
    connection.close()


def test_an_older_journal_is_upgraded_with_a_window_that_says_so(qapp, qtbot, tmp_path, monkeypatch):
    from journal.ui.dialogs import upgrade as upgrade_module

    _journal_of_version_4(tmp_path)
    slow = migrations.apply

    def slowly(connection, upto=None):  # as a journal of 100,000 reflections would take
        import time

        time.sleep(0.6)
        slow(connection, upto)

    monkeypatch.setattr(migrations, "apply", slowly)
    monkeypatch.setattr(upgrade_module, "SHOW_AFTER_MS", 100)
    seen = []
    from PySide6.QtCore import QTimer

    def look_and_press_escape():
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for window in qapp.topLevelWidgets():
            if isinstance(window, upgrade_module.UpgradeDialog) and window.isVisible():
                QTest.keyClick(window, Qt.Key.Key_Escape)  # the upgrade goes on, and the window with it
                seen.append((window.labelText(), window.isVisible()))

    QTimer.singleShot(350, look_and_press_escape)
    journal = app_module.Journal(tmp_path)
    store = journal.open()
    try:
        assert len(seen) == 1 and "kept among your backups" in seen[0][0] and seen[0][1]
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
        assert [s.title for s in store.search("møde")] == ["Budgetmøde", "Møde med borgerne"]  # inside a compound too
        assert [s.title for s in store.list()] == ["Budgetmøde", "Møde med borgerne"]
    finally:
        store.close()
    from journal.backup import list_backups

    made = list_backups(tmp_path)  # the journal as version 4 left it, kept before the upgrade
    assert len(made) == 1
    kept = sqlite3.connect(made[0].path)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 4
    kept.close()
    assert not any(isinstance(w, upgrade_module.UpgradeDialog) and w.isVisible() for w in qapp.topLevelWidgets())


def test_an_upgrade_that_fails_is_told_and_changes_nothing(qapp, tmp_path, monkeypatch):
    _journal_of_version_4(tmp_path)

    def disk_full(connection, upto=None):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations, "apply", disk_full)
    asked = []
    monkeypatch.setattr(
        JournalProblemDialog,
        "ask",
        classmethod(lambda cls, error, backups, parent=None: asked.append(error) or ("quit", None)),
    )
    assert app_module.Journal(tmp_path).open() is None
    assert isinstance(asked[0], WriteError) and "full" in str(asked[0]).lower()
    connection = sqlite3.connect(tmp_path / DB_FILENAME)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 4  # as it was: every step whole or not done
    assert [r[0] for r in connection.execute("SELECT title FROM reflections ORDER BY id")] == [
        "Møde med borgerne",
        "Budgetmøde",
    ]
    connection.close()


def test_damage_found_after_the_start_stops_saving_and_keeps_the_text(qapp, qtbot, tmp_path, monkeypatch):
    """The pages are checked in a thread once the window is shown (a check reads the whole file:
    0.7 s at 100,000 reflections). Damage found then stops every later save, the red note says
    so, the text stays in the editor, and no daily backup is made of the damaged journal."""
    import hashlib

    from tests.core.test_damage import overwrite_page, pages_of
    from tests.factories import reflection

    journal = tmp_path / DB_FILENAME
    with Store.open(journal) as store:
        for number in range(60):
            store.create(reflection(title=f"Refleksion {number}", body="Om borgerne og økonomien. " * 60))
    overwrite_page(journal, pages_of(journal, "reflections_fts_data")[-1])  # the window opens, and lists
    before = hashlib.sha256(journal.read_bytes()).hexdigest()
    seen = []

    def when_told(window) -> bool:
        view = window.journal
        if not view.banner.isVisibleTo(window):
            return False
        seen.append(view.banner.text())
        view.new_reflection()
        qtbot.keyClicks(view.editor.title, "Skrevet efter skaden")
        seen.append((view.flush(), view.editor.title.text(), view.banner.text()))
        return True

    from journal.ui.dialogs.confirm import Confirm

    asked = []  # quitting with text that could not be saved asks first
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, *_: asked.append(title) or True))
    _close_when(qapp, when_told)
    assert app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="en", command=None)) == 0
    assert asked == ["Not saved"]
    from journal.ui.main_window import MainWindow

    # Quit without the text: no save is tried again on the closed journal (it was, 5 s later).
    assert not any(w.journal.saving.timer.isActive() for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
    told, (saved, kept, banner) = seen
    assert "is damaged" in told and "nothing more is saved in it" in told
    assert saved is False and kept == "Skrevet efter skaden" and banner.startswith("Not saved:")
    assert hashlib.sha256(journal.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_damage_met_while_the_window_is_built_offers_the_backups(qapp, tmp_path, monkeypatch):
    """A damaged page the window's first page of the list reads: the start offers the backups
    instead of ending in a traceback."""
    from journal.backup import backup
    from tests.core.test_damage import overwrite_page, pages_of
    from tests.factories import reflection

    journal = tmp_path / DB_FILENAME
    with Store.open(journal) as store:
        for number in range(60):
            store.create(reflection(title=f"Refleksion {number}", body="Om borgerne og økonomien. " * 60))
        made = backup(store, tmp_path, keep=3)
    overwrite_page(journal, pages_of(journal, "reflections")[-1])  # the newest reflections
    asked = []
    monkeypatch.setattr(
        JournalProblemDialog,
        "ask",
        classmethod(
            lambda cls, error, backups, parent=None: (
                asked.append((type(error).__name__, [b.path for b in backups])) or ("quit", None)
            )
        ),
    )
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="en", command=None))
    assert code == 1 and asked == [("CorruptDatabaseError", [made])]


@pytest.mark.usefixtures("fast_kdf")
def test_an_encrypted_journal_is_checked_whole_once_a_day_before_its_backup(tmp_path, monkeypatch):
    """Checking every page decrypts every page (10 s of a core at 100,000 reflections), and
    SQLCipher refuses a damaged page the moment it is read: so an encrypted journal is checked
    whole on the first start of a day, before its backup, and a plain one at every start."""
    from journal import encryption
    from journal.backup import backup, open_journal
    from journal.store import lock_folder
    from tests.factories import reflection

    checked = []
    real = app_module.find_damage
    monkeypatch.setattr(app_module, "find_damage", lambda path: checked.append(path) or real(path))
    plain, secret = tmp_path / "plain", tmp_path / "secret"
    for folder in (plain, secret):
        folder.mkdir(mode=0o700)
        with open_journal(folder) as store:
            store.create(reflection(title="En"))
            backup(store, folder, keep=None)  # today's
    encryption.encrypt(secret, "korrekt hest batteri")
    try:
        for folder in (plain, secret, plain, secret):
            app_module.JournalCheck(folder, keep=10)._run(folder, 10)
        assert [p.parent.name for p in checked] == ["plain", "plain"]
        for made in (secret / "backups").glob("*.backup"):
            made.unlink()  # a new day: no backup of today yet
        app_module.JournalCheck(secret, keep=10)._run(secret, 10)
        assert [p.parent.name for p in checked] == ["plain", "plain", "secret"]
        assert len(list((secret / "backups").glob("*.backup"))) == 1  # checked, then backed up
    finally:
        lock_folder(secret)

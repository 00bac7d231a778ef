"""Backups from the window: one made now, a journal restored (the window opens again), and
backups deleted."""

from __future__ import annotations

import argparse
import shutil
from datetime import UTC
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal import app as app_module
from journal.backup import backup, backups_folder, list_backups
from journal.paths import DB_FILENAME, database_path, ensure_private_dir
from journal.readings import file_size
from journal.store import Store
from journal.ui.dialogs import backups as backups_dialog
from journal.ui.dialogs.backups import BackupsDialog, Restored
from journal.ui.dialogs.confirm import Confirm
from journal.ui.main_window import MainWindow
from tests.factories import reflection


class _Chooses:
    """Stands in for BackupsDialog: answers as the leader would have."""

    answer: ClassVar[dict] = {}

    def __init__(self, backups, data_dir, parent=None):
        self.backups = backups
        self.back_up_now = self.answer.get("now", False)
        self.restore_path = self.answer.get("restore")

    def exec(self) -> bool:
        return True


def test_back_up_now_from_the_window(make_window, store, monkeypatch):
    store.create(reflection(title="Vigtig"))
    monkeypatch.setattr(backups_dialog, "BackupsDialog", type("Now", (_Chooses,), {"answer": {"now": True}}))
    window = make_window()
    window.actions_.backups.trigger()
    made = list_backups(store.path.parent)
    assert len(made) == 1 and made[0].reflections == 1
    assert str(made[0].path) in window.statusBar().currentMessage()


def test_restoring_from_the_window_reopens_it_on_the_backup(qapp, tmp_path, monkeypatch):
    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Før sikkerhedskopien"))
        saved = backup(store, tmp_path, keep=5)
        store.create(reflection(title="Efter sikkerhedskopien"))
    monkeypatch.setattr(backups_dialog, "BackupsDialog", type("Restore", (_Chooses,), {"answer": {"restore": saved}}))
    monkeypatch.setattr(Restored, "tell", classmethod(lambda cls, parent, kept: None))
    seen: list[list[str]] = []

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        window = windows[0]
        titles = [s.title for s in window.store.list()]
        if titles in seen:
            return
        seen.append(titles)
        if len(seen) == 1:
            window.show_backups()  # restore: the window closes, the journal is replaced, a new window opens
        else:
            window.close()

    ticker = QTimer()
    ticker.timeout.connect(step)
    ticker.start(100)
    try:
        code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None))
    finally:
        ticker.stop()
    assert code == 0
    assert seen == [["Efter sikkerhedskopien", "Før sikkerhedskopien"], ["Før sikkerhedskopien"]]
    kept = [b for b in list_backups(tmp_path) if b.before_restore]
    assert len(kept) == 1 and kept[0].reflections == 2  # the journal it replaced is kept, whole


def test_a_slow_restore_shows_a_busy_bar_and_the_window_waits_for_it(qapp, tmp_path, monkeypatch):
    """A pack of a large journal takes seconds to restore (its search index is built again): with
    the window closed for it, a busy bar says what is happening, and Escape does not hide it."""
    import time

    from journal.ui.dialogs.backups import RestoringDialog, restore_showing_progress

    with Store.open(tmp_path / DB_FILENAME) as store:
        store.create(reflection(title="Før sikkerhedskopien"))
        saved = backup(store, tmp_path, keep=5)
        store.create(reflection(title="Efter sikkerhedskopien"))
    real = backups_dialog.restore

    def slow(folder, path):
        time.sleep(0.8)  # longer than a busy bar waits before it shows
        return real(folder, path)

    monkeypatch.setattr(backups_dialog, "restore", slow)
    shown = []

    def look() -> None:
        busy = [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoringDialog) and w.isVisible()]
        if busy and not shown:
            shown.append(busy[0].windowTitle())
            busy[0].reject()  # Escape: the restore goes on, the bar stays
            shown.append(busy[0].isVisible())

    ticker = QTimer()
    ticker.timeout.connect(look)
    ticker.start(50)
    try:
        kept = restore_showing_progress(tmp_path, saved)
    finally:
        ticker.stop()
    assert shown == ["Restoring a backup", True]
    assert kept is not None and kept.name.startswith("journal-before-restore-")
    with Store.open(tmp_path / DB_FILENAME) as store:
        assert [s.title for s in store.list()] == ["Før sikkerhedskopien"]


def test_the_list_of_backups_says_which_copy_is_which(qtbot, translator, tmp_path):
    from datetime import datetime

    from journal.backup import BackupInfo
    from journal.ui.dialogs.backups import BackupList

    translator.use("da")
    made = datetime(2026, 3, 2, 9, tzinfo=UTC)
    shown = BackupList(
        [
            BackupInfo(tmp_path / "a", made, 340_000, 3, False),
            BackupInfo(tmp_path / "b", made, 12_345_678, 2, True),
            BackupInfo(tmp_path / "c", made, 1_234_567_890, 1, False, before_upgrade=True),
            BackupInfo(tmp_path / "d", made, 2_000, None, False),
        ]
    )
    qtbot.addWidget(shown)
    texts = sorted(shown.item(row).text() for row in range(shown.count()))
    assert [text.split("  ·  ")[1:] for text in texts] == [
        ["1 refleksion", "1,2 GB", "journalen før en opgradering"],
        ["2 kB"],  # a file that cannot be read
        ["2 refleksioner", "12,3 MB", "journalen før en gendannelse"],
        ["3 refleksioner", "340 kB"],
    ]


def _backups(data_dir):
    """Three daily backups and the journal a restore replaced, newest first."""
    from datetime import datetime

    with Store.open(database_path(ensure_private_dir(data_dir))) as store:
        store.create(reflection(title="Vigtig"))
        daily = [backup(store, data_dir, keep=None, now=datetime(2026, 3, 2 + day, 9, tzinfo=UTC)) for day in range(3)]
    kept = backups_folder(data_dir) / "journal-before-restore-2026-03-10T090000Z.sqlite3"
    shutil.copy(daily[0], kept)
    return [kept, *reversed(daily)]


def test_chosen_backups_are_deleted_after_asking_with_a_warning_for_the_way_back(
    qtbot, translator, tmp_path, monkeypatch
):
    translator.use("en")
    data = tmp_path / "data"
    kept, newest, middle, oldest = _backups(data)
    asked: list[str] = []
    answers = [False, True, True]
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda cls, parent, title, text, action: (asked.append(text), answers.pop(0))[1])
    )
    dialog = BackupsDialog(list_backups(data), data)
    qtbot.addWidget(dialog)
    listed = dialog.backups
    shown = [listed.item(row).text() for row in range(listed.count())]
    sizes = [file_size(info.size, "en") for info in list_backups(data)]
    assert [size in text for size, text in zip(sizes, shown, strict=True)] == [True] * 4
    assert dialog.total.text().startswith("4 backup")  # "4 backups" with the English plural forms
    # Nothing is chosen for the leader; two chosen can be deleted, not restored.
    assert not dialog.delete_button.isEnabled() and not dialog.restore_button.isEnabled()
    listed.item(1).setSelected(True)
    listed.item(2).setSelected(True)
    assert dialog.delete_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.delete_button.click()  # the leader says no
    assert asked[0].startswith("Delete 2 backup") and "restore" not in asked[0]
    assert [b.path for b in list_backups(data)] == [kept, newest, middle, oldest]
    dialog.delete_button.click()  # and yes
    assert [b.path for b in list_backups(data)] == [kept, oldest]
    assert listed.count() == 2 and not listed.selectedItems() and dialog.total.text().startswith("2 backup")
    assert not dialog.delete_button.isEnabled() and not dialog.restore_button.isEnabled()
    # The copy that undoes the latest restore may go too, after a warning.
    listed.item(0).setSelected(True)
    assert dialog.restore_button.isEnabled()
    dialog.delete_button.click()
    assert asked[2].startswith("Delete 1 backup") and "that restore cannot be undone" in asked[2]
    assert [b.path for b in list_backups(data)] == [oldest] and database_path(data).exists()
    qtbot.keyClick(listed, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0


def test_a_backup_that_cannot_be_deleted_is_told_and_the_list_shows_what_is_left(
    qtbot, translator, tmp_path, monkeypatch
):
    from pathlib import Path

    translator.use("en")
    data = tmp_path / "data"
    backups = _backups(data)
    told: list[str] = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text() + box.detailedText()))
    real = Path.unlink

    def unlink(path, missing_ok=False):
        if path == backups[2]:
            raise PermissionError(13, "Permission denied")
        real(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    dialog = BackupsDialog(list_backups(data), data)
    qtbot.addWidget(dialog)
    for row in (1, 2, 3):
        dialog.backups.item(row).setSelected(True)
    dialog.delete_button.click()
    assert len(told) == 1 and "could not be deleted" in told[0] and "Permission denied" in told[0]
    assert [b.path for b in list_backups(data)] == [backups[0], backups[2], backups[3]]  # it stopped there
    assert dialog.backups.count() == 3 and dialog.total.text().startswith("3 backup")

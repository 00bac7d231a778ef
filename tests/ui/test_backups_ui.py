"""Backups from the window: one made now, and a journal restored (the window opens again)."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journal import app as app_module
from journal.backup import backup, list_backups
from journal.paths import DB_FILENAME
from journal.store import Store
from journal.ui.dialogs import backups as backups_dialog
from journal.ui.dialogs.backups import Restored
from journal.ui.main_window import MainWindow
from tests.factories import reflection


class _Chooses:
    """Stands in for BackupsDialog: answers as the leader would have."""

    answer: dict = {}

    def __init__(self, backups, parent=None):
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
    monkeypatch.setattr(backups_dialog, "BackupsDialog",
                        type("Restore", (_Chooses,), {"answer": {"restore": saved}}))
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


def test_the_list_of_backups_says_which_copy_is_which(qtbot, translator, tmp_path):
    from datetime import datetime, timezone

    from journal.backup import BackupInfo
    from journal.ui.dialogs.backups import BackupList

    translator.use("da")
    made = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    shown = BackupList([BackupInfo(tmp_path / "a", made, 1, 3, False), BackupInfo(tmp_path / "b", made, 1, 2, True),
                        BackupInfo(tmp_path / "c", made, 1, 1, False, before_upgrade=True)])
    qtbot.addWidget(shown)
    texts = sorted(shown.item(row).text() for row in range(shown.count()))
    assert [text.split("  ·  ")[1:] for text in texts] == [
        ["1 refleksion", "journalen før en opgradering"], ["2 refleksioner", "journalen før en gendannelse"],
        ["3 refleksioner"]]

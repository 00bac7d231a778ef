"""A person in the window: their mentions listed, opened, exported, and forgotten once the window
has closed the journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from framework import load_bundled
from journal import app as app_module
from journal import people
from journal.backup import backup, open_journal
from journal.ui.dialogs import export as export_module
from journal.ui.dialogs.people import CANCELLED, ForgetDialog, PeopleDialog
from tests.factories import at, reflection


def test_the_mentions_are_listed_opened_and_exported(qtbot, store, translator, tmp_path, monkeypatch):
    translator.use("en")
    kept = store.create(reflection(title="Samtale med Birthe", body="Birthes plan.", entry_at=at(2026, 3, 2)))
    store.create(reflection(title="Budget", entry_at=at(2026, 3, 3)))
    dialog = PeopleDialog(store, load_bundled())
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.forget_button.isEnabled()
    qtbot.keyClicks(dialog.name, "birthe")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.count.text() == "Mentions of birthe: 2"
    assert dialog.mentions.count() == 1 and "Samtale med Birthe" in dialog.mentions.item(0).text()
    assert "title, text · ×2" in dialog.mentions.item(0).text()

    target = tmp_path / "birthe.pdf"
    monkeypatch.setattr(export_module.SaveFile, "ask", classmethod(lambda cls, *a, **k: target))
    dialog.export()
    assert target.read_bytes().startswith(b"%PDF")

    with qtbot.waitSignal(dialog.open_reflection) as opened:
        dialog.mentions.setCurrentRow(0)
        qtbot.keyClick(dialog.mentions, Qt.Key.Key_Return)
    assert opened.args == [kept.uuid]


def test_forgetting_is_asked_how_and_cancelled_changes_nothing(qtbot, store, translator, monkeypatch):
    translator.use("en")
    store.create(reflection(title="Om Birthe", entry_at=at(2026, 3, 2)))
    dialog = PeopleDialog(store, load_bundled())
    qtbot.addWidget(dialog)
    dialog.name.setText("Birthe")
    dialog.find()
    monkeypatch.setattr(ForgetDialog, "ask", classmethod(lambda cls, found, parent=None: CANCELLED))
    dialog.forget()
    assert dialog.forget_request is None
    monkeypatch.setattr(ForgetDialog, "ask", classmethod(lambda cls, found, parent=None: None))
    dialog.forget()
    assert dialog.forget_request == ("Birthe", None)

    choice = ForgetDialog(people.find(store, "Birthe"))
    qtbot.addWidget(choice)
    assert choice.choice() == "[name removed]"
    choice.marker.setText("[B]")
    assert choice.choice() == "[B]"
    choice.delete_choice.setChecked(True)
    assert choice.choice() is None and not choice.marker.isEnabled()


def test_the_window_forgets_with_the_journal_closed_and_says_what_it_did(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    with open_journal(folder) as store:
        store.create(reflection(title="Samtale med Birthe", body="Birthes plan."))
        backup(store, folder, keep=None)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    app_module._forget(Path(folder), "Birthe", "[B]")
    assert people.traces(folder, "Birthe") == []
    assert "backups rewritten: 1" in told[0] or "omskrevne sikkerhedskopier: 1" in told[0]
    with open_journal(folder) as store:
        assert [s.title for s in store.list()] == ["Samtale med [B]"]

"""Dates in the window as each language writes them, the same in the list, the editor, the
filters, the next steps, the Trash and the backups."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate

from framework import load_bundled
from journal.backup import BackupInfo
from journal.dates import weekday_date
from journal.model import NextStep
from journal.ui.dialogs.backups import BackupList, BackupsDialog
from journal.ui.dialogs.trash import TrashDialog
from tests.factories import at, reflection

SHOWN = {
    "da": {
        "list": "ons. 2. sep. 2026",
        "editor": "2. sep. 2026 14.05",
        "due": "9. sep. 2026",
        "backup": "2. marts 2026 kl. ",
        "deleted": "slettet ",
    },
    "en": {
        "list": "Wed 2 Sep 2026",
        "editor": "2 Sep 2026 14:05",
        "due": "9 Sep 2026",
        "backup": "2 March 2026, ",
        "deleted": "deleted ",
    },
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_date_field_and_list_writes_the_languages_dates(make_window, store, qtbot, language):
    saved = store.create(
        reflection(
            entry_at=at(2026, 9, 2, 14, 5), title="Møde", next_steps=(NextStep("Ring til Birthe", date(2026, 9, 9)),)
        )
    )
    window = make_window(language)
    qtbot.addWidget(window)
    journal = window.journal
    journal.select(saved.uuid)
    expected = SHOWN[language]
    assert journal.delegate._date(date(2026, 9, 2)) == expected["list"]
    assert journal.editor.when.text() == expected["editor"]
    assert journal.editor.next_steps.rows[0].due.text() == expected["due"]
    filters = journal.filter_bar
    filters.date_from.setDate(QDate(2026, 9, 9))
    assert filters.date_from.text() == expected["due"]
    assert "Sept" not in journal.editor.when.text()


def test_switching_language_rewrites_the_date_fields(make_window, store, qtbot):
    saved = store.create(reflection(entry_at=at(2026, 9, 2, 14, 5)))
    window = make_window("da")
    qtbot.addWidget(window)
    window.journal.select(saved.uuid)
    window.set_language("en")
    qtbot.waitUntil(lambda: window.journal.editor.when.text() == SHOWN["en"]["editor"], timeout=2000)
    window.set_language("da")
    qtbot.waitUntil(lambda: window.journal.editor.when.text() == SHOWN["da"]["editor"], timeout=2000)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_trash_says_when_each_reflection_was_deleted(store, translator, qtbot, language):
    translator.use(language)
    gone = store.create(reflection(title="Slettet"))
    store.delete(gone.uuid)
    dialog = TrashDialog(store, load_bundled())
    qtbot.addWidget(dialog)
    summary = store.summary(gone.uuid)
    deleted_on = weekday_date(summary.deleted_at.astimezone().date(), language)
    assert dialog.delegate.when_text(summary).endswith(SHOWN[language]["deleted"] + deleted_on)
    live = store.summary(store.create(reflection(title="Levende")).uuid)
    assert SHOWN[language]["deleted"].strip() not in dialog.delegate.when_text(live)


@pytest.mark.parametrize("language", ["da", "en"])
def test_backups_are_dated_in_the_language_and_none_is_chosen_for_the_leader(translator, qtbot, tmp_path, language):
    translator.use(language)
    made = datetime(2026, 3, 2, 9, tzinfo=UTC)  # 2 March wherever the machine is
    backups = [BackupInfo(tmp_path / "a", made, 1, 3, False)]
    listed = BackupList(backups)
    qtbot.addWidget(listed)
    assert listed.item(0).text().startswith(SHOWN[language]["backup"])
    dialog = BackupsDialog(backups, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.backups.chosen() is None and not dialog.restore_button.isEnabled()
    dialog.backups.item(0).setSelected(True)
    assert dialog.restore_button.isEnabled() and dialog.backups.chosen() == tmp_path / "a"
